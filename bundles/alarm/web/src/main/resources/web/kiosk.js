// The alarm-only page of a workstation kiosk (#/alarm/kiosk, or #/alarm/kiosk/{point} for another point):
// no navigation, no footer, one big button per alarm class the point offers, the session kept open.
// A rampage alarm asks once more (it cannot be cancelled and the police are called).
import { raise, pointOf, placeText, shortcutText } from './raise.js';

const CLASSES = ['DEESCALATION', 'HELP', 'RAMPAGE'];

export async function kioskPage(ctx, main, { args }) {
  document.body.classList.add('kiosk');
  ctx.keepAlive(true);
  const point = args[0] || pointOf(ctx);
  if (!point) {
    main.append(ctx.h('h1', null, ctx.t('alarm.kiosk.title')),
      ctx.h('p', null, ctx.t('alarm.workstation.none')),
      ctx.h('p', null, ctx.h('a', { href: '#/alarm/workstation' }, ctx.t('alarm.workstation.pickLink'))));
    return;
  }
  let offered = CLASSES;
  let place = '';
  try {
    const p = await ctx.api.get(`/api/alarm/points/${encodeURIComponent(point)}`);
    if (p.classes && p.classes.length) offered = CLASSES.filter((c) => p.classes.includes(c));
    place = placeText(ctx, p);
  } catch (e) {
    if (e.status === 404) {
      main.append(ctx.h('h1', null, ctx.t('alarm.kiosk.title')),
        ctx.h('p', { class: 'error' }, ctx.t('alarm.kiosk.unknownPoint', { point })));
      return;
    }
    // without the point's details all classes are offered; the server refuses one it does not offer
  }
  main.append(
    ctx.h('h1', null, ctx.t('alarm.kiosk.title')),
    ctx.h('p', { class: 'alarm-kiosk-place', id: 'kiosk-point' }, ctx.t('alarm.kiosk.point', { point, place: place || point })),
    ctx.h('p', null, ctx.t('alarm.kiosk.intro', { shortcut: shortcutText(ctx) })));
  const confirmBox = ctx.h('div', { id: 'kiosk-rampage-confirm-box', class: 'alarm-kiosk-confirm', hidden: true, role: 'group', 'aria-labelledby': 'kiosk-rampage-question' },
    ctx.h('p', { id: 'kiosk-rampage-question' }, ctx.t('alarm.kiosk.rampageQuestion')),
    ctx.h('div', { class: 'actions' },
      ctx.h('button', {
        type: 'button', class: 'danger', id: 'kiosk-rampage-confirm',
        onclick: () => { confirmBox.hidden = true; raise('RAMPAGE', point); document.getElementById('kiosk-RAMPAGE').focus(); },
      }, ctx.t('alarm.kiosk.rampageConfirm')),
      ctx.h('button', {
        type: 'button', id: 'kiosk-rampage-abort',
        onclick: () => { confirmBox.hidden = true; document.getElementById('kiosk-RAMPAGE').focus(); },
      }, ctx.t('alarm.kiosk.rampageAbort'))));
  const buttons = ctx.h('div', { class: 'alarm-kiosk-buttons' }, offered.map((cls) => ctx.h('button', {
    type: 'button', id: `kiosk-${cls}`, 'data-class': cls, class: `alarm-kiosk-button alarm-kiosk-class-${cls.toLowerCase()}`,
    'aria-describedby': `kiosk-${cls}-help`,
    onclick: () => {
      if (cls === 'RAMPAGE') {
        confirmBox.hidden = false;
        document.getElementById('kiosk-rampage-confirm').focus();
      } else {
        raise(cls, point);
      }
    },
  }, ctx.h('span', { class: 'alarm-kiosk-label' }, ctx.t(`alarm.kiosk.button.${cls}`)),
  ctx.h('span', { class: 'alarm-kiosk-help', id: `kiosk-${cls}-help` }, ctx.t(`alarm.kiosk.help.${cls}`)))));
  main.append(buttons, confirmBox);
}

/** Leaves the kiosk look when another page is shown. */
export function leaveKiosk(ctx) {
  if (document.body.classList.contains('kiosk')) {
    document.body.classList.remove('kiosk');
    ctx.keepAlive(false);
  }
}
