// The training module's part of the web page: the course catalogue with registration (waiting-list position,
// approval), "Meine Anmeldungen" with cancelling and the iCalendar download, and the next sessions on the start page.
// Managing courses and sessions stays with the API and the console.
import { catalogue, courseDetail } from './catalogue.js';
import { mine, start } from './mine.js';

const STYLE = '/web/training/training.css';

export default {
  order: 50,
  async init() {
    if (!document.querySelector(`link[href="${STYLE}"]`)) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: STYLE }));
    }
  },
  stop() {
    const link = document.querySelector(`link[href="${STYLE}"]`);
    if (link) link.remove();
  },
  nav(ctx) {
    return [
      { route: 'training', label: ctx.t('training.nav.catalogue') },
      { route: 'training/mine', label: ctx.t('training.nav.mine') },
    ];
  },
  routes: {
    training: catalogue,
    'training/course': courseDetail,
    'training/mine': mine,
  },
  start,
};
