// Security managers' figures: incidents by level, kind, unit, month and status as charts (ECharts) and as tables.
import { tm, kindLabel, statusLabel, levelLabel, monthLabel, routeWith, apiFilters, exportButton } from './manager-common.js';

let loading = null;
let charts = [];
let resizeListening = false;

/** ECharts from the page's own /lib (one script element, once); null when it cannot be loaded (the tables remain). */
function loadEcharts(ctx) {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!loading) {
    loading = new Promise((resolve) => {
      const base = ctx.config.libraries && ctx.config.libraries.echarts;
      if (!base) { resolve(null); return; }
      document.head.append(ctx.h('script', {
        src: `${base}/dist/echarts.min.js`,
        onload: () => resolve(window.echarts || null),
        onerror: () => { loading = null; resolve(null); },
      }));
    });
  }
  return loading;
}

function resizeAll() {
  charts = charts.filter((c) => {
    if (c.getDom().isConnected) { c.resize(); return true; }
    c.dispose();
    return false;
  });
}

/** One figure: heading, chart (an image with a summary of every value for screen readers) and the same values as a table. */
function figure(ctx, key, entries) {
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const summary = tm(ctx, 'stats.summary', {
    title: tm(ctx, `stats.${key}`),
    values: entries.length ? entries.map(([label, n]) => `${label}: ${n}`).join('; ') : tm(ctx, 'stats.none'),
  });
  // long names and a phone's width: bars lie down, so every label keeps its own line
  const narrow = window.innerWidth < 640;
  const horizontal = key === 'byKind' || key === 'byUnit' || key === 'byStatus' || (key === 'byMonth' && (narrow || entries.length > 8));
  const chart = ctx.h('div', {
    class: 'chart', id: `incident-chart-${key}`, role: 'img', 'aria-label': summary, 'data-chart': key,
    style: horizontal ? `height: ${Math.max(12, entries.length * 2.25 + 4)}rem` : null,
  });
  const table = ctx.table(tm(ctx, 'stats.tableCaption', { title: tm(ctx, `stats.${key}`) }), [
    { label: tm(ctx, `stats.col.${key}`), value: (row) => row[0] },
    { label: tm(ctx, 'stats.col.count'), value: (row) => String(row[1]) },
    { label: tm(ctx, 'stats.col.share'), value: (row) => (total ? `${Math.round((row[1] * 1000) / total) / 10} %` : '–') },
  ], entries, tm(ctx, 'stats.none'));
  const tableEl = table.querySelector('table');
  if (tableEl) tableEl.id = `incident-table-${key}`;
  const section = ctx.h('section', { class: 'stats-figure', 'aria-labelledby': `incident-stats-${key}-heading` },
    ctx.h('h2', { id: `incident-stats-${key}-heading` }, tm(ctx, `stats.${key}`)),
    entries.length ? chart : null,
    ctx.h('details', { class: 'stats-table' }, ctx.h('summary', null, tm(ctx, 'stats.showTable')), table));
  return { section, chart: entries.length ? chart : null, entries, horizontal, narrow };
}

function draw(echarts, fig) {
  const labels = fig.entries.map(([label]) => label);
  const values = fig.entries.map(([, n]) => n);
  const category = { type: 'category', data: labels, axisLabel: { color: '#1a1a1a', fontSize: 13, lineHeight: 16, interval: 0, width: fig.narrow ? 120 : 160, overflow: 'break' }, axisLine: { lineStyle: { color: '#4a4a4a' } } };
  const value = { type: 'value', minInterval: 1, axisLabel: { color: '#1a1a1a' }, splitLine: { lineStyle: { color: '#d0d4da' } } };
  const chart = echarts.init(fig.chart, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif' },
    grid: { left: 8, right: 32, top: 16, bottom: 8, containLabel: true },
    xAxis: fig.horizontal ? value : category,
    yAxis: fig.horizontal ? { ...category, inverse: true } : value,
    series: [{
      type: 'bar', data: values, itemStyle: { color: '#0b4f8a' }, barMaxWidth: 48,
      label: { show: true, position: fig.horizontal ? 'right' : 'top', color: '#1a1a1a', fontWeight: 600 },
    }],
  });
  // the chart's own SVG is decoration: the summary in aria-label of its container says the same
  fig.chart.querySelectorAll('svg').forEach((svg) => svg.setAttribute('aria-hidden', 'true'));
  charts.push(chart);
}

export async function statisticsPage(ctx, main, query) {
  charts.forEach((c) => c.dispose());
  charts = [];
  if (!resizeListening) {
    window.addEventListener('resize', resizeAll);
    resizeListening = true;
  }
  main.append(ctx.h('h1', null, tm(ctx, 'stats.title')));
  const form = ctx.form({
    id: 'statistics-filters',
    fields: [
      { name: 'from', label: tm(ctx, 'filter.from'), type: 'date' },
      { name: 'to', label: tm(ctx, 'filter.to'), type: 'date' },
    ],
    values: { from: query.get('from') || '', to: query.get('to') || '' },
    submitLabel: tm(ctx, 'stats.apply'),
    extraActions: ctx.h('a', { class: 'button', href: '#/incidents/statistics' }, tm(ctx, 'stats.all')),
    async onSubmit(values) { ctx.go(routeWith('incidents/statistics', values)); },
  });
  form.classList.add('filters');
  main.append(ctx.h('p', null, tm(ctx, 'stats.intro')), form);
  const params = apiFilters(query, ['from', 'to']);
  let stats;
  try {
    stats = await ctx.api.get(`/api/incidents/statistics?${params}`);
  } catch (e) {
    if (e instanceof ctx.ApiError && e.status === 400) { ctx.showErrors(form, e); return; }
    throw e;
  }
  const figures = [
    figure(ctx, 'byLevel', Object.entries(stats.byLevel || {}).map(([l, n]) => [levelLabel(ctx, Number(l)), n])),
    figure(ctx, 'byKind', Object.entries(stats.byKind || {}).map(([k, n]) => [kindLabel(ctx, k), n])),
    figure(ctx, 'byUnit', Object.entries(stats.byUnit || {})),
    figure(ctx, 'byMonth', Object.entries(stats.byMonth || {}).map(([m, n]) => [monthLabel(ctx, m), n])),
    figure(ctx, 'byStatus', Object.entries(stats.byStatus || {}).map(([s, n]) => [statusLabel(ctx, s), n])),
  ];
  const period = query.get('from') || query.get('to')
    ? tm(ctx, 'stats.period', { from: query.get('from') ? ctx.formatDate(query.get('from')) : '…', to: query.get('to') ? ctx.formatDate(query.get('to')) : '…' })
    : tm(ctx, 'stats.periodAll');
  main.append(ctx.h('div', { id: 'incident-statistics', 'data-total': stats.total },
    ctx.h('p', { id: 'incident-statistics-total', class: 'notice' }, tm(ctx, 'stats.total', { total: stats.total, period })),
    ctx.h('div', { class: 'actions' }, exportButton(ctx, params), ctx.h('span', { class: 'help' }, tm(ctx, 'export.helpPeriod'))),
    figures.map((f) => f.section)));
  const echarts = await loadEcharts(ctx);
  if (!echarts) {
    figures.forEach((f) => { if (f.chart) f.chart.remove(); });
    main.querySelectorAll('#incident-statistics details').forEach((d) => { d.open = true; });
    main.querySelector('#incident-statistics').prepend(ctx.h('p', { class: 'notice warn' }, tm(ctx, 'stats.noCharts')));
    return;
  }
  figures.filter((f) => f.chart).forEach((f) => draw(echarts, f));
}
