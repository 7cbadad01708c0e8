// "Meine Anmeldungen": the caller's registrations with status and waiting position, cancelling one, and the
// calendar entries of one session or of all of them; the start page's box with the next three.
import {
  API, ACTIVE, downloadMine, downloadSession, explain, position, statusBadge, when, where,
} from './common.js';

/** The caller's registrations with their sessions (place, end), next first. */
async function load(ctx) {
  const registrations = await ctx.api.get(`${API}/me/registrations`);
  const ids = [...new Set(registrations.map((r) => r.session))];
  const sessions = new Map();
  await Promise.all(ids.map(async (id) => {
    try {
      sessions.set(id, await ctx.api.get(`${API}/sessions/${id}`));
    } catch (e) {
      if (!(e instanceof ctx.ApiError) || e.status === 401) throw e;
    }
  }));
  return registrations.map((r) => ({ ...r, sessionInfo: sessions.get(r.session) || { startsAt: r.startsAt } }));
}

function isCurrent(r) {
  return ACTIVE.includes(r.status) && new Date(r.sessionInfo.endsAt || r.startsAt) > new Date();
}

/** #/training/mine */
export async function mine(ctx, main) {
  const { h } = ctx;
  main.append(
    h('h1', null, ctx.t('training.mine.title')),
    h('p', null, ctx.t('training.mine.intro')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'my-calendar', onclick: () => downloadMine(ctx) }, ctx.t('training.mine.calendarAll')),
      h('a', { href: '#/training', class: 'button' }, ctx.t('training.mine.toCatalogue'))),
    h('p', { class: 'help' }, ctx.t('training.mine.calendarHelp')));
  const content = h('div', { id: 'training-mine' });
  main.append(content);
  await render(ctx, content);
}

async function render(ctx, content, focusId) {
  const { h } = ctx;
  const all = await load(ctx);
  const current = all.filter(isCurrent);
  const past = all.filter((r) => !isCurrent(r));
  const columns = [
    { label: ctx.t('training.mine.course'), value: (r) => r.courseTitle },
    { label: ctx.t('training.mine.date'), value: (r) => when(ctx, r.sessionInfo) },
    { label: ctx.t('training.mine.place'), value: (r) => where(ctx, r.sessionInfo) },
    { label: ctx.t('training.mine.status'), value: (r) => statusBadge(ctx, r) },
    { label: ctx.t('training.mine.position'), value: (r) => position(ctx, r) || '–' },
    { label: ctx.t('training.mine.actions'), value: (r) => actions(ctx, r, content) },
  ];
  const table = ctx.table(ctx.t('training.mine.caption'), columns, current, ctx.t('training.mine.empty'));
  table.id = 'my-registrations';
  const rows = table.querySelectorAll('tbody tr');
  current.forEach((r, i) => {
    rows[i].dataset.registrationId = r.id;
    rows[i].dataset.sessionId = r.session;
    rows[i].dataset.status = r.status;
  });
  const pastColumns = [columns[0], columns[1], columns[2], {
    label: ctx.t('training.mine.status'),
    value: (r) => [statusBadge(ctx, r), r.reason ? h('span', { class: 'training-reason' }, ' ', r.reason) : null,
      r.attended === true ? h('span', null, ' ', ctx.t('training.mine.attended')) : null,
      r.attended === false ? h('span', null, ' ', ctx.t('training.mine.notAttended')) : null],
  }];
  const history = past.length ? [
    h('h2', null, ctx.t('training.mine.pastTitle')),
    (() => {
      const t = ctx.table(ctx.t('training.mine.pastCaption'), pastColumns, past.slice().reverse());
      t.id = 'my-registrations-past';
      return t;
    })(),
  ] : null;
  ctx.show(content, h('h2', null, ctx.t('training.mine.currentTitle')), table, history);
  if (focusId) {
    const target = document.getElementById(focusId);
    if (target) target.focus();
  }
}

/** The buttons of a current registration: its calendar entry and cancelling it (with a second, confirming click). */
function actions(ctx, r, content) {
  const { h } = ctx;
  const label = `${r.courseTitle}, ${when(ctx, r.sessionInfo)}`;
  const cell = h('div', { class: 'training-actions' });
  const normal = () => ctx.show(cell,
    h('button', {
      type: 'button', 'data-action': 'ics', 'data-session-id': r.session,
      'aria-label': ctx.t('training.mine.icsLabel', { what: label }),
      onclick: () => downloadSession(ctx, r.session),
    }, ctx.t('training.mine.ics')),
    h('button', {
      type: 'button', class: 'danger', 'data-action': 'cancel', 'data-registration-id': r.id,
      'aria-label': ctx.t('training.mine.cancelLabel', { what: label }),
      onclick: () => confirmCancel(),
    }, ctx.t('training.mine.cancel')));
  const confirmCancel = () => {
    const question = h('p', { id: `training-cancel-question-${r.id}`, tabindex: '-1', class: 'training-question' },
      r.status === 'WAITLISTED' ? ctx.t('training.mine.cancelQuestionWaiting') : ctx.t('training.mine.cancelQuestion'));
    ctx.show(cell, question,
      h('button', {
        type: 'button', class: 'danger', 'data-action': 'confirm-cancel', 'data-registration-id': r.id,
        'aria-describedby': question.id,
        onclick: async (e) => {
          e.currentTarget.disabled = true;
          try {
            await ctx.api.post(`${API}/registrations/${r.id}/cancel`);
            ctx.notify(ctx.t('training.mine.cancelled', { what: label }), 'ok');
            await render(ctx, content, 'my-calendar');
          } catch (err) {
            if (!(err instanceof ctx.ApiError)) throw err;
            if (err.status === 401) return;
            ctx.notify(explain(ctx, err, 'cancel'), 'error');
            normal();
            cell.querySelector('[data-action="cancel"]').focus();
          }
        },
      }, ctx.t('training.mine.cancelYes')),
      h('button', {
        type: 'button', 'data-action': 'keep',
        onclick: () => { normal(); cell.querySelector('[data-action="cancel"]').focus(); },
      }, ctx.t('training.mine.cancelNo')));
    question.focus();
  };
  normal();
  return cell;
}

/** The start page's box: my next three sessions. */
export async function start(ctx, box, headingId) {
  const { h } = ctx;
  const registrations = await ctx.api.get(`${API}/me/registrations`);
  const now = new Date();
  const next = registrations.filter((r) => ACTIVE.includes(r.status) && new Date(r.startsAt) > now).slice(0, 3);
  ctx.show(box,
    h('h2', { id: headingId }, ctx.t('training.start.title')),
    next.length
      ? h('ul', { id: 'training-start-list', class: 'training-start-list' }, next.map((r) => h('li', { 'data-session-id': r.session },
        h('strong', null, r.courseTitle), ' – ', when(ctx, r), ' – ',
        position(ctx, r) ? h('span', { class: 'badge training-status training-status-warn', 'data-status': r.status }, position(ctx, r))
          : statusBadge(ctx, r))))
      : h('p', { class: 'empty' }, ctx.t('training.start.none')),
    h('p', null,
      h('a', { href: '#/training/mine', id: 'training-start-mine' }, ctx.t('training.start.toMine')), ' · ',
      h('a', { href: '#/training' }, ctx.t('training.start.toCatalogue'))));
}
