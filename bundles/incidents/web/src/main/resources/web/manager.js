// Security managers: incident list and detail with lifecycle, measures, comments; statistics; CSV; overdue duties.
import {
  KINDS, STATUSES, LEVELS, OWNERS, STEPS, FINAL, tm, kindLabel, statusLabel, levelLabel, levelBadge, ownerLabel,
  dutyStateLabel, routeWith, href, today, apiFilters, yesNo, exportButton,
} from './manager-common.js';
import { statisticsPage } from './manager-stats.js';

const LIST = 'incidents/manage';
const FILTERS = ['status', 'level', 'kind', 'unit', 'from', 'to', 'reportedBy', 'building'];
const SORTS = ['-occurredAt', 'occurredAt', '-reportedAt', '-level', 'level', '-id'];
const LIMITS = [20, 50, 100];

// ---------------------------------------------------------------- list

/** The units seen in the incidents so far, for the unit filter (from the statistics; none when they fail). */
async function knownUnits(ctx) {
  try {
    return Object.keys((await ctx.api.get('/api/incidents/statistics')).byUnit || {});
  } catch (e) {
    return [];
  }
}

function filterForm(ctx, query, units) {
  const values = Object.fromEntries([...FILTERS, 'sort', 'limit'].map((n) => [n, query.get(n) || undefined]));
  const unitField = units.length || !values.unit
    ? { name: 'unit', label: tm(ctx, 'filter.unit'), type: 'select', options: [...new Set([...units, ...(values.unit ? [values.unit] : [])])].map((u) => ({ value: u, label: u })) }
    : { name: 'unit', label: tm(ctx, 'filter.unit'), maxLength: 200 };
  const fields = [
    { name: 'status', label: tm(ctx, 'filter.status'), type: 'select', options: STATUSES.map((s) => ({ value: s, label: statusLabel(ctx, s) })) },
    { name: 'level', label: tm(ctx, 'filter.level'), type: 'select', options: LEVELS.map((l) => ({ value: l, label: tm(ctx, `level.long.${l}`) })) },
    { name: 'kind', label: tm(ctx, 'filter.kind'), type: 'select', options: KINDS.map((k) => ({ value: k, label: kindLabel(ctx, k) })) },
    unitField,
    { name: 'from', label: tm(ctx, 'filter.from'), type: 'date' },
    { name: 'to', label: tm(ctx, 'filter.to'), type: 'date' },
    { name: 'building', label: tm(ctx, 'filter.building'), maxLength: 300 },
    { name: 'reportedBy', label: tm(ctx, 'filter.reportedBy'), maxLength: 256, autocomplete: 'off' },
    { name: 'sort', label: tm(ctx, 'filter.sort'), type: 'select', required: true, options: SORTS.map((s) => ({ value: s, label: tm(ctx, `sort.${s}`) })) },
    { name: 'limit', label: tm(ctx, 'filter.limit'), type: 'select', required: true, options: LIMITS.map((n) => ({ value: n, label: String(n) })) },
  ];
  values.sort = values.sort || SORTS[0];
  values.limit = values.limit || LIMITS[0];
  const form = ctx.form({
    id: 'incident-filters',
    fields,
    values,
    submitLabel: tm(ctx, 'filter.apply'),
    extraActions: ctx.h('a', { href: href(LIST), class: 'button', id: 'incident-filters-reset' }, tm(ctx, 'filter.reset')),
    async onSubmit(v) {
      ctx.go(routeWith(LIST, v));
    },
  });
  form.classList.add('filters');
  form.setAttribute('aria-label', tm(ctx, 'filter.label'));
  return form;
}

function pager(ctx, page, query) {
  if (page.total <= page.limit && page.offset === 0) return null;
  const params = Object.fromEntries(query.entries());
  const prev = page.offset > 0 ? Math.max(0, page.offset - page.limit) : null;
  const next = page.offset + page.limit < page.total ? page.offset + page.limit : null;
  return ctx.h('nav', { class: 'actions', 'aria-label': tm(ctx, 'list.pages'), id: 'incident-pager' },
    prev !== null ? ctx.h('a', { class: 'button', href: href(LIST, { ...params, offset: prev || undefined }), rel: 'prev', 'data-page': 'prev' }, tm(ctx, 'list.prev')) : null,
    next !== null ? ctx.h('a', { class: 'button', href: href(LIST, { ...params, offset: next }), rel: 'next', 'data-page': 'next' }, tm(ctx, 'list.next')) : null);
}

async function listPage(ctx, main, query) {
  main.append(ctx.h('h1', null, tm(ctx, 'list.title')));
  const units = await knownUnits(ctx);
  const form = filterForm(ctx, query, units);
  const results = ctx.h('div', { id: 'incident-results' });
  // on a phone the filters fold away below their summary, so the list comes first
  const active = FILTERS.filter((n) => query.get(n)).length;
  const filters = ctx.h('details', { id: 'incident-filters-box', open: window.innerWidth >= 640 },
    ctx.h('summary', null, tm(ctx, active ? 'filter.summaryActive' : 'filter.summary', { count: active })), form);
  main.append(filters, results);
  const params = apiFilters(query, FILTERS);
  const limit = Number(query.get('limit')) || LIMITS[0];
  const offset = Number(query.get('offset')) || 0;
  const listParams = new URLSearchParams(params);
  listParams.set('limit', String(limit));
  listParams.set('offset', String(offset));
  listParams.set('sort', query.get('sort') || SORTS[0]);
  let page;
  try {
    page = await ctx.api.get(`/api/incidents?${listParams}`);
  } catch (e) {
    if (e instanceof ctx.ApiError && e.status === 400) {
      filters.open = true;
      ctx.showErrors(form, e);
      return;
    }
    throw e;
  }
  const from = page.total ? page.offset + 1 : 0;
  const to = page.offset + page.items.length;
  const table = ctx.table(tm(ctx, 'list.caption', { from, to, total: page.total }), [
    { label: tm(ctx, 'field.id'), value: (i) => ctx.h('a', { href: href(`${LIST}/${i.id}`), 'data-incident-id': i.id }, tm(ctx, 'list.open', { id: i.id })) },
    { label: tm(ctx, 'field.occurredAt'), value: (i) => ctx.formatDateTime(i.occurredAt) },
    { label: tm(ctx, 'field.kind'), value: (i) => kindLabel(ctx, i.kind) },
    { label: tm(ctx, 'field.level'), value: (i) => levelBadge(ctx, i.level) },
    { label: tm(ctx, 'field.unit'), value: (i) => i.unit },
    { label: tm(ctx, 'field.status'), value: (i) => ctx.h('span', { 'data-status': i.status }, statusLabel(ctx, i.status)) },
    { label: tm(ctx, 'field.reportedAt'), value: (i) => ctx.formatDateTime(i.reportedAt) },
  ], page.items, tm(ctx, 'list.empty'));
  const tableEl = table.querySelector('table');
  if (tableEl) tableEl.id = 'incident-list';
  else table.id = 'incident-list-empty';
  ctx.show(results,
    ctx.h('p', { id: 'incident-count' }, tm(ctx, 'list.count', { total: page.total })),
    ctx.h('div', { class: 'actions' }, exportButton(ctx, params),
      ctx.h('span', { class: 'help' }, tm(ctx, 'export.help'))),
    table,
    pager(ctx, page, query));
}

// ---------------------------------------------------------------- detail

/** Buttons in a table cell side by side where there is room, without the page's margins around actions. */
const CELL_ACTIONS = 'margin: 0; gap: .5rem; flex-wrap: nowrap; white-space: nowrap';
const NOTE_FORM = 'white-space: normal; display: flex; flex-direction: column; gap: .25rem; min-width: 16rem';
const NOTE_INPUT = 'font: inherit; padding: .5rem; border: 2px solid #8a8f98; border-radius: 4px; min-height: 44px; width: 100%';

const ifMatch = (version) => ({ headers: { 'If-Match': `"${version}"` } });

/** What the page says when a write failed: 412 reloads (someone else changed it), 409 names the conflict. */
async function writeFailed(ctx, e, reload) {
  if (e instanceof ctx.ApiError && e.status === 412) {
    ctx.notify(tm(ctx, 'stale'), 'error');
    await reload({ stale: true });
    return true;
  }
  if (e instanceof ctx.ApiError && (e.status === 409 || e.status === 404)) {
    ctx.notify(e.message, 'error');
    await reload({ notice: e.message });
    return true;
  }
  return false;
}

function facts(ctx, rows) {
  return ctx.h('dl', { class: 'facts' }, rows.filter(([, value]) => value !== '' && value !== null && value !== undefined)
    .map(([label, value, id]) => [ctx.h('dt', null, label), ctx.h('dd', id ? { id } : null, value)]));
}

function locationText(location) {
  if (!location) return '';
  return [location.building, location.floor, location.room, location.address].filter(Boolean).join(', ');
}

function incidentFacts(ctx, i) {
  const level = i.level == null ? '' : ctx.h('span', null, levelBadge(ctx, i.level),
    i.suggestedLevel != null && i.suggestedLevel !== i.level ? ` ${tm(ctx, 'detail.suggestedLevel', { level: i.suggestedLevel })}` : null);
  const extra = i.extra && Object.keys(i.extra).length
    ? Object.entries(i.extra).map(([k, v]) => [k, v === true || v === false ? yesNo(ctx, v) : String(v ?? '')]) : [];
  return facts(ctx, [
    [tm(ctx, 'field.occurredAt'), ctx.formatDateTime(i.occurredAt)],
    [tm(ctx, 'field.reportedAt'), ctx.formatDateTime(i.reportedAt)],
    [tm(ctx, 'field.reportedBy'), i.reportedBy],
    [tm(ctx, 'field.unit'), i.unit],
    [tm(ctx, 'field.location'), locationText(i.location)],
    [tm(ctx, 'field.kind'), kindLabel(ctx, i.kind)],
    [tm(ctx, 'field.level'), level, 'incident-level'],
    [tm(ctx, 'field.description'), i.description ? ctx.h('span', { style: 'white-space: pre-line' }, i.description) : ''],
    [tm(ctx, 'field.personsHarmed'), i.personsHarmed],
    [tm(ctx, 'field.injuries'), i.injuries],
    [tm(ctx, 'field.incapacityDays'), i.incapacityDays],
    [tm(ctx, 'field.accidentReportDue'), yesNo(ctx, i.accidentReportDue)],
    [tm(ctx, 'field.policeCalled'), yesNo(ctx, i.policeCalled)],
    [tm(ctx, 'field.criminalComplaintFiled'), yesNo(ctx, i.criminalComplaintFiled)],
    [tm(ctx, 'field.complaintFileNumber'), i.complaintFileNumber],
    [tm(ctx, 'field.houseBanImposed'), yesNo(ctx, i.houseBanImposed)],
    [tm(ctx, 'field.firstAidGiven'), yesNo(ctx, i.firstAidGiven)],
    [tm(ctx, 'field.aftercareOffered'), yesNo(ctx, i.aftercareOffered)],
    [tm(ctx, 'field.witnessCount'), i.witnessCount],
    [tm(ctx, 'field.witnessDetails'), i.witnessDetails],
    [tm(ctx, 'field.statusReason'), i.statusReason],
    [tm(ctx, 'field.updatedAt'), ctx.formatDateTime(i.updatedAt)],
    ...extra,
  ]);
}

/** The lifecycle buttons of the current status; final steps ask first (with the reason, required to reject). */
function lifecycle(ctx, incident, etag, reload) {
  const box = ctx.h('div', { id: 'incident-confirm-box' });
  const steps = STEPS[incident.status] || [];
  async function move(status, reason, button) {
    if (button) button.disabled = true;
    try {
      await ctx.api.post(`/api/incidents/${incident.id}/status`, { status, reason: reason || undefined }, { headers: { 'If-Match': etag } });
      ctx.notify(tm(ctx, 'action.done', { status: statusLabel(ctx, status) }), 'ok');
      await reload({ focus: 'incident-status' });
    } catch (e) {
      if (await writeFailed(ctx, e, reload)) return;
      if (button) button.disabled = false;
      throw e;
    }
  }
  function confirm(status) {
    const fields = [{
      name: 'reason', type: 'textarea', rows: 3, maxLength: 1000, required: status === 'REJECTED',
      label: tm(ctx, status === 'REJECTED' ? 'action.reasonRequired' : 'action.reason'),
    }];
    const form = ctx.form({
      id: 'incident-confirm',
      fields,
      submitLabel: tm(ctx, `action.confirm.${status}`),
      extraActions: ctx.h('button', { type: 'button', class: 'secondary', id: 'incident-confirm-cancel', onclick: () => { ctx.show(box); box.previousElementSibling.querySelector(`[data-action="${status}"]`)?.focus(); } }, tm(ctx, 'action.cancel')),
      async onSubmit(values) {
        if (status === 'REJECTED' && !(values.reason || '').trim()) {
          throw new ctx.ApiError({ title: tm(ctx, 'action.reasonMissing'), errors: [{ field: 'reason', message: tm(ctx, 'action.reasonMissing') }] }, 400);
        }
        await move(status, values.reason);
      },
    });
    form.querySelector('button[type=submit]').classList.replace('primary', 'danger');
    ctx.show(box, ctx.h('div', { class: 'notice danger', role: 'group', 'aria-labelledby': 'incident-confirm-title' },
      ctx.h('h3', { id: 'incident-confirm-title', tabindex: '-1' }, tm(ctx, `action.ask.${status}`)),
      ctx.h('p', null, tm(ctx, 'action.final')),
      form));
    box.querySelector('h3').focus();
  }
  const buttons = ctx.h('div', { class: 'actions', id: 'incident-actions' },
    steps.length ? steps.map((status) => ctx.h('button', {
      type: 'button',
      class: FINAL.includes(status) ? 'secondary' : 'primary',
      'data-action': status,
      onclick: (e) => (FINAL.includes(status) ? confirm(status) : move(status, null, e.currentTarget).catch((err) => ctx.notify(err.message, 'error'))),
    }, tm(ctx, `action.${incident.status === 'MEASURES_TAKEN' && status === 'IN_REVIEW' ? 'reopen' : status}`)))
      : ctx.h('p', { class: 'empty' }, tm(ctx, 'action.none')));
  return [buttons, box];
}

/** Corrects the level (the triage): PUT of the report's fields with If-Match. */
function levelForm(ctx, incident, etag, reload) {
  const input = {};
  for (const key of ['occurredAt', 'unit', 'location', 'kind', 'level', 'description', 'personsHarmed', 'injuries', 'incapacityDays',
    'accidentReportDue', 'policeCalled', 'criminalComplaintFiled', 'complaintFileNumber', 'houseBanImposed', 'firstAidGiven',
    'aftercareOffered', 'witnessCount', 'witnessDetails']) {
    if (incident[key] !== null && incident[key] !== undefined) input[key] = incident[key];
  }
  return ctx.form({
    id: 'incident-level-form',
    fields: [{
      name: 'level', label: tm(ctx, 'triage.level'), type: 'select', required: true, numeric: true,
      help: incident.suggestedLevel != null ? tm(ctx, 'triage.help', { level: incident.suggestedLevel }) : null,
      options: LEVELS.map((l) => ({ value: l, label: tm(ctx, `level.long.${l}`) })),
    }],
    values: { level: incident.level },
    submitLabel: tm(ctx, 'triage.save'),
    async onSubmit(values) {
      try {
        await ctx.api.put(`/api/incidents/${incident.id}`, { ...input, level: values.level }, { headers: { 'If-Match': etag } });
        ctx.notify(tm(ctx, 'triage.done'), 'ok');
        await reload({ focus: 'incident-level' });
      } catch (e) {
        if (!(await writeFailed(ctx, e, reload))) throw e;
      }
    },
  });
}

function dutyButtons(ctx, duty, reload) {
  const put = async (state, note, button) => {
    if (button) button.disabled = true;
    try {
      await ctx.api.put(`/api/incidents/${duty.incidentId}/duties/${duty.id}`, { state, note: note || undefined }, ifMatch(duty.version));
      ctx.notify(tm(ctx, 'duty.done', { title: duty.title, state: dutyStateLabel(ctx, state) }), 'ok');
      await reload({ focus: 'incident-duties-heading' });
    } catch (e) {
      if (button) button.disabled = false;
      if (!(await writeFailed(ctx, e, reload))) ctx.notify((e.errors || []).length ? e.errors.map((x) => `${x.field}: ${x.message}`).join('; ') : e.message, 'error');
    }
  };
  const cell = ctx.h('div', { class: 'actions', style: CELL_ACTIONS });
  const buttons = () => {
    if (duty.state !== 'OPEN') {
      return ctx.show(cell, ctx.h('button', { type: 'button', class: 'secondary', 'data-duty-action': 'OPEN', 'aria-label': tm(ctx, 'duty.markOpen', { title: duty.title }), onclick: (e) => put('OPEN', null, e.currentTarget) }, tm(ctx, 'duty.reopenButton')));
    }
    return ctx.show(cell,
      ctx.h('button', { type: 'button', 'data-duty-action': 'DONE', 'aria-label': tm(ctx, 'duty.markDone', { title: duty.title }), onclick: (e) => put('DONE', null, e.currentTarget) }, tm(ctx, 'duty.doneButton')),
      ctx.h('button', { type: 'button', class: 'secondary', 'data-duty-action': 'NOT_NEEDED', 'aria-label': tm(ctx, 'duty.markNotNeeded', { title: duty.title }), onclick: noteForm }, tm(ctx, 'duty.notNeededButton')));
  };
  // "not needed" needs a reason: a small form in the cell, with its error beside the field
  function noteForm() {
    const id = `duty-note-${duty.id}`;
    const error = ctx.h('p', { class: 'field-error', id: `${id}-error` });
    const input = ctx.h('input', { id, type: 'text', maxlength: 1000, required: true, 'aria-describedby': `${id}-error`, style: NOTE_INPUT });
    const form = ctx.h('form', {
      class: 'inline-form', novalidate: true, 'data-duty-note': duty.id, style: NOTE_FORM,
      onsubmit(e) {
        e.preventDefault();
        if (!input.value.trim()) {
          input.setAttribute('aria-invalid', 'true');
          error.textContent = tm(ctx, 'duty.noteRequired');
          input.focus();
          return;
        }
        put('NOT_NEEDED', input.value.trim(), form.querySelector('button[type=submit]'));
      },
    },
    ctx.h('label', { for: id, style: 'font-weight: 600' }, tm(ctx, 'duty.note')), input, error,
    ctx.h('div', { class: 'actions', style: CELL_ACTIONS },
      ctx.h('button', { type: 'submit', class: 'primary' }, tm(ctx, 'duty.notNeededSave')),
      ctx.h('button', { type: 'button', onclick: () => { buttons(); cell.querySelector('[data-duty-action="NOT_NEEDED"]').focus(); } }, tm(ctx, 'action.cancel'))));
    ctx.show(cell, form);
    input.focus();
  }
  buttons();
  return cell;
}

function dutyDue(ctx, duty) {
  return [ctx.formatDateTime(duty.dueAt), duty.overdue ? ctx.h('span', { class: 'badge danger', 'data-overdue': 'true' }, ' ', tm(ctx, 'overdue.badge')) : null];
}

function dutiesTable(ctx, duties, reload, caption) {
  return ctx.table(caption, [
    { label: tm(ctx, 'duty.title'), value: (d) => ctx.h('span', { title: d.description || null }, d.title) },
    { label: tm(ctx, 'duty.owner'), value: (d) => ownerLabel(ctx, d.owner) },
    { label: tm(ctx, 'duty.due'), value: (d) => dutyDue(ctx, d) },
    { label: tm(ctx, 'duty.state'), value: (d) => [dutyStateLabel(ctx, d.state), d.doneBy ? ` (${d.doneBy}, ${ctx.formatDateTime(d.doneAt)})` : '', d.note ? ctx.h('div', { class: 'help' }, d.note) : null] },
    { label: tm(ctx, 'duty.actions'), value: (d) => dutyButtons(ctx, d, reload) },
  ], duties, tm(ctx, 'duty.empty'));
}

function measureOverdue(m) {
  return !m.done && m.dueOn && m.dueOn < today();
}

function measuresSection(ctx, incident, measures, reload) {
  const formBox = ctx.h('div', { id: 'incident-measure-form-box' });
  function showForm(measure) {
    const fields = [
      { name: 'what', label: tm(ctx, 'measure.what'), type: 'textarea', rows: 2, required: true, maxLength: 1000 },
      { name: 'ownerUnit', label: tm(ctx, 'measure.ownerUnit'), maxLength: 200 },
      { name: 'dueOn', label: tm(ctx, 'measure.dueOn'), type: 'date' },
    ];
    if (measure) fields.push({ name: 'done', label: tm(ctx, 'measure.done'), type: 'checkbox' });
    const form = ctx.form({
      id: 'incident-measure-form',
      fields,
      values: measure || {},
      submitLabel: tm(ctx, measure ? 'measure.save' : 'measure.add'),
      extraActions: measure ? ctx.h('button', { type: 'button', class: 'secondary', onclick: () => showForm(null) }, tm(ctx, 'action.cancel')) : null,
      async onSubmit(values) {
        const body = { what: values.what, ownerUnit: values.ownerUnit, dueOn: values.dueOn, done: measure ? !!values.done : false };
        try {
          if (measure) await ctx.api.put(`/api/incidents/${incident.id}/measures/${measure.id}`, body, ifMatch(measure.version));
          else await ctx.api.post(`/api/incidents/${incident.id}/measures`, body);
          ctx.notify(tm(ctx, measure ? 'measure.saved' : 'measure.added'), 'ok');
          await reload({ focus: 'incident-measures-heading' });
        } catch (e) {
          if (!(await writeFailed(ctx, e, reload))) throw e;
        }
      },
    });
    ctx.show(formBox, ctx.h('h3', { id: 'incident-measure-form-title', tabindex: '-1' }, tm(ctx, measure ? 'measure.editTitle' : 'measure.addTitle')), form);
    if (measure) formBox.querySelector('h3').focus();
  }
  async function toggle(m, button) {
    button.disabled = true;
    try {
      await ctx.api.put(`/api/incidents/${incident.id}/measures/${m.id}`, { what: m.what, ownerUnit: m.ownerUnit, dueOn: m.dueOn, done: !m.done }, ifMatch(m.version));
      ctx.notify(tm(ctx, 'measure.saved'), 'ok');
      await reload({ focus: 'incident-measures-heading' });
    } catch (e) {
      button.disabled = false;
      if (!(await writeFailed(ctx, e, reload))) ctx.notify(e.message, 'error');
    }
  }
  const table = ctx.table(tm(ctx, 'measure.caption'), [
    { label: tm(ctx, 'measure.what'), value: (m) => m.what },
    { label: tm(ctx, 'measure.ownerUnit'), value: (m) => m.ownerUnit || '' },
    { label: tm(ctx, 'measure.dueOn'), value: (m) => [ctx.formatDate(m.dueOn), measureOverdue(m) ? ctx.h('span', { class: 'badge danger', 'data-overdue': 'true' }, ' ', tm(ctx, 'overdue.badge')) : null] },
    { label: tm(ctx, 'measure.state'), value: (m) => (m.done ? tm(ctx, 'measure.doneAt', { at: ctx.formatDateTime(m.doneAt) }) : tm(ctx, 'measure.open')) },
    { label: tm(ctx, 'measure.createdBy'), value: (m) => `${m.createdBy || ''}, ${ctx.formatDateTime(m.createdAt)}` },
    {
      label: tm(ctx, 'duty.actions'),
      value: (m) => ctx.h('div', { class: 'actions', style: CELL_ACTIONS },
        ctx.h('button', { type: 'button', 'data-measure-action': m.done ? 'reopen' : 'done', 'aria-label': tm(ctx, m.done ? 'measure.markOpen' : 'measure.markDone', { what: m.what }), onclick: (e) => toggle(m, e.currentTarget) }, tm(ctx, m.done ? 'measure.reopenButton' : 'measure.doneButton')),
        ctx.h('button', { type: 'button', class: 'secondary', 'data-measure-action': 'edit', 'aria-label': tm(ctx, 'measure.edit', { what: m.what }), onclick: () => showForm(m) }, tm(ctx, 'measure.editButton'))),
    },
  ], measures, tm(ctx, 'measure.empty'));
  const tableEl = table.querySelector('table');
  if (tableEl) tableEl.id = 'incident-measures';
  showForm(null);
  return ctx.h('section', { 'aria-labelledby': 'incident-measures-heading' },
    ctx.h('h2', { id: 'incident-measures-heading', tabindex: '-1' }, tm(ctx, 'measure.heading')), table, formBox);
}

function commentsSection(ctx, incident, comments, reload) {
  const form = ctx.form({
    id: 'incident-comment-form',
    fields: [{ name: 'text', label: tm(ctx, 'comment.text'), help: tm(ctx, 'comment.help'), type: 'textarea', rows: 3, required: true, maxLength: 5000 }],
    submitLabel: tm(ctx, 'comment.add'),
    async onSubmit(values) {
      await ctx.api.post(`/api/incidents/${incident.id}/comments`, { text: values.text });
      ctx.notify(tm(ctx, 'comment.added'), 'ok');
      await reload({ focus: 'incident-comments-heading' });
    },
  });
  return ctx.h('section', { 'aria-labelledby': 'incident-comments-heading' },
    ctx.h('h2', { id: 'incident-comments-heading', tabindex: '-1' }, tm(ctx, 'comment.heading')),
    comments.length
      ? ctx.h('ul', { id: 'incident-comments', class: 'comments' }, comments.map((c) => ctx.h('li', null,
        ctx.h('p', { class: 'help' }, tm(ctx, 'comment.by', { author: c.author || '', at: ctx.formatDateTime(c.at) })),
        ctx.h('p', { style: 'white-space: pre-line' }, c.text))))
      : ctx.h('p', { class: 'empty', id: 'incident-comments' }, tm(ctx, 'comment.empty')),
    form);
}

function historyTable(ctx, history) {
  return ctx.table(tm(ctx, 'history.caption'), [
    { label: tm(ctx, 'history.at'), value: (s) => ctx.formatDateTime(s.at) },
    { label: tm(ctx, 'history.from'), value: (s) => (s.from ? statusLabel(ctx, s.from) : tm(ctx, 'history.new')) },
    { label: tm(ctx, 'history.to'), value: (s) => statusLabel(ctx, s.to) },
    { label: tm(ctx, 'history.by'), value: (s) => s.by || '' },
    { label: tm(ctx, 'history.reason'), value: (s) => s.reason || '' },
  ], history, tm(ctx, 'history.empty'));
}

async function detailPage(ctx, main, id, opts = {}) {
  const path = `/api/incidents/${id}`;
  let loaded;
  try {
    loaded = await ctx.api.versioned(path);
  } catch (e) {
    if (e instanceof ctx.ApiError && e.status === 404) {
      ctx.show(main, ctx.h('h1', null, tm(ctx, 'detail.notFound')), ctx.h('p', null, ctx.h('a', { href: href(LIST) }, tm(ctx, 'detail.back'))));
      return;
    }
    throw e;
  }
  const { body: incident, etag } = loaded;
  const [history, measures, comments, duties] = await Promise.all([
    ctx.api.get(`${path}/history`), ctx.api.get(`${path}/measures`), ctx.api.get(`${path}/comments`), ctx.api.get(`${path}/duties`),
  ]);
  const reload = async (next = {}) => {
    await detailPage(ctx, main, id, next);
  };
  const notices = [];
  if (opts.stale) notices.push(ctx.h('p', { class: 'notice warn', id: 'incident-stale', role: 'alert', tabindex: '-1' }, tm(ctx, 'stale')));
  else if (opts.notice) notices.push(ctx.h('p', { class: 'notice warn', id: 'incident-conflict', role: 'alert', tabindex: '-1' }, opts.notice));
  if (incident.erased) notices.push(ctx.h('p', { class: 'notice' }, tm(ctx, 'detail.erased')));
  const final = !(STEPS[incident.status] || []).length;
  ctx.show(main,
    ctx.h('p', null, ctx.h('a', { href: href(LIST) }, tm(ctx, 'detail.back'))),
    ctx.h('h1', { tabindex: '-1' }, tm(ctx, 'detail.title', { id: incident.id, kind: kindLabel(ctx, incident.kind) })),
    notices,
    ctx.h('div', { id: 'incident-detail', 'data-incident-id': incident.id, 'data-version': incident.version },
      ctx.h('p', { class: 'status-line' }, tm(ctx, 'detail.status'), ' ',
        ctx.h('strong', { id: 'incident-status', 'data-status': incident.status, tabindex: '-1' }, statusLabel(ctx, incident.status)),
        ' · ', levelBadge(ctx, incident.level)),
      ctx.h('section', { 'aria-labelledby': 'incident-actions-heading' },
        ctx.h('h2', { id: 'incident-actions-heading' }, tm(ctx, 'action.heading')),
        lifecycle(ctx, incident, etag, reload)),
      ctx.h('section', { 'aria-labelledby': 'incident-facts-heading' },
        ctx.h('h2', { id: 'incident-facts-heading' }, tm(ctx, 'detail.facts')),
        incidentFacts(ctx, incident),
        !incident.erased && !final ? levelForm(ctx, incident, etag, reload) : null),
      ctx.h('section', { 'aria-labelledby': 'incident-duties-heading' },
        ctx.h('h2', { id: 'incident-duties-heading', tabindex: '-1' }, tm(ctx, 'duty.heading')),
        ctx.h('p', { class: 'help' }, tm(ctx, 'duty.intro')),
        dutiesTable(ctx, duties, reload, tm(ctx, 'duty.caption'))),
      measuresSection(ctx, incident, measures, reload),
      commentsSection(ctx, incident, comments, reload),
      ctx.h('section', { 'aria-labelledby': 'incident-history-heading' },
        ctx.h('h2', { id: 'incident-history-heading' }, tm(ctx, 'history.heading')),
        historyTable(ctx, history))));
  const tables = main.querySelectorAll('#incident-detail table');
  tables.forEach((t) => {
    if (!t.id && t.closest('section')?.getAttribute('aria-labelledby') === 'incident-duties-heading') t.id = 'incident-duties';
    if (!t.id && t.closest('section')?.getAttribute('aria-labelledby') === 'incident-history-heading') t.id = 'incident-history';
  });
  document.title = `${main.querySelector('h1').textContent} – ${ctx.t('shell.title')}`;
  const focus = opts.stale ? 'incident-stale' : opts.notice ? 'incident-conflict' : opts.focus;
  if (focus) document.getElementById(focus)?.focus();
}

// ---------------------------------------------------------------- overdue duties and measures

/** Open measures past their due date across all incidents, the longest overdue first. */
async function overdueMeasures(ctx) {
  return ctx.api.get('/api/incidents/measures?overdue=true&limit=100');
}

async function overduePage(ctx, main, query) {
  main.append(ctx.h('h1', null, tm(ctx, 'overdue.title')));
  const reload = async () => {
    main.replaceChildren();
    await overduePage(ctx, main, query);
    main.querySelector('h1').setAttribute('tabindex', '-1');
    document.getElementById('overdue-duties-heading')?.focus();
  };
  const owner = query.get('owner') || '';
  const offset = Number(query.get('offset')) || 0;
  const form = ctx.form({
    id: 'overdue-filters',
    fields: [
      { name: 'owner', label: tm(ctx, 'duty.owner'), type: 'select', options: OWNERS.map((o) => ({ value: o, label: ownerLabel(ctx, o) })) },
      { name: 'unit', label: tm(ctx, 'filter.unit'), maxLength: 200 },
    ],
    values: { owner, unit: query.get('unit') || '' },
    submitLabel: tm(ctx, 'filter.apply'),
    async onSubmit(v) { ctx.go(routeWith('incidents/overdue', v)); },
  });
  form.classList.add('filters');
  const params = new URLSearchParams({ overdue: 'true', limit: '50', offset: String(offset) });
  if (owner) params.set('owner', owner);
  if (query.get('unit')) params.set('unit', query.get('unit'));
  let duties;
  try {
    duties = await ctx.api.get(`/api/incidents/duties?${params}`);
  } catch (e) {
    main.append(form);
    if (e instanceof ctx.ApiError && e.status === 400) { ctx.showErrors(form, e); return; }
    throw e;
  }
  const dutyTable = ctx.table(tm(ctx, 'overdue.dutiesCaption', { total: duties.total }), [
    { label: tm(ctx, 'overdue.incident'), value: (d) => ctx.h('a', { href: href(`${LIST}/${d.incidentId}`), 'data-incident-id': d.incidentId }, tm(ctx, 'list.open', { id: d.incidentId })) },
    { label: tm(ctx, 'duty.title'), value: (d) => d.title },
    { label: tm(ctx, 'duty.owner'), value: (d) => ownerLabel(ctx, d.owner) },
    { label: tm(ctx, 'duty.due'), value: (d) => ctx.formatDateTime(d.dueAt) },
    { label: tm(ctx, 'field.unit'), value: (d) => d.unit || '' },
    { label: tm(ctx, 'field.level'), value: (d) => levelBadge(ctx, d.level) },
    { label: tm(ctx, 'duty.actions'), value: (d) => dutyButtons(ctx, d, reload) },
  ], duties.items, tm(ctx, 'overdue.noDuties'));
  const dutyTableEl = dutyTable.querySelector('table');
  if (dutyTableEl) dutyTableEl.id = 'overdue-duties';
  else dutyTable.id = 'overdue-duties-empty';
  const more = duties.offset + duties.items.length < duties.total || duties.offset > 0
    ? ctx.h('nav', { class: 'actions', 'aria-label': tm(ctx, 'list.pages') },
      duties.offset > 0 ? ctx.h('a', { class: 'button', href: href('incidents/overdue', { owner, unit: query.get('unit'), offset: Math.max(0, duties.offset - 50) || undefined }) }, tm(ctx, 'list.prev')) : null,
      duties.offset + duties.items.length < duties.total ? ctx.h('a', { class: 'button', href: href('incidents/overdue', { owner, unit: query.get('unit'), offset: duties.offset + 50 }) }, tm(ctx, 'list.next')) : null)
    : null;
  const measuresBox = ctx.h('div', { id: 'overdue-measures-box', 'aria-busy': 'true' }, ctx.h('p', null, tm(ctx, 'overdue.loading')));
  main.append(
    ctx.h('p', null, tm(ctx, 'overdue.intro')),
    form,
    ctx.h('section', { 'aria-labelledby': 'overdue-duties-heading' },
      ctx.h('h2', { id: 'overdue-duties-heading', tabindex: '-1' }, tm(ctx, 'overdue.duties')), dutyTable, more),
    ctx.h('section', { 'aria-labelledby': 'overdue-measures-heading' },
      ctx.h('h2', { id: 'overdue-measures-heading' }, tm(ctx, 'overdue.measures')), measuresBox));
  try {
    const page = await overdueMeasures(ctx);
    const measureTable = ctx.table(tm(ctx, 'overdue.measuresCaption', { total: page.total }), [
      { label: tm(ctx, 'overdue.incident'), value: (m) => ctx.h('a', { href: href(`${LIST}/${m.incidentId}`), 'data-incident-id': m.incidentId }, tm(ctx, 'list.open', { id: m.incidentId })) },
      { label: tm(ctx, 'measure.what'), value: (m) => m.what },
      { label: tm(ctx, 'measure.ownerUnit'), value: (m) => m.ownerUnit || '' },
      { label: tm(ctx, 'measure.dueOn'), value: (m) => ctx.formatDate(m.dueOn) },
    ], page.items, tm(ctx, 'overdue.noMeasures'));
    const measureTableEl = measureTable.querySelector('table');
    if (measureTableEl) measureTableEl.id = 'overdue-measures';
    else measureTable.id = 'overdue-measures-empty';
    ctx.show(measuresBox, page.items.length < page.total
      ? ctx.h('p', { class: 'help' }, tm(ctx, 'overdue.measuresScopePartial', { shown: page.items.length, total: page.total })) : null,
      measureTable);
  } catch (e) {
    ctx.show(measuresBox, ctx.h('p', { class: 'error' }, e.message));
  }
  measuresBox.removeAttribute('aria-busy');
}

// ---------------------------------------------------------------- start page

async function startBox(ctx, box, headingId) {
  const count = async (path) => (await ctx.api.get(path)).total;
  const [fresh, review, duties] = await Promise.all([
    count('/api/incidents?status=REPORTED&limit=1'),
    count('/api/incidents?status=IN_REVIEW&limit=1'),
    count('/api/incidents/duties?overdue=true&limit=1'),
  ]);
  const id = document.getElementById(headingId) ? `${headingId}-manage` : headingId;
  const item = (text, link, testId) => ctx.h('li', null, ctx.h('a', { href: link, 'data-test': testId }, text));
  box.append(ctx.h('div', { id: 'incident-manage-start' },
    ctx.h('h2', { id }, tm(ctx, 'start.title')),
    ctx.h('ul', null,
      item(tm(ctx, 'start.new', { count: fresh }), href(LIST, { status: 'REPORTED', sort: 'reportedAt' }), 'start-new'),
      item(tm(ctx, 'start.review', { count: review }), href(LIST, { status: 'IN_REVIEW' }), 'start-review'),
      item(tm(ctx, 'start.overdue', { count: duties }), href('incidents/overdue'), 'start-overdue')),
    ctx.h('p', null, ctx.h('a', { href: href('incidents/statistics') }, tm(ctx, 'start.statistics')))));
}

export default {
  nav(ctx) {
    return [
      { route: LIST, label: tm(ctx, 'nav.list') },
      { route: 'incidents/overdue', label: tm(ctx, 'nav.overdue') },
      { route: 'incidents/statistics', label: tm(ctx, 'nav.statistics') },
    ];
  },
  routes: {
    [LIST]: async (ctx, main, { args, query }) => {
      if (args.length && /^[0-9]+$/.test(args[0])) await detailPage(ctx, main, args[0]);
      else await listPage(ctx, main, query);
    },
    'incidents/overdue': (ctx, main, { query }) => overduePage(ctx, main, query),
    'incidents/statistics': (ctx, main, { query }) => statisticsPage(ctx, main, query),
  },
  async start(ctx, box, headingId) {
    await startBox(ctx, box, headingId);
  },
};
