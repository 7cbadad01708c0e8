// The incidents module's part of the web page: employees report and follow their reports (employee.js),
// security managers triage, follow up and report figures (manager.js).
import employee from './employee.js';
import manager from './manager.js';

export default {
  order: 10,
  nav(ctx) {
    return [...employee.nav(ctx), ...(ctx.hasRole('security-manager', 'admin') ? manager.nav(ctx) : [])];
  },
  routes: { ...employee.routes, ...manager.routes },
  async start(ctx, box, headingId) {
    await employee.start(ctx, box, headingId);
    if (ctx.hasRole('security-manager', 'admin')) await manager.start(ctx, box, headingId);
  },
};
