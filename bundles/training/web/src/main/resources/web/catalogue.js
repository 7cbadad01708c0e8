// The catalogue: every active course with what it teaches, for whom, how long, and its coming sessions with the
// free seats, the waiting list and the registration deadline; registering for a session and what came of it.
import {
  API, activeBySession, duration, explain, format, position, statusBadge, topic, when, where, dateTime,
} from './common.js';

/** The coming sessions that are held, by course id. */
async function upcoming(ctx, courseId) {
  const params = new URLSearchParams({ from: new Date().toISOString(), status: 'SCHEDULED', limit: '500' });
  if (courseId) params.set('course', String(courseId));
  const page = await ctx.api.get(`${API}/sessions?${params}`);
  const byCourse = new Map();
  for (const session of page.items || []) {
    if (!byCourse.has(session.course)) byCourse.set(session.course, []);
    byCourse.get(session.course).push(session);
  }
  return byCourse;
}

async function myRegistrations(ctx) {
  return activeBySession(await ctx.api.get(`${API}/me/registrations`));
}

function targetGroup(ctx, course) {
  const lines = [];
  lines.push(course.targetUnits && course.targetUnits.length
    ? course.targetUnits.join(', ') : ctx.t('training.course.everyone'));
  if (course.recommendedFromLevel != null) {
    lines.push(ctx.t('training.course.fromLevel', { level: course.recommendedFromLevel }));
  }
  return lines.join('; ');
}

function forMyUnit(ctx, course) {
  const units = ctx.me.units || [];
  return (course.targetUnits || []).some((u) => units.includes(u));
}

/** The facts of a course as a description list. */
function facts(ctx, course) {
  const { h } = ctx;
  const rows = [
    [ctx.t('training.course.topic'), topic(ctx, course.topic)],
    [ctx.t('training.course.format'), format(ctx, course.format)],
    [ctx.t('training.course.duration'), duration(ctx, course.durationMinutes)],
    [ctx.t('training.course.target'), targetGroup(ctx, course)],
    [ctx.t('training.course.refresher'), course.refresherMonths
      ? ctx.t('training.course.refresherMonths', { n: course.refresherMonths }) : null],
    [ctx.t('training.course.approval'), course.requiresApproval ? ctx.t('training.course.approvalNeeded') : null],
  ].filter(([, value]) => value);
  return h('dl', { class: 'facts training-facts' }, rows.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

/** The seats of a session as words: free places, or full with the waiting list's length. */
function seats(ctx, session) {
  if (session.free > 0) {
    return ctx.t(session.free === 1 ? 'training.session.freeOne' : 'training.session.free',
      { free: session.free, capacity: session.capacity });
  }
  return session.waiting > 0
    ? ctx.t(session.waiting === 1 ? 'training.session.fullWaitingOne' : 'training.session.fullWaiting', { waiting: session.waiting })
    : ctx.t('training.session.fullNoWaiting');
}

/**
 * One session: when, where, seats, deadline, and either the caller's registration or the button to register.
 * page = {confirmation, mine, level} shared by all sessions on the page (level: the course title's heading level).
 */
function sessionItem(ctx, session, page) {
  const { h } = ctx;
  const headingId = `training-session-${session.id}-when`;
  const mine = page.mine.get(session.id);
  let action;
  if (mine) {
    action = h('p', { class: 'training-mine' },
      h('span', null, ctx.t('training.session.youAre'), ' '), statusBadge(ctx, mine),
      position(ctx, mine) ? h('span', null, ' ', position(ctx, mine)) : null, ' ',
      h('a', { href: '#/training/mine' }, ctx.t('training.session.toMine')));
  } else if (!session.registrationOpen) {
    action = h('p', { class: 'training-closed' }, ctx.t('training.session.closed'));
  } else {
    action = h('button', {
      type: 'button', class: 'primary', 'data-action': 'register', 'data-session-id': session.id,
      'aria-describedby': headingId,
      onclick: (e) => register(ctx, session, page, e.currentTarget),
    }, session.free > 0 ? ctx.t('training.session.register') : ctx.t('training.session.registerWaiting'));
  }
  return h('li', { class: 'training-session', 'data-session-id': session.id, id: `training-session-${session.id}` },
    h(page.level === 1 ? 'h3' : 'h4', { id: headingId }, when(ctx, session)),
    h('dl', { class: 'facts' },
      h('dt', null, ctx.t('training.session.place')),
      h('dd', null, where(ctx, session)),
      h('dt', null, ctx.t('training.session.seats')),
      h('dd', { 'data-test': 'seats' }, seats(ctx, session)),
      h('dt', null, ctx.t('training.session.deadline')),
      h('dd', null, ctx.t('training.session.deadlineValue', { date: dateTime(ctx, session.registrationDeadline) }))),
    action);
}

async function register(ctx, session, page, button) {
  const { h } = ctx;
  button.disabled = true;
  const box = page.confirmation;
  try {
    const made = await ctx.api.post(`${API}/sessions/${session.id}/registrations`);
    const texts = {
      CONFIRMED: ctx.t('training.confirm.confirmed'),
      PENDING_APPROVAL: ctx.t('training.confirm.pending'),
      WAITLISTED: ctx.t('training.confirm.waitlisted', { position: made.position }),
    };
    box.className = `notice training-confirmation ${made.status === 'CONFIRMED' ? 'ok' : 'warn'}`;
    box.dataset.status = made.status;
    ctx.show(box,
      h('h2', null, made.status === 'CONFIRMED' ? ctx.t('training.confirm.titleConfirmed')
        : made.status === 'WAITLISTED' ? ctx.t('training.confirm.titleWaitlisted') : ctx.t('training.confirm.titlePending')),
      h('p', null, ctx.t('training.confirm.what', { course: made.courseTitle || session.courseTitle, when: when(ctx, session) })),
      h('p', { 'data-test': 'confirmation-text' }, texts[made.status] || made.status),
      made.status === 'WAITLISTED' ? h('p', null, ctx.t('training.confirm.waitlistHelp')) : null,
      h('p', null, h('a', { href: '#/training/mine' }, ctx.t('training.confirm.toMine'))));
    page.mine.set(session.id, made);
  } catch (e) {
    if (!(e instanceof ctx.ApiError)) throw e;
    if (e.status === 401) return;
    box.className = 'notice danger training-confirmation';
    box.dataset.status = 'error';
    ctx.show(box, h('h2', null, ctx.t('training.confirm.titleError')), h('p', { 'data-test': 'confirmation-text' }, explain(ctx, e, 'register')));
    if (e.status === 409 && /already registered/i.test(e.message)) {
      page.mine = await myRegistrations(ctx).catch(() => page.mine);
    }
  }
  box.hidden = false;
  // the seats have changed: show the session as it is now
  let fresh = session;
  try {
    fresh = await ctx.api.get(`${API}/sessions/${session.id}`);
  } catch (e) {
    fresh = { ...session, registrationOpen: false };
  }
  const item = document.getElementById(`training-session-${session.id}`);
  if (item) item.replaceWith(sessionItem(ctx, fresh, page));
  box.focus();
}

/** A course as an article: title, description, facts and its sessions. level: heading level of the title (1 or 2). */
function courseArticle(ctx, course, sessions, page, level) {
  const { h } = ctx;
  const titleId = `training-course-${course.id}-title`;
  const title = level === 1
    ? h('h1', { id: titleId }, course.title)
    : h('h2', { id: titleId }, h('a', { href: `#/training/course/${course.id}` }, course.title));
  return h('article', { class: 'training-course card', 'data-course-id': course.id, 'aria-labelledby': titleId },
    title,
    forMyUnit(ctx, course) ? h('p', { class: 'badge training-recommended' }, ctx.t('training.course.forYourUnit')) : null,
    course.description ? h('p', { class: 'training-description' }, course.description) : null,
    facts(ctx, course),
    h(level === 1 ? 'h2' : 'h3', null, ctx.t('training.course.sessions')),
    sessions.length
      ? h('ul', { class: 'training-sessions' }, sessions.map((s) => sessionItem(ctx, s, page)))
      : h('p', { class: 'empty' }, course.format === 'E_LEARNING'
        ? ctx.t('training.course.noSessionsElearning') : ctx.t('training.course.noSessions')));
}

function confirmationBox(ctx) {
  return ctx.h('div', { id: 'training-confirmation', class: 'notice training-confirmation', tabindex: '-1', hidden: true });
}

/** #/training: the catalogue. */
export async function catalogue(ctx, main) {
  const { h } = ctx;
  const [courses, byCourse, mine] = await Promise.all([
    ctx.api.get(`${API}/courses`), upcoming(ctx), myRegistrations(ctx)]);
  const page = { confirmation: confirmationBox(ctx), mine, level: 2 };
  const active = courses.filter((c) => c.active !== false);
  const topics = [...new Set(active.map((c) => c.topic).filter(Boolean))];
  const list = h('div', { id: 'training-catalogue', class: 'training-catalogue' });
  const render = (chosen) => {
    const shown = active.filter((c) => !chosen || c.topic === chosen);
    ctx.show(list, shown.length
      ? shown.map((c) => courseArticle(ctx, c, byCourse.get(c.id) || [], page, 2))
      : h('p', { class: 'empty' }, ctx.t('training.catalogue.empty')));
  };
  const filter = topics.length > 1 ? h('div', { class: 'filters training-filter' },
    h('div', { class: 'field' },
      h('label', { for: 'training-topic-filter' }, ctx.t('training.catalogue.topicFilter')),
      h('select', { id: 'training-topic-filter', onchange: (e) => render(e.target.value) },
        h('option', { value: '' }, ctx.t('training.catalogue.allTopics')),
        topics.map((t) => h('option', { value: t }, topic(ctx, t)))))) : null;
  main.append(
    h('h1', null, ctx.t('training.catalogue.title')),
    h('p', null, ctx.t('training.catalogue.intro')),
    h('p', null, h('a', { href: '#/training/mine' }, ctx.t('training.catalogue.toMine'))),
    page.confirmation,
    filter,
    list);
  render('');
}

/** #/training/course/{id}: one course with all its coming sessions. */
export async function courseDetail(ctx, main, { args }) {
  const { h } = ctx;
  const id = Number(args[0]);
  if (!Number.isInteger(id) || id < 1) {
    ctx.show(main, h('h1', null, ctx.t('training.error.notFoundTitle')), h('p', null, ctx.t('training.error.notFound')));
    return;
  }
  let course;
  try {
    course = await ctx.api.get(`${API}/courses/${id}`);
  } catch (e) {
    if (e instanceof ctx.ApiError && e.status === 404) {
      ctx.show(main, h('h1', null, ctx.t('training.error.notFoundTitle')), h('p', null, ctx.t('training.error.notFound')),
        h('p', null, h('a', { href: '#/training' }, ctx.t('training.catalogue.back'))));
      return;
    }
    throw e;
  }
  const [byCourse, mine] = await Promise.all([upcoming(ctx, id), myRegistrations(ctx)]);
  const page = { confirmation: confirmationBox(ctx), mine, level: 1 };
  const article = courseArticle(ctx, course, byCourse.get(id) || [], page, 1);
  article.id = 'training-course';
  article.classList.remove('card');
  article.querySelector('h1').after(page.confirmation);
  main.append(h('p', null, h('a', { href: '#/training' }, ctx.t('training.catalogue.back'))), article);
}
