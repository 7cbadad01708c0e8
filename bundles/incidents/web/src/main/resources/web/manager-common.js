// What the security managers' pages share: texts of the API's codes, the filters in the route's query, dates.

export const KINDS = ['INSULT', 'THREAT', 'COERCION', 'PHYSICAL_ASSAULT', 'SEXUAL_HARASSMENT', 'PROPERTY_DAMAGE', 'WEAPON', 'STALKING', 'OTHER'];
export const STATUSES = ['DRAFT', 'REPORTED', 'IN_REVIEW', 'MEASURES_TAKEN', 'CLOSED', 'REJECTED'];
export const LEVELS = [0, 1, 2, 3];
export const OWNERS = ['REPORTER', 'SUPERVISOR', 'SECURITY_MANAGEMENT'];

/** The steps a security manager may take from a status, in lifecycle order (as the API's Lifecycle allows). */
export const STEPS = {
  DRAFT: ['REJECTED'],
  REPORTED: ['IN_REVIEW', 'REJECTED'],
  IN_REVIEW: ['MEASURES_TAKEN', 'CLOSED', 'REJECTED'],
  MEASURES_TAKEN: ['CLOSED', 'IN_REVIEW'],
  CLOSED: [],
  REJECTED: [],
};
/** Steps that cannot be undone: they ask for a confirmation first. */
export const FINAL = ['CLOSED', 'REJECTED'];

/** The text of a key of the managers' half (incidents.manage.*). */
export const tm = (ctx, key, vars) => ctx.t(`incidents.manage.${key}`, vars);

export const kindLabel = (ctx, kind) => (kind ? tm(ctx, `kind.${kind}`) : '');
export const statusLabel = (ctx, status) => (status ? tm(ctx, `status.${status}`) : '');
export const levelLabel = (ctx, level) => (level == null ? '' : tm(ctx, 'level.short', { level }));
export const ownerLabel = (ctx, owner) => (owner ? tm(ctx, `owner.${owner}`) : '');
export const dutyStateLabel = (ctx, state) => (state ? tm(ctx, `dutyState.${state}`) : '');

/** A level as a badge: the number is written out, so colour is never the only carrier. */
export function levelBadge(ctx, level) {
  if (level == null) return '';
  return ctx.h('span', { class: `badge level-${level}`, style: 'white-space: nowrap' }, levelLabel(ctx, level));
}

/** A route with its query: the shell decodes the whole hash once, so the query is encoded once more. */
export function routeWith(route, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${route}?${encodeURIComponent(text)}` : route;
}

export const href = (route, params) => `#/${routeWith(route, params || {})}`;

const pad = (n) => String(n).padStart(2, '0');

/** Today in the browser's time zone as 2026-11-27. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The start of a day (2026-11-27) in the browser's time zone as an instant the API reads. */
export function dayStart(date) {
  const d = new Date(`${date}T00:00:00`);
  return Number.isNaN(d.getTime()) ? date : d.toISOString();
}

/** The end of a day given as "to" (inclusive for people): the start of the next day (the API's bound is exclusive). */
export function dayEnd(date) {
  const d = new Date(`${date}T00:00:00`);
  if (Number.isNaN(d.getTime())) return date;
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/** The API's filter parameters of the incident list from the route's query (dates made instants). */
export function apiFilters(query, names) {
  const params = new URLSearchParams();
  for (const name of names) {
    const value = query.get(name);
    if (!value) continue;
    if (name === 'from') params.set(name, dayStart(value));
    else if (name === 'to') params.set(name, dayEnd(value));
    else params.set(name, value);
  }
  return params;
}

/** A month key 2026-11 as the language writes it ("Nov. 2026"). */
export function monthLabel(ctx, key) {
  const d = new Date(`${key}-15T12:00:00`);
  return Number.isNaN(d.getTime()) ? key
    : d.toLocaleDateString(ctx.lang === 'de' ? 'de-DE' : ctx.lang, { month: 'short', year: 'numeric' });
}

/** "Yes" or "no" for a flag, empty when not given. */
export function yesNo(ctx, value) {
  if (value === true) return tm(ctx, 'yes');
  if (value === false) return tm(ctx, 'no');
  return '';
}

/** The CSV export of the incidents matching the filters (the API's own file). */
export function exportButton(ctx, params) {
  return ctx.h('button', {
    type: 'button', id: 'incident-export', class: 'secondary',
    async onclick(event) {
      const button = event.currentTarget;
      button.disabled = true;
      try {
        const text = params.toString();
        await ctx.api.download(`/api/incidents/export.csv${text ? `?${text}` : ''}`, `vorfaelle-${today()}.csv`);
        ctx.notify(tm(ctx, 'export.done'), 'ok');
      } catch (e) {
        ctx.notify(tm(ctx, 'export.failed', { message: e.message }), 'error');
      } finally {
        button.disabled = false;
      }
    },
  }, tm(ctx, 'export.button'));
}
