// Raising a silent alarm from this page: the button in the header, the keyboard shortcut and the kiosk use it.
// The confirmation is discreet on purpose (the person across the counter must not notice anything): no dialog,
// no colour, no sound, the focus stays where it is; a small neutral line in the header ("✓ 14:02") with
// "Fehlalarm – zurücknehmen" while the grace period runs, and the same in words for screen readers in a polite
// live region of our own that is visually hidden.

const POINT_KEY = 'zks.alarm.point';
const POLL_MS = 5000;
const SHOW_MS = 10 * 60 * 1000;

let ctx = null;
let line = null;   // #alarm-discreet
let live = null;   // #alarm-live
let current = null; // {id, timers: [], poll}
let busy = false;

/** The alarm point this browser raises for: the registered workstation, else one chosen on this browser. */
export function pointOf(c) {
  if (c.me.workstation) return c.me.workstation;
  try { return localStorage.getItem(POINT_KEY) || null; } catch (e) { return null; }
}

export function rememberPoint(id) {
  try {
    if (id) localStorage.setItem(POINT_KEY, id);
    else localStorage.removeItem(POINT_KEY);
  } catch (e) { /* private mode: not remembered */ }
}

/** The shortcut as a person reads it in the chosen language ("Strg+Alt+A"). */
export function shortcutText(c) {
  const text = c.config.alarmShortcut || '';
  return text.split('+').map((p) => {
    const name = p.trim().toLowerCase();
    return ['ctrl', 'alt', 'shift', 'meta'].includes(name) ? c.t(`alarm.key.${name}`) : p.trim();
  }).join('+');
}

function time(value, seconds) {
  const d = value ? new Date(value) : new Date();
  return d.toLocaleTimeString(ctx.lang === 'de' ? 'de-DE' : ctx.lang,
    seconds ? { hour: '2-digit', minute: '2-digit', second: '2-digit' } : { hour: '2-digit', minute: '2-digit' });
}

/** Creates the discreet line and the live region in the header tools (once per init). */
export function mount(c) {
  ctx = c;
  line = c.h('span', { id: 'alarm-discreet', class: 'alarm-discreet', 'data-part': 'alarm', hidden: true });
  live = c.h('span', { id: 'alarm-live', class: 'alarm-sr-only', 'data-part': 'alarm', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  c.headerTools.prepend(line, live);
}

export function unmount() {
  clear();
  line = null;
  live = null;
  ctx = null;
  busy = false;
}

function clear() {
  if (current) {
    current.timers.forEach(clearTimeout);
    clearInterval(current.poll);
  }
  current = null;
}

function say(text) {
  if (!live) return;
  live.textContent = '';
  // a fresh text node after a tick, so that screen readers announce it even when it repeats
  setTimeout(() => { if (live) live.textContent = text; }, 50);
}

/** Replaces the line's content without losing the focus if it was on the cancel button. */
function showLine(...children) {
  if (!line) return;
  const hadFocus = line.contains(document.activeElement);
  ctx.show(line, ...children);
  line.hidden = children.length === 0;
  if (hadFocus) {
    const next = line.querySelector('button') || document.getElementById('alarm-button');
    if (next) next.focus({ preventScroll: true });
  }
}

function hideLater(ms) {
  current.timers.push(setTimeout(() => { clear(); showLine(); }, ms));
}

/**
 * Raises an alarm (class HELP unless given) for this browser's point; with no point known the caller is
 * taken to the page that explains it. Never throws: a failure is shown in the discreet line with a retry.
 */
export async function raise(alarmClass = 'HELP', point = pointOf(ctx)) {
  if (!ctx || busy) return null;
  if (!point) {
    ctx.go('alarm/workstation');
    return null;
  }
  busy = true;
  const sentAt = Date.now();
  clear();
  showLine(ctx.h('span', null, ctx.t('alarm.discreet.sending')));
  let alarm;
  try {
    alarm = await ctx.api.post('/api/alarm/alarms', { point, class: alarmClass });
  } catch (e) {
    busy = false;
    showLine(
      ctx.h('span', { class: 'alarm-failed' }, ctx.t('alarm.discreet.failed')), ' ',
      ctx.h('button', { type: 'button', class: 'link', id: 'alarm-retry', onclick: () => raise(alarmClass, point) }, ctx.t('alarm.discreet.retry')));
    say(ctx.t('alarm.live.failed', { reason: e.message || '' }));
    return null;
  }
  busy = false;
  confirmRaised(alarm, sentAt);
  return alarm;
}

function confirmRaised(alarm, sentAt) {
  current = { id: alarm.id, timers: [], poll: null };
  const at = time(alarm.raisedAt);
  // the grace period as the server counts it, measured from when we sent (immune to a skewed local clock)
  let graceMs = 0;
  if (alarm.cancellableUntil && alarm.raisedAt) {
    const length = Date.parse(alarm.cancellableUntil) - Date.parse(alarm.raisedAt);
    graceMs = alarm.triggers > 1 ? Date.parse(alarm.cancellableUntil) - Date.now() : length - (Date.now() - sentAt);
  }
  const check = ctx.h('span', { class: 'alarm-check' }, ctx.t('alarm.discreet.sent', { time: at }));
  if (graceMs > 1000) {
    const cancel = ctx.h('button', { type: 'button', class: 'link', id: 'alarm-cancel', onclick: () => cancelIt(alarm.id) }, ctx.t('alarm.discreet.cancel'));
    showLine(check, ' ', cancel);
    say(ctx.t('alarm.live.raisedCancellable', { time: at, until: time(Date.now() + graceMs, true) }));
    current.timers.push(setTimeout(() => showLine(check.cloneNode(true)), graceMs));
  } else {
    showLine(check);
    say(ctx.t('alarm.live.raised', { time: at }));
  }
  // "help is coming": the page asks now and then whether a responder took the alarm over
  const id = alarm.id;
  current.poll = setInterval(async () => {
    if (!current || current.id !== id) return;
    try {
      const now = await ctx.api.get(`/api/alarm/alarms/${id}`);
      if (!current || current.id !== id) return;
      if (now.state === 'ACKNOWLEDGED' && !current.acknowledged) {
        current.acknowledged = true;
        current.timers.forEach(clearTimeout);
        current.timers = [];
        showLine(ctx.h('span', { class: 'alarm-check' }, ctx.t('alarm.discreet.coming', { time: at })));
        say(ctx.t('alarm.live.coming'));
        hideLater(SHOW_MS);
      } else if (now.state === 'CLOSED' || now.state === 'CANCELLED') {
        clear();
        showLine();
      }
    } catch (e) { /* try again at the next poll */ }
  }, POLL_MS);
  hideLater(SHOW_MS);
}

async function cancelIt(id) {
  try {
    await ctx.api.post(`/api/alarm/alarms/${id}/cancel`, { reason: ctx.t('alarm.cancel.reason') });
    clear();
    current = { id: null, timers: [], poll: null };
    showLine(ctx.h('span', null, ctx.t('alarm.discreet.cancelled')));
    say(ctx.t('alarm.live.cancelled'));
    hideLater(8000);
  } catch (e) {
    const late = e.status === 409;
    if (current) current.timers.forEach(clearTimeout);
    showLine(ctx.h('span', null, late ? ctx.t('alarm.discreet.tooLate') : ctx.t('alarm.discreet.cancelFailed')));
    say(late ? ctx.t('alarm.discreet.tooLate') : ctx.t('alarm.discreet.cancelFailed'));
    if (current) hideLater(SHOW_MS);
  }
}

/** The page for whoever has no registered workstation: what that means, and choosing a point for this browser. */
export async function workstationPage(c, main) {
  main.append(c.h('h1', null, c.t('alarm.workstation.title')));
  if (c.me.workstation) {
    main.append(c.h('p', null, c.t('alarm.workstation.registered', { point: c.me.workstation, shortcut: shortcutText(c) })),
      c.h('p', null, c.h('a', { href: '#/alarm/kiosk' }, c.t('alarm.workstation.kioskLink'))));
    return;
  }
  main.append(c.h('p', null, c.t('alarm.workstation.none')), c.h('p', null, c.t('alarm.workstation.pickIntro')));
  const chosen = pointOf(c);
  const info = c.h('p', { id: 'alarm-point-chosen', class: 'notice' });
  const showChosen = (id) => {
    c.show(info, id ? c.t('alarm.workstation.chosen', { point: id }) : c.t('alarm.workstation.notChosen'));
  };
  showChosen(chosen);
  main.append(info);
  let points = [];
  try {
    points = (await c.api.get('/api/alarm/points?limit=500')).items || [];
  } catch (e) {
    main.append(c.h('p', { class: 'error' }, c.t('alarm.workstation.pointsFailed')));
    return;
  }
  if (!points.length) {
    main.append(c.h('p', { class: 'empty' }, c.t('alarm.workstation.noPoints')));
    return;
  }
  const select = c.h('select', { id: 'alarm-point-select', name: 'point' },
    points.map((p) => c.h('option', { value: p.id, selected: p.id === chosen }, `${p.id} – ${placeText(c, p)}`)));
  main.append(c.h('div', { class: 'field' },
    c.h('label', { for: 'alarm-point-select' }, c.t('alarm.workstation.point')),
    c.h('p', { class: 'help', id: 'alarm-point-help' }, c.t('alarm.workstation.pointHelp')),
    select));
  select.setAttribute('aria-describedby', 'alarm-point-help');
  main.append(c.h('div', { class: 'actions' },
    c.h('button', {
      type: 'button', class: 'primary', id: 'alarm-point-save',
      onclick: () => { rememberPoint(select.value); showChosen(select.value); c.notify(c.t('alarm.workstation.saved', { point: select.value }), 'ok'); },
    }, c.t('alarm.workstation.save')),
    c.h('button', {
      type: 'button', id: 'alarm-point-forget',
      onclick: () => { rememberPoint(null); showChosen(null); c.notify(c.t('alarm.workstation.forgotten')); },
    }, c.t('alarm.workstation.forget')),
    c.h('button', { type: 'button', class: 'danger', id: 'alarm-point-raise', onclick: () => raise('HELP', select.value) }, c.t('alarm.workstation.raise'))));
}

/** "Laurenzplatz 4, Etage 1, Raum E.12" */
export function placeText(c, p) {
  return [p.building, p.floor ? c.t('alarm.place.floor', { floor: p.floor }) : null,
    p.room ? c.t('alarm.place.room', { room: p.room }) : null].filter(Boolean).join(', ');
}
