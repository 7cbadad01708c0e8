export default { order: 10, nav: () => [], routes: {} };
