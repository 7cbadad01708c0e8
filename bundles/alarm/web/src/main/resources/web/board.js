// The responder board (#/alarm/board): every alarm for the responder's groups as a card with where to go,
// its class, its timeline and "take over" / "all-clear" buttons, live from the Server-Sent Events stream.
//
// Nothing may be missed: the stream is opened first, then the open alarms are read (so an alarm raised in
// between is in one or the other); the id of the last event is kept, and after any error the page opens a new
// stream itself with ?lastEventId= (a new EventSource cannot send the Last-Event-ID header), with a growing
// pause (1 s, 2 s, 4 s … at most 10 s), and reads the open alarms again. A watchdog reads them every 15 s
// too: a cut network that the browser has not noticed yet (the stream's heartbeats are SSE comments, which a
// page never sees) shows up as a failed request, and the stream is then opened anew.
import { placeText } from './raise.js';

const TYPES = ['RAISED', 'JOINED', 'ESCALATED', 'ACKNOWLEDGED', 'CANCELLED', 'CLOSED', 'INCIDENT_LINKED'];
const RANK = { RAISED: 0, ACKNOWLEDGED: 1, CLOSED: 2, CANCELLED: 2 };
const URGENCY = { RAMPAGE: 3, HELP: 2, DEESCALATION: 1 };
const WATCHDOG_MS = 15000;
const MAX_DONE = 10;

let board = null; // the running board, or null

export function boardRunning() {
  return board !== null;
}

/** Closes the stream and stops every timer (leaving the page, logging out). */
export function stopBoard() {
  if (!board) return;
  const b = board;
  board = null;
  if (b.es) b.es.close();
  clearTimeout(b.retryTimer);
  clearInterval(b.countdown);
  clearInterval(b.watchdog);
  window.removeEventListener('online', b.onOnline);
  window.removeEventListener('offline', b.onOffline);
  b.ctx.keepAlive(false);
}

export async function boardPage(ctx, main) {
  stopBoard();
  ctx.keepAlive(true);
  const t = ctx.t;
  const h = ctx.h;
  const b = {
    ctx, es: null, lastId: null, alarms: new Map(), done: [], loaded: false, attempt: 0, retryTimer: null,
    countdown: null, watchdog: null, audio: null, soundOn: false, everConnected: false,
  };
  board = b;

  const connection = h('p', { id: 'board-connection', class: 'alarm-connection', 'data-state': 'connecting', role: 'status' });
  const live = h('div', { id: 'board-live', class: 'alarm-sr-only', 'aria-live': 'assertive', 'aria-atomic': 'true' });
  const reconnectButton = h('button', { type: 'button', id: 'board-reconnect', hidden: true, onclick: () => connect() }, t('alarm.board.reconnect'));
  const soundButton = h('button', { type: 'button', id: 'board-sound', 'aria-pressed': 'false', onclick: toggleSound }, t('alarm.board.soundOn'));
  const notifyButton = h('button', { type: 'button', id: 'board-notify', onclick: askNotifications }, t('alarm.board.notifyAsk'));
  const notifyState = h('span', { id: 'board-notify-state', class: 'alarm-muted' });
  const list = h('div', { id: 'alarm-board', class: 'alarm-board', 'aria-labelledby': 'board-open-heading' });
  const doneList = h('div', { id: 'alarm-board-done', class: 'alarm-board alarm-board-done', 'aria-labelledby': 'board-done-heading' });

  main.append(
    h('h1', null, t('alarm.board.title')),
    h('div', { class: 'alarm-board-bar' }, connection, reconnectButton),
    h('div', { class: 'actions alarm-board-tools' }, soundButton, notifyButton, notifyState),
    live,
    h('h2', { id: 'board-open-heading' }, t('alarm.board.open')),
    list,
    h('h2', { id: 'board-done-heading' }, t('alarm.board.done')),
    doneList);
  showNotifyState();
  render();

  b.onOnline = () => { if (board === b) connect(); };
  b.onOffline = () => { if (board === b) lost(); };
  window.addEventListener('online', b.onOnline);
  window.addEventListener('offline', b.onOffline);
  b.watchdog = setInterval(() => { if (b.es && b.es.readyState === EventSource.OPEN) reload(); }, WATCHDOG_MS);
  connect();

  // ------------------------------------------------------------ connection

  function setConnection(state, text) {
    connection.dataset.state = state;
    const icon = { connected: '●', connecting: '◌', disconnected: '✕' }[state];
    ctx.show(connection, h('span', { class: 'alarm-connection-icon', 'aria-hidden': 'true' }, icon), ' ', text);
    reconnectButton.hidden = state !== 'disconnected';
  }

  function connect() {
    if (board !== b) return;
    clearTimeout(b.retryTimer);
    clearInterval(b.countdown);
    if (b.es) b.es.close();
    setConnection('connecting', t('alarm.board.connecting'));
    const url = b.lastId != null ? `/api/alarm/stream?lastEventId=${encodeURIComponent(b.lastId)}` : '/api/alarm/stream';
    const es = new EventSource(url, { withCredentials: true });
    b.es = es;
    es.onopen = () => {
      if (board !== b || b.es !== es) return;
      b.attempt = 0;
      b.everConnected = true;
      setConnection('connected', t('alarm.board.connected'));
      reload();
    };
    es.onerror = () => {
      if (board !== b || b.es !== es) return;
      lost();
    };
    for (const type of TYPES) {
      es.addEventListener(type, (e) => {
        if (board !== b || b.es !== es) return;
        if (e.lastEventId) b.lastId = e.lastEventId;
        let event;
        try { event = JSON.parse(e.data); } catch (err) { return; }
        apply(event);
      });
    }
  }

  /** The stream is gone: close it (no reconnect of the browser's own, which could not say where it stopped) and retry. */
  function lost() {
    if (b.es) b.es.close();
    b.es = null;
    clearTimeout(b.retryTimer);
    clearInterval(b.countdown);
    const delay = Math.min(10, 2 ** b.attempt);
    b.attempt += 1;
    let left = delay;
    const say = () => setConnection('disconnected', t('alarm.board.disconnected', { seconds: left }));
    say();
    b.countdown = setInterval(() => { left = Math.max(0, left - 1); say(); }, 1000);
    b.retryTimer = setTimeout(connect, delay * 1000);
  }

  // ------------------------------------------------------------ data

  /** Reads the open alarms (and what became of known ones that are no longer open). */
  async function reload() {
    let page;
    try {
      page = await ctx.api.get('/api/alarm/alarms?open=true&limit=500');
    } catch (e) {
      if (board === b && e.status === 0) lost();
      return;
    }
    if (board !== b) return;
    const open = new Set();
    const details = [];
    for (const a of page.items || []) {
      open.add(a.id);
      const known = b.alarms.get(a.id);
      merge(a, false);
      if (!known || !known.timelineLoaded) details.push(a.id);
    }
    for (const [id, a] of b.alarms) {
      if (!open.has(id) && RANK[a.state] < 2) details.push(id);
    }
    b.loaded = true;
    render();
    await Promise.all(details.map(async (id) => {
      try {
        const full = await ctx.api.get(`/api/alarm/alarms/${id}`);
        if (board !== b) return;
        full.timelineLoaded = true;
        merge(full, true);
      } catch (e) { /* shown without its full timeline */ }
    }));
    if (board === b) render();
  }

  /** Takes an alarm as the API answers it; states only move forward, timelines are joined. */
  function merge(a, withTimeline) {
    const known = b.alarms.get(a.id);
    if (!known) {
      const fresh = { ...a, timeline: withTimeline ? (a.timeline || []) : [] };
      b.alarms.set(a.id, fresh);
      if (b.loaded && RANK[a.state] < 2) alert(fresh);
      return;
    }
    const timeline = joinTimeline(known.timeline, withTimeline ? a.timeline || [] : []);
    if (RANK[a.state] >= RANK[known.state]) {
      Object.assign(known, a, { timeline, ui: known.ui, alerted: known.alerted, timelineLoaded: known.timelineLoaded || a.timelineLoaded });
    } else {
      known.timeline = timeline;
      known.timelineLoaded = known.timelineLoaded || a.timelineLoaded;
    }
    endIfClosed(known);
  }

  /** Takes an event of the stream. */
  function apply(e) {
    const step = { at: e.at, type: e.type, actor: e.actor, groups: e.groups, detail: e.detail };
    let a = b.alarms.get(e.alarmId);
    if (!a) {
      a = {
        id: e.alarmId, state: e.state, class: e.class, drill: e.drill, callPolice: e.callPolice, raisedBy: e.raisedBy,
        raisedAt: e.type === 'RAISED' ? e.at : null, note: e.note, alarmedGroups: e.groups,
        point: { id: e.pointId, building: e.building, floor: e.floor, room: e.room, unit: e.unit, directions: e.directions },
        timeline: [],
      };
      b.alarms.set(a.id, a);
      if (e.type !== 'RAISED') fetchOne(a.id);
      if (RANK[a.state] < 2) alert(a);
    } else {
      if (RANK[e.state] >= RANK[a.state]) a.state = e.state;
      a.class = e.class;
      a.callPolice = e.callPolice;
      a.alarmedGroups = e.groups;
      if (e.note) a.note = e.note;
      if (e.type === 'ACKNOWLEDGED') { a.acknowledgedBy = e.actor; a.acknowledgedAt = e.at; }
      if (e.type === 'CLOSED') { a.closedBy = e.actor; a.closedAt = e.at; a.outcome = e.detail; }
      if (e.type === 'CANCELLED') { a.cancelReason = e.detail; }
    }
    a.timeline = joinTimeline(a.timeline, [step]);
    endIfClosed(a);
    render();
  }

  async function fetchOne(id) {
    try {
      const full = await ctx.api.get(`/api/alarm/alarms/${id}`);
      if (board !== b) return;
      full.timelineLoaded = true;
      merge(full, true);
      render();
    } catch (e) { /* keeps what the events told */ }
  }

  function joinTimeline(old, more) {
    const key = (s) => `${s.type}|${Date.parse(s.at)}|${s.actor || ''}`;
    const seen = new Set(old.map(key));
    const all = [...old];
    for (const s of more) {
      if (!seen.has(key(s))) {
        seen.add(key(s));
        all.push(s);
      }
    }
    return all.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  }

  function endIfClosed(a) {
    if (RANK[a.state] >= 2 && !b.done.includes(a.id)) {
      b.done.unshift(a.id);
      while (b.done.length > MAX_DONE) b.alarms.delete(b.done.pop());
    }
  }

  // ------------------------------------------------------------ alerting

  function alert(a) {
    if (a.alerted) return;
    a.alerted = true;
    const text = t('alarm.board.newAlarm', { class: t(`alarm.class.${a.class}`), place: placeText(ctx, a.point || {}) })
      + (a.drill ? ` (${t('alarm.board.drill')})` : '');
    live.textContent = text;
    if (b.soundOn) beep(a.class === 'RAMPAGE' ? 6 : 3, a.class === 'RAMPAGE' ? 1040 : 880);
    if (window.Notification && Notification.permission === 'granted') {
      try {
        const n = new Notification(t('alarm.board.notificationTitle', { class: t(`alarm.class.${a.class}`) }), {
          body: [placeText(ctx, a.point || {}), a.point && a.point.directions, a.drill ? t('alarm.board.drill') : null].filter(Boolean).join('\n'),
          tag: `zks-alarm-${a.id}`, requireInteraction: a.class === 'RAMPAGE',
        });
        n.onclick = () => {
          window.focus();
          const card = list.querySelector(`[data-alarm-id="${a.id}"] h3`);
          if (card) card.focus();
          n.close();
        };
      } catch (e) { /* some browsers only notify from a service worker */ }
    }
  }

  function beep(count, freq) {
    const audio = b.audio;
    if (!audio) return;
    const start = audio.currentTime + 0.05;
    for (let i = 0; i < count; i++) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'square';
      osc.frequency.value = i % 2 ? freq * 0.75 : freq;
      const at = start + i * 0.3;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(at);
      osc.stop(at + 0.22);
    }
  }

  function toggleSound() {
    if (!b.soundOn) {
      const Ctor = window.AudioContext || window.webkitAudioContext;
      if (!Ctor) {
        ctx.notify(t('alarm.board.soundUnsupported'), 'error');
        return;
      }
      if (!b.audio) b.audio = new Ctor();
      b.audio.resume();
      b.soundOn = true;
      beep(1, 660);
    } else {
      b.soundOn = false;
    }
    soundButton.setAttribute('aria-pressed', String(b.soundOn));
    soundButton.textContent = b.soundOn ? t('alarm.board.soundOff') : t('alarm.board.soundOn');
  }

  async function askNotifications() {
    if (!window.Notification) return;
    try { await Notification.requestPermission(); } catch (e) { /* old browsers: callback form, ignored */ }
    showNotifyState();
  }

  function showNotifyState() {
    if (!window.Notification) {
      notifyButton.hidden = true;
      notifyState.textContent = t('alarm.board.notifyUnsupported');
      return;
    }
    notifyButton.hidden = Notification.permission !== 'default';
    notifyState.textContent = Notification.permission === 'granted' ? t('alarm.board.notifyGranted')
      : Notification.permission === 'denied' ? t('alarm.board.notifyDenied') : '';
  }

  // ------------------------------------------------------------ cards

  function sorted(ids) {
    return ids.map((id) => b.alarms.get(id)).filter(Boolean);
  }

  function render() {
    if (board !== b) return;
    const open = [...b.alarms.values()].filter((a) => RANK[a.state] < 2).sort((x, y) => (RANK[x.state] - RANK[y.state])
      || ((URGENCY[y.class] || 0) - (URGENCY[x.class] || 0)) || (y.id - x.id));
    syncCards(list, open, b.loaded ? t('alarm.board.none') : t('alarm.board.loading'));
    syncCards(doneList, sorted(b.done), t('alarm.board.noneDone'));
  }

  /** Updates the cards in place (a card being worked on keeps its form and the focus). */
  function syncCards(container, alarms, emptyText) {
    const wanted = new Set(alarms.map((a) => String(a.id)));
    for (const el of [...container.children]) {
      if (!el.dataset.alarmId || !wanted.has(el.dataset.alarmId)) {
        if (el.contains(document.activeElement)) {
          const heading = document.getElementById(container === list ? 'board-open-heading' : 'board-done-heading');
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
        el.remove();
      }
    }
    if (!alarms.length) {
      container.append(h('p', { class: 'empty' }, emptyText));
      return;
    }
    let before = container.firstChild;
    for (const a of alarms) {
      let card = container.querySelector(`:scope > [data-alarm-id="${a.id}"]`);
      const signature = JSON.stringify([a.state, a.class, a.callPolice, a.timeline.length, a.acknowledgedBy, a.outcome, a.note, a.alarmedGroups]);
      if (!card) {
        card = h('article', { class: 'alarm-card', 'data-alarm-id': String(a.id), 'aria-labelledby': `alarm-${a.id}-title` });
        card.append(h('div', { class: 'alarm-card-body' }), h('div', { class: 'alarm-card-actions' }));
      }
      if (card.dataset.signature !== signature) {
        card.dataset.signature = signature;
        fillCard(card, a);
      }
      if (card !== before) container.insertBefore(card, before);
      before = card.nextSibling;
    }
  }

  function fillCard(card, a) {
    card.dataset.state = a.state;
    card.dataset.class = a.class;
    card.className = `alarm-card alarm-class-${String(a.class).toLowerCase()} alarm-state-${String(a.state).toLowerCase()}${a.drill ? ' alarm-drill' : ''}`;
    const p = a.point || {};
    const body = card.querySelector('.alarm-card-body');
    ctx.show(body,
      h('div', { class: 'alarm-card-head' },
        h('span', { class: 'alarm-class-badge', 'aria-hidden': 'true' }, t(`alarm.class.${a.class}`)),
        a.drill ? h('span', { class: 'alarm-drill-badge' }, t('alarm.board.drill')) : null,
        a.callPolice ? h('span', { class: 'alarm-police-badge' }, t('alarm.board.police')) : null),
      h('h3', { id: `alarm-${a.id}-title`, tabindex: '-1' }, a.drill ? `${t('alarm.board.drill')} – ` : '', t('alarm.board.cardTitle', { class: t(`alarm.class.${a.class}`), place: placeText(ctx, p) || p.id || '' })),
      h('dl', { class: 'facts' },
        fact(t('alarm.board.state'), stateText(a), 'state'),
        fact(t('alarm.board.where'), [p.building, p.floor ? t('alarm.place.floor', { floor: p.floor }) : null, p.room ? t('alarm.place.room', { room: p.room }) : null].filter(Boolean).join(', '), 'where'),
        p.directions ? fact(t('alarm.board.directions'), p.directions, 'directions') : null,
        p.unit ? fact(t('alarm.board.unit'), p.unit, 'unit') : null,
        fact(t('alarm.board.raised'), t('alarm.board.raisedBy', { who: a.raisedBy || '', time: ctx.formatDateTime(a.raisedAt || (a.timeline[0] || {}).at) }), 'raised'),
        a.note ? fact(t('alarm.board.note'), a.note, 'note') : null,
        a.outcome ? fact(t('alarm.board.outcome'), a.outcome, 'outcome') : null,
        a.cancelReason ? fact(t('alarm.board.cancelReason'), a.cancelReason, 'cancel-reason') : null,
        a.alarmedGroups && a.alarmedGroups.length ? fact(t('alarm.board.groups'), a.alarmedGroups.join(', '), 'groups') : null),
      h('h4', null, t('alarm.board.timeline')),
      h('ol', { class: 'alarm-timeline', 'data-test': 'timeline' }, a.timeline.map((s) => h('li', null,
        h('time', { datetime: s.at }, ctx.formatDateTime(s.at)), ' ',
        h('strong', null, t(`alarm.step.${s.type}`)),
        s.actor ? ` – ${s.actor === 'system' ? t('alarm.board.system') : s.actor}` : '',
        s.groups && s.groups.length && (s.type === 'RAISED' || s.type === 'ESCALATED') ? ` (${s.groups.join(', ')})` : '',
        s.detail ? `: ${s.detail}` : ''))));
    const actions = card.querySelector('.alarm-card-actions');
    const focused = actions.contains(document.activeElement) ? document.activeElement.dataset.action : null;
    const formOpen = actions.querySelector('form');
    if (RANK[a.state] >= 2) {
      ctx.show(actions);
    } else if (formOpen) {
      // the all-clear form stays as it is while the responder writes; only "take over" may go away
      const ack = actions.querySelector('[data-action="acknowledge"]');
      if (ack && a.state !== 'RAISED') ack.remove();
    } else {
      ctx.show(actions, actionButtons(a));
      if (focused) {
        const again = actions.querySelector(`[data-action="${focused}"]`) || actions.querySelector('button');
        if (again) again.focus();
      }
    }
    if (focused && RANK[a.state] >= 2) {
      const heading = card.querySelector('h3');
      heading.focus();
    }
  }

  function fact(label, value, test) {
    return [h('dt', null, label), h('dd', { 'data-test': test }, value)];
  }

  function stateText(a) {
    if (a.state === 'ACKNOWLEDGED') return t('alarm.state.ACKNOWLEDGED_BY', { who: a.acknowledgedBy || '' });
    if (a.state === 'CLOSED') return t('alarm.state.CLOSED_BY', { who: a.closedBy || '' });
    return t(`alarm.state.${a.state}`);
  }

  function actionButtons(a) {
    return [
      a.state === 'RAISED' ? h('button', {
        type: 'button', class: 'primary', 'data-action': 'acknowledge', 'aria-describedby': `alarm-${a.id}-title`,
        onclick: (e) => acknowledge(a, e.currentTarget),
      }, t('alarm.board.acknowledge')) : null,
      h('button', {
        type: 'button', 'data-action': 'close', 'aria-describedby': `alarm-${a.id}-title`, 'aria-expanded': 'false',
        onclick: (e) => openClose(a, e.currentTarget),
      }, t('alarm.board.close')),
      h('p', { class: 'field-error', id: `alarm-${a.id}-action-error`, role: 'alert' }),
    ];
  }

  async function acknowledge(a, button) {
    button.disabled = true;
    const error = document.getElementById(`alarm-${a.id}-action-error`);
    try {
      const answer = await ctx.api.post(`/api/alarm/alarms/${a.id}/acknowledge`);
      merge({ ...answer, timelineLoaded: false }, false);
      ctx.notify(t('alarm.board.acknowledged'), 'ok');
      render();
    } catch (e) {
      button.disabled = false;
      if (error) error.textContent = e.message;
      if (e.status === 409) fetchOne(a.id);
    }
  }

  function openClose(a, button) {
    const actions = button.closest('.alarm-card-actions');
    const id = `alarm-${a.id}-outcome`;
    const levelId = `alarm-${a.id}-level`;
    const form = h('form', { class: 'alarm-close-form', 'data-test': 'close-form', novalidate: true },
      h('div', { class: 'field' },
        h('label', { for: id }, t('alarm.board.outcomeLabel'), h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')),
        h('p', { class: 'help', id: `${id}-help` }, t('alarm.board.outcomeHelp')),
        h('textarea', { id, name: 'outcome', rows: 3, maxlength: 2000, required: true, 'aria-describedby': `${id}-help ${id}-error` }),
        h('p', { class: 'field-error', id: `${id}-error` })),
      h('div', { class: 'field' },
        h('label', { for: levelId }, t('alarm.board.levelLabel')),
        h('select', { id: levelId, name: 'level' },
          h('option', { value: '' }, t('alarm.board.levelFromClass')),
          [0, 1, 2, 3].map((n) => h('option', { value: String(n) }, t(`alarm.level.${n}`))))),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', 'data-action': 'close-submit' }, t('alarm.board.closeSubmit')),
        h('button', {
          type: 'button', 'data-action': 'close-cancel',
          onclick: () => {
            ctx.show(actions, actionButtons(b.alarms.get(a.id) || a));
            const again = actions.querySelector('[data-action="close"]');
            if (again) again.focus();
          },
        }, t('alarm.board.closeCancel'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const outcome = form.elements.outcome.value.trim();
      const errorEl = document.getElementById(`${id}-error`);
      const field = form.elements.outcome;
      errorEl.textContent = '';
      field.removeAttribute('aria-invalid');
      if (!outcome) {
        errorEl.textContent = t('alarm.board.outcomeRequired');
        field.setAttribute('aria-invalid', 'true');
        field.focus();
        return;
      }
      const submit = form.querySelector('[data-action="close-submit"]');
      submit.disabled = true;
      const level = form.elements.level.value;
      try {
        const answer = await ctx.api.post(`/api/alarm/alarms/${a.id}/close`, { outcome, level: level === '' ? null : Number(level) });
        ctx.show(actions);
        merge({ ...answer, timelineLoaded: false }, false);
        ctx.notify(t('alarm.board.closed'), 'ok');
        render();
        const done = doneList.querySelector(`[data-alarm-id="${a.id}"] h3`);
        if (done) done.focus();
      } catch (e) {
        submit.disabled = false;
        const fieldError = (e.errors || []).find((f) => f.field === 'outcome');
        errorEl.textContent = fieldError ? fieldError.message : e.message;
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
    });
    ctx.show(actions, form);
    form.elements.outcome.focus();
  }
}
