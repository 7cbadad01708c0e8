// The silent alarm's part of the web page:
//  - on every page a small alarm button in the header and the keyboard shortcut (config alarmShortcut), both
//    raising an alarm for the employee's workstation with a discreet confirmation (raise.js);
//  - #/alarm/kiosk: the alarm-only page of a workstation kiosk (kiosk.js);
//  - #/alarm/board: the responders' board on the Server-Sent Events stream (board.js);
//  - #/alarm/workstation: for whoever has no registered workstation: what that means, choosing a point.
import { mount, unmount, raise, pointOf, shortcutText, workstationPage } from './raise.js';
import { kioskPage, leaveKiosk } from './kiosk.js';
import { boardPage, stopBoard, boardRunning } from './board.js';

let session = null; // {ctx, onKey, onHash}

function isResponder(ctx) {
  return ctx.hasRole('responder', 'security-manager', 'admin');
}

function loadStyles() {
  if (document.getElementById('alarm-css')) return;
  document.head.append(Object.assign(document.createElement('link'), { id: 'alarm-css', rel: 'stylesheet', href: '/web/alarm/alarm.css' }));
}

function routeNow() {
  return location.hash.replace(/^#\/?/, '').split('?')[0];
}

export default {
  order: 50,

  async init(ctx) {
    this.stop();
    loadStyles();
    mount(ctx);
    const point = pointOf(ctx);
    const keys = shortcutText(ctx);
    if (point) {
      ctx.headerTools.prepend(ctx.h('button', {
        type: 'button', id: 'alarm-button', class: 'link alarm-button', 'data-part': 'alarm',
        'aria-label': ctx.t('alarm.button.label', { point, shortcut: keys }),
        'aria-keyshortcuts': (ctx.config.alarmShortcut || '').replace(/Ctrl/i, 'Control'),
        onclick: () => raise('HELP'),
      }, ctx.t('alarm.button.text')));
    } else {
      ctx.headerTools.prepend(ctx.h('a', {
        href: '#/alarm/workstation', id: 'alarm-button', class: 'alarm-button', 'data-part': 'alarm',
        'aria-label': ctx.t('alarm.button.noPointLabel'),
      }, ctx.t('alarm.button.text')));
    }
    const matches = ctx.parseShortcut(ctx.config.alarmShortcut);
    const onKey = (event) => {
      if (!matches || event.repeat || !matches(event)) return;
      event.preventDefault();
      event.stopPropagation();
      raise('HELP');
    };
    const onHash = () => {
      const route = routeNow();
      if (!route.startsWith('alarm/kiosk')) leaveKiosk(ctx);
      if (!route.startsWith('alarm/board') && boardRunning()) stopBoard();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('hashchange', onHash);
    session = { ctx, onKey, onHash };
  },

  stop() {
    if (!session) return;
    window.removeEventListener('keydown', session.onKey, true);
    window.removeEventListener('hashchange', session.onHash);
    stopBoard();
    leaveKiosk(session.ctx);
    document.querySelectorAll('#header-tools [data-part="alarm"]').forEach((el) => el.remove());
    unmount();
    session = null;
  },

  nav(ctx) {
    return isResponder(ctx) ? [{ route: 'alarm/board', label: ctx.t('alarm.nav.board') }] : [];
  },

  routes: {
    'alarm/board': async (ctx, main) => {
      if (!isResponder(ctx)) {
        main.append(ctx.h('h1', null, ctx.t('alarm.board.title')), ctx.h('p', null, ctx.t('alarm.board.forbidden')));
        return;
      }
      await boardPage(ctx, main);
    },
    'alarm/kiosk': (ctx, main, args) => kioskPage(ctx, main, args),
    'alarm/workstation': (ctx, main) => workstationPage(ctx, main),
  },

  async start(ctx, box, headingId) {
    const parts = [];
    if (isResponder(ctx)) {
      let count = null;
      try {
        count = (await ctx.api.get('/api/alarm/alarms?open=true&limit=1')).total;
      } catch (e) { /* the link is still useful without the count */ }
      parts.push(ctx.h('p', { id: 'alarm-start-open' }, count === null ? null : ctx.t(count === 1 ? 'alarm.start.openOne' : 'alarm.start.open', { count }), ' ',
        ctx.h('a', { href: '#/alarm/board', id: 'alarm-start-board' }, ctx.t('alarm.start.boardLink'))));
    }
    const point = pointOf(ctx);
    if (point) {
      parts.push(ctx.h('p', { id: 'alarm-start-shortcut' }, ctx.t('alarm.start.shortcut', { point, shortcut: shortcutText(ctx) })),
        ctx.h('p', null, ctx.h('a', { href: '#/alarm/kiosk' }, ctx.t('alarm.start.kioskLink'))));
    } else if (ctx.hasRole('employee')) {
      parts.push(ctx.h('p', { id: 'alarm-start-shortcut' }, ctx.t('alarm.start.noWorkstation'), ' ',
        ctx.h('a', { href: '#/alarm/workstation' }, ctx.t('alarm.workstation.pickLink'))));
    }
    if (parts.length) box.append(ctx.h('h2', { id: headingId }, ctx.t('alarm.start.title')), ...parts);
  },
};
