// Security managers: incident list and detail with lifecycle, measures, comments; statistics; CSV; overdue duties.
export default { nav: () => [], routes: {}, async start() {} };
