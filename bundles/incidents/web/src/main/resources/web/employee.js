// Employees: report an incident, my reports, the risk notices of my unit, the pre-contact check.
export default { nav: () => [], routes: {}, async start() {} };
