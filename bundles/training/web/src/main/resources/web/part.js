export default { order: 50, nav: () => [], routes: {} };
