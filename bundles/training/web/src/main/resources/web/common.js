// What the training pages share: the API's paths, dates in Cologne's time, the texts of enums and the German
// reading of the API's errors.

export const API = '/api/training';

/** Registrations that still hold a seat or a place on the waiting list. */
export const ACTIVE = ['CONFIRMED', 'PENDING_APPROVAL', 'WAITLISTED'];

const ZONE = 'Europe/Berlin';

function locale(ctx) {
  return ctx.lang === 'de' ? 'de-DE' : ctx.lang;
}

function parts(ctx, value, options) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(locale(ctx), { timeZone: ZONE, ...options });
}

/** "Di., 8. Dez. 2026" */
export function day(ctx, value) {
  return parts(ctx, value, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/** "09:00" */
export function time(ctx, value) {
  return parts(ctx, value, { hour: '2-digit', minute: '2-digit' });
}

/** "08.12.2026, 09:00" */
export function dateTime(ctx, value) {
  return parts(ctx, value, { dateStyle: 'medium', timeStyle: 'short' });
}

/** When a session takes place, as one line: "Di., 8. Dez. 2026, 09:00 bis 12:30 Uhr". */
export function when(ctx, session) {
  const start = session.startsAt;
  const end = session.endsAt;
  if (end && day(ctx, start) === day(ctx, end)) {
    return ctx.t('training.when.sameDay', { day: day(ctx, start), from: time(ctx, start), to: time(ctx, end) });
  }
  if (end) {
    return ctx.t('training.when.days', { from: dateTime(ctx, start), to: dateTime(ctx, end) });
  }
  return ctx.t('training.when.start', { day: day(ctx, start), from: time(ctx, start) });
}

/** "3,5 Stunden", "45 Minuten", "1 Tag (8 Stunden)". */
export function duration(ctx, minutes) {
  if (!minutes) return null;
  if (minutes < 60) return ctx.t('training.duration.minutes', { n: minutes });
  const hours = minutes / 60;
  const text = (ctx.lang === 'de' ? hours.toLocaleString('de-DE', { maximumFractionDigits: 2 }) : String(Math.round(hours * 100) / 100));
  return ctx.t(hours === 1 ? 'training.duration.hour' : 'training.duration.hours', { n: text });
}

/** Where a session takes place: its place, or "Online" with its link. */
export function where(ctx, session) {
  if (session.place) return session.place;
  if (session.link) return ctx.t('training.session.online');
  return ctx.t('training.session.placeOpen');
}

export function topic(ctx, value) {
  return value ? ctx.t(`training.topic.${value}`) : '';
}

export function format(ctx, value) {
  return value ? ctx.t(`training.format.${value}`) : '';
}

export function status(ctx, value) {
  return value ? ctx.t(`training.status.${value}`) : '';
}

/** The registration's status as a badge with its own text (never colour alone). */
export function statusBadge(ctx, registration) {
  const kind = { CONFIRMED: 'ok', PENDING_APPROVAL: 'warn', WAITLISTED: 'warn', CANCELLED: 'muted', REJECTED: 'danger' }[registration.status] || '';
  return ctx.h('span', { class: `badge training-status training-status-${kind}`, 'data-status': registration.status },
    status(ctx, registration.status));
}

/** "Platz 3 auf der Warteliste" while waiting, else null. */
export function position(ctx, registration) {
  return registration.status === 'WAITLISTED' && registration.position
    ? ctx.t('training.waitlist.position', { position: registration.position }) : null;
}

/**
 * The API's error (problem+json, in English for operators) as a sentence for the staff: known conflicts get their
 * own German text, anything else the generic one with the server's detail.
 */
export function explain(ctx, error, action) {
  const detail = (error && (error.problem && error.problem.detail)) || (error && error.message) || '';
  if (error && error.status === 0) return ctx.t('shell.error.network');
  if (error && error.status === 409) {
    if (/closed at/i.test(detail)) return ctx.t('training.error.deadline');
    if (/already registered/i.test(detail)) return ctx.t('training.error.already');
    if (/is cancelled/i.test(detail)) return ctx.t('training.error.sessionCancelled');
    if (/has begun/i.test(detail)) return ctx.t('training.error.begun');
    if (/is already/i.test(detail)) return ctx.t('training.error.alreadyEnded');
  }
  if (error && error.status === 404) return ctx.t('training.error.notFound');
  if (error && error.status === 403) return ctx.t(`training.error.forbidden.${action}`);
  return ctx.t(`training.error.${action}`, { detail });
}

/** The caller's registrations that still count, by session id. */
export function activeBySession(registrations) {
  const map = new Map();
  for (const r of registrations) {
    if (ACTIVE.includes(r.status)) map.set(r.session, r);
  }
  return map;
}

/** Downloads a session's calendar entry. */
export async function downloadSession(ctx, sessionId) {
  try {
    await ctx.api.download(`${API}/sessions/${encodeURIComponent(sessionId)}/calendar`, `fortbildung-${sessionId}.ics`);
  } catch (e) {
    ctx.notify(explain(ctx, e, 'calendar'), 'error');
  }
}

/** Downloads all my registered sessions as one calendar file. */
export async function downloadMine(ctx) {
  try {
    await ctx.api.download(`${API}/me/calendar`, 'fortbildungen.ics');
  } catch (e) {
    ctx.notify(explain(ctx, e, 'calendar'), 'error');
  }
}
