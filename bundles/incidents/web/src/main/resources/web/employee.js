// Employees: report an incident, my reports, the risk notices of my unit, the pre-contact check.
// Field names are the API's (IncidentInput, WarningCheck), so that ctx.form shows the API's field errors beside them.

const KINDS = ['INSULT', 'THREAT', 'COERCION', 'PHYSICAL_ASSAULT', 'SEXUAL_HARASSMENT', 'PROPERTY_DAMAGE', 'WEAPON', 'STALKING', 'OTHER'];
const LEVELS = [0, 1, 2, 3];
const PURPOSES = ['COUNTER_APPOINTMENT', 'HOME_VISIT', 'ENFORCEMENT', 'OTHER'];
const PAGE = 20;
/** The level option "not sure": the level is left out and the API takes the one its rules suggest for the kind. */
const UNSURE = 'unsure';

/** Whoever may report (the API: employees, security managers, admins; responders are employees too). */
function staff(ctx) {
  return ctx.hasRole('employee', 'security-manager', 'admin');
}

// ---------------------------------------------------------------- helpers

/** A date-time as an <input type=datetime-local> wants it, in the browser's time zone, to the minute. */
function localInput(value) {
  const date = value ? new Date(value) : new Date();
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 16);
}

/** An Idempotency-Key for one form: a retried submit of the same form creates nothing twice. */
function randomKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// The API's field messages (English) as the page says them; anything else stays as the API wrote it.
const MESSAGES = [
  [/^is required$/, 'required', []],
  [/^must be at most (\d+) characters/, 'tooLong', ['max']],
  [/^must be between (-?\d+) and (-?\d+)/, 'range', ['min', 'max']],
  [/^must not be in the future$/, 'future', []],
  [/^must not contain control characters$/, 'control', []],
  [/^(give|name the person narrowly).*(birth date|file reference)/, 'birthOrFile', []],
  [/^must contain letters or digits$/, 'lettersOrDigits', []],
  [/^must contain letters$/, 'letters', []],
  [/^must not be before (\S+)$/, 'before', ['date']],
];

function translate(ctx, error) {
  if (!(error instanceof ctx.ApiError)) return error;
  for (const fieldError of error.errors) {
    for (const [pattern, key, names] of MESSAGES) {
      const m = pattern.exec(fieldError.message || '');
      if (!m) continue;
      const vars = {};
      names.forEach((name, i) => { vars[name] = name === 'date' ? ctx.formatDate(m[i + 1]) : m[i + 1]; });
      fieldError.message = ctx.t(`incidents.report.error.${key}`, vars);
      break;
    }
  }
  return error;
}

function levelLabel(ctx, level) {
  return level === null || level === undefined ? '' : ctx.t(`incidents.report.level.${level}`);
}

function kindLabel(ctx, kind) {
  return kind ? ctx.t(`incidents.report.kind.${kind}`) : '';
}

function statusLabel(ctx, status) {
  return status ? ctx.t(`incidents.mine.status.${status}`) : '';
}

function levelBadge(ctx, level) {
  if (level === null || level === undefined) return '';
  return ctx.h('span', { class: `badge level-${level}` }, ctx.t('incidents.mine.levelShort', { level }));
}

function placeText(location) {
  if (!location) return '';
  return [location.building, location.floor, location.room, location.address].filter(Boolean).join(', ');
}

/** The employees' few styles, loaded once beside the shell's. */
function ensureStyles() {
  if (document.getElementById('incidents-employee-css')) return;
  document.head.append(Object.assign(document.createElement('link'),
    { id: 'incidents-employee-css', rel: 'stylesheet', href: new URL('./employee.css', import.meta.url).pathname }));
}

function setTitle(ctx, text) {
  document.title = `${text} – ${ctx.t('shell.title')}`;
}

// ---------------------------------------------------------------- report an incident

/** The extra fields plugins declare for a unit's reports (GET /api/platform/plugins/fields); none when that fails. */
async function declaredExtras(ctx, unit) {
  if (!unit) return [];
  try {
    const declared = await ctx.api.get(`/api/platform/plugins/fields?module=incidents&unit=${encodeURIComponent(unit)}`);
    return (declared || []).map((d) => d.field).filter((f) => f && f.name);
  } catch (e) {
    return [];
  }
}

/** A declared extra field as ctx.form takes it: named extra.<name>, so that it nests as the API wants. */
function extraField(f) {
  const base = { name: `extra.${f.name}`, label: f.label || f.name, required: !!f.required };
  switch (f.type) {
    case 'NUMBER': return { ...base, type: 'number', inputmode: 'decimal' };
    case 'BOOLEAN': return { ...base, type: 'checkbox' };
    case 'DATE': return { ...base, type: 'date' };
    case 'CHOICE': return { ...base, type: 'select', options: (f.allowedValues || []).map((v) => ({ value: v, label: v })) };
    default: return { ...base, maxLength: f.maxLength || 500 };
  }
}

function extraText(ctx, value) {
  if (typeof value === 'boolean') return ctx.t(value ? 'incidents.mine.detail.yes' : 'incidents.mine.detail.no');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return ctx.formatDate(value);
  return value;
}

function reportFields(ctx, currentUnit, extras = []) {
  const t = ctx.t;
  const units = [...(ctx.me.units || [])];
  if (currentUnit && units.length > 1 && !units.includes(currentUnit)) units.unshift(currentUnit);
  const unitField = units.length > 1
    ? { name: 'unit', label: t('incidents.report.unit'), type: 'select', required: true, options: units.map((u) => ({ value: u, label: u })) }
    : { name: 'unit', label: t('incidents.report.unit'), help: t('incidents.report.unit.help'), required: true, maxLength: 200, autocomplete: 'organization' };
  return [
    { name: 'occurredAt', label: t('incidents.report.occurredAt'), help: t('incidents.report.occurredAt.help'), type: 'datetime-local', required: true, max: localInput() },
    unitField,
    { name: 'kind', label: t('incidents.report.kind'), type: 'select', required: true, options: KINDS.map((k) => ({ value: k, label: kindLabel(ctx, k) })) },
    {
      name: 'level', label: t('incidents.report.level'), help: t('incidents.report.level.help'), type: 'radio', required: true,
      options: [
        ...LEVELS.map((n) => ({ value: String(n), label: t(`incidents.report.level.${n}`), help: t(`incidents.report.levelHelp.${n}`) })),
        { value: UNSURE, label: t('incidents.report.level.unsure'), help: t('incidents.report.levelHelp.unsure') },
      ],
    },
    { name: 'description', label: t('incidents.report.description'), help: t('incidents.report.description.help'), type: 'textarea', required: true, maxLength: 20000, rows: 8 },
    { name: 'location.building', label: t('incidents.report.building'), maxLength: 300 },
    { name: 'location.floor', label: t('incidents.report.floor'), maxLength: 100 },
    { name: 'location.room', label: t('incidents.report.room'), maxLength: 100 },
    { name: 'location.address', label: t('incidents.report.address'), maxLength: 300, autocomplete: 'off' },
    ...extras.map(extraField),
    { name: 'personsHarmed', label: t('incidents.report.personsHarmed'), type: 'number', min: 0, max: 1000, step: 1, inputmode: 'numeric' },
    { name: 'injuries', label: t('incidents.report.injuries'), type: 'textarea', maxLength: 5000, rows: 3 },
    { name: 'incapacityDays', label: t('incidents.report.incapacityDays'), help: t('incidents.report.incapacityDays.help'), type: 'number', min: 0, max: 3650, step: 1, inputmode: 'numeric' },
    { name: 'accidentReportDue', label: t('incidents.report.accidentReportDue'), type: 'checkbox' },
    { name: 'firstAidGiven', label: t('incidents.report.firstAidGiven'), type: 'checkbox' },
    { name: 'aftercareOffered', label: t('incidents.report.aftercareOffered'), type: 'checkbox' },
    { name: 'policeCalled', label: t('incidents.report.policeCalled'), type: 'checkbox' },
    { name: 'criminalComplaintFiled', label: t('incidents.report.criminalComplaintFiled'), type: 'checkbox' },
    { name: 'complaintFileNumber', label: t('incidents.report.complaintFileNumber'), maxLength: 100, autocomplete: 'off' },
    { name: 'houseBanImposed', label: t('incidents.report.houseBanImposed'), type: 'checkbox' },
    { name: 'witnessCount', label: t('incidents.report.witnessCount'), type: 'number', min: 0, max: 1000, step: 1, inputmode: 'numeric' },
    { name: 'witnessDetails', label: t('incidents.report.witnessDetails'), help: t('incidents.report.witnessDetails.help'), type: 'textarea', maxLength: 5000, rows: 3, autocomplete: 'off' },
  ];
}

/** The level as the API wants it: a number, or left out for "not sure". */
function normaliseLevel(values) {
  if (values.level === UNSURE) delete values.level;
  else if (values.level !== undefined) values.level = Number(values.level);
  return values;
}

/** What both report forms get after ctx.form made them: the sections, the complaint rule, the draft's time. */
function decorate(ctx, form, draft, tag = 'h2') {
  const h = ctx.h;
  // The draft keeps occurredAt as an instant (ISO); the input wants local time.
  if (draft && draft.occurredAt) form.elements.occurredAt.value = localInput(draft.occurredAt);
  form.querySelector('button[type=submit]').id = `${form.id}-submit`;
  sectionBefore(ctx, form, 'occurredAt', 'incidents.report.section.what', tag);
  sectionBefore(ctx, form, 'location.building', 'incidents.report.section.where', tag);
  const firstExtra = [...form.elements].find((el) => el.name && el.name.startsWith('extra.'));
  if (firstExtra) sectionBefore(ctx, form, firstExtra.name, 'incidents.report.section.extra', tag);
  sectionBefore(ctx, form, 'personsHarmed', 'incidents.report.section.after', tag);
  // A help text inside a checkbox's row reads badly; the complaint's rule goes above the police questions instead.
  const complaint = form.elements.criminalComplaintFiled;
  const helpId = `${form.id}-complaint-help`;
  form.elements.policeCalled.closest('.field').before(h('p', { class: 'help complaint-help', id: helpId }, ctx.t('incidents.report.criminalComplaintFiled.help')));
  complaint.setAttribute('aria-describedby', `${helpId} ${complaint.getAttribute('aria-describedby') || ''}`.trim());
}

function readDraft(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || '{}');
  } catch (e) {
    return {};
  }
}

/** Puts a heading before a field's block, so that the long form reads in three parts. */
function sectionBefore(ctx, form, fieldName, key, tag = 'h2') {
  const control = form.querySelector(`#${CSS.escape(`${form.id}-${fieldName.replace(/[^a-zA-Z0-9_-]/g, '-')}`)}`);
  const block = control && (control.closest('.field') || control);
  if (block) block.before(ctx.h(tag, null, ctx.t(key)));
}

/** Below the level choice: the level the rules suggest for the chosen kind. */
async function suggestLevels(ctx, form) {
  let rules;
  try {
    rules = await ctx.api.get('/api/incidents/rules');
  } catch (e) {
    return;
  }
  const help = form.querySelector(`#${form.id}-level-help`);
  const kind = form.elements.kind;
  if (!help || !kind || !rules || !rules.suggestedLevels) return;
  const update = () => {
    const level = rules.suggestedLevels[kind.value];
    help.textContent = level === undefined ? ctx.t('incidents.report.level.help')
      : ctx.t('incidents.report.level.suggested', { kind: kindLabel(ctx, kind.value), level: levelLabel(ctx, level) });
  };
  kind.addEventListener('change', update);
  update();
}

/**
 * The confirmation replaces the form without a new address: a link to the address already shown would change
 * nothing, so it asks the shell to show that address again.
 */
function sameAddress(event) {
  if (event.currentTarget.getAttribute('href') !== location.hash) return;
  event.preventDefault();
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function confirmation(ctx, main, incident) {
  const h = ctx.h;
  const number = String(incident.id);
  const heading = h('h1', { tabindex: '-1', id: 'incident-confirmation-title' },
    ctx.t('incidents.report.confirmation.title', { number }));
  ctx.show(main, h('section', { id: 'incident-confirmation', 'aria-labelledby': 'incident-confirmation-title' },
    heading,
    h('p', { class: 'notice' }, ctx.t('incidents.report.confirmation.numberLabel'), ' ',
      h('strong', { id: 'incident-number' }, number)),
    h('p', null, ctx.t('incidents.report.confirmation.text')),
    incident.level >= 2 ? h('p', { class: 'notice warn' }, ctx.t('incidents.report.confirmation.mandatory')) : null,
    h('ul', { class: 'links' },
      h('li', null, h('a', { href: '#/incidents/mine', id: 'incident-confirmation-mine', onclick: sameAddress }, ctx.t('incidents.report.confirmation.mine'))),
      h('li', null, h('a', { href: `#/incidents/mine/${number}`, id: 'incident-confirmation-view', onclick: sameAddress }, ctx.t('incidents.report.confirmation.view'))),
      h('li', null, h('a', { href: '#/incidents/report', id: 'incident-confirmation-another', onclick: sameAddress }, ctx.t('incidents.report.confirmation.another'))))));
  setTitle(ctx, heading.textContent);
  heading.focus();
  window.scrollTo(0, 0);
}

async function reportPage(ctx, main, rebuilt) {
  ensureStyles();
  const h = ctx.h;
  const draftKey = `zks.draft.incident.${ctx.me.name}`;
  const draft = readDraft(draftKey);
  const idempotencyKey = randomKey();
  const defaultUnit = (ctx.me.units || [])[0] || '';
  const unit = draft.unit || defaultUnit;
  const extras = await declaredExtras(ctx, unit);
  const fields = reportFields(ctx, unit, extras);
  const form = ctx.form({
    id: 'incident-report',
    fields,
    draftKey,
    values: { occurredAt: localInput(), unit: defaultUnit },
    submitLabel: ctx.t('incidents.report.submit'),
    async onSubmit(values) {
      let created;
      try {
        created = await ctx.api.post('/api/incidents', normaliseLevel(values), { headers: { 'Idempotency-Key': idempotencyKey } });
      } catch (e) {
        throw translate(ctx, e);
      }
      localStorage.removeItem(draftKey);
      confirmation(ctx, main, created);
    },
  });
  decorate(ctx, form, draft);
  // Another unit may have other extra fields: keep what was entered as the draft and build the form anew.
  form.elements.unit.addEventListener('change', async () => {
    const next = await declaredExtras(ctx, form.elements.unit.value.trim());
    if (next.map((f) => f.name).join() === extras.map((f) => f.name).join()) return;
    const active = document.activeElement;
    const focused = active && active.id && form.contains(active) ? active.id : 'incident-report-unit';
    localStorage.setItem(draftKey, JSON.stringify(ctx.formValues(form, fields)));
    main.replaceChildren();
    await reportPage(ctx, main, true);
    const target = document.getElementById(focused) || document.getElementById('incident-report-unit');
    if (target) target.focus();
  });
  if (rebuilt) form.querySelectorAll(':scope > .notice').forEach((n) => n.remove());
  main.append(
    h('h1', null, ctx.t('incidents.report.title')),
    h('p', { class: 'notice danger' }, ctx.t('incidents.report.emergency')),
    h('p', null, ctx.t('incidents.report.intro')),
    form);
  await suggestLevels(ctx, form);
}

// ---------------------------------------------------------------- my reports

async function minePage(ctx, main, { args, query }) {
  ensureStyles();
  if (args.length) return mineDetail(ctx, main, args[0]);
  const h = ctx.h;
  const offset = Math.max(0, parseInt(query.get('offset') || '0', 10) || 0);
  const page = await ctx.api.get(`/api/incidents?reportedBy=${encodeURIComponent(ctx.me.name)}&sort=-reportedAt&offset=${offset}&limit=${PAGE}`);
  const rows = page.items || [];
  main.append(h('h1', null, ctx.t('incidents.mine.title')),
    h('p', null, ctx.t('incidents.mine.intro'), ' ', h('a', { href: '#/incidents/report' }, ctx.t('incidents.mine.new'))));
  const caption = ctx.t('incidents.mine.caption', { from: rows.length ? offset + 1 : 0, to: offset + rows.length, total: page.total });
  const table = ctx.table(caption, [
    { label: ctx.t('incidents.mine.col.number'), value: (r) => h('a', { href: `#/incidents/mine/${r.id}`, 'aria-label': ctx.t('incidents.mine.number', { number: r.id }) }, String(r.id)) },
    { label: ctx.t('incidents.mine.col.status'), value: (r) => h('span', { 'data-status': r.status }, statusLabel(ctx, r.status)) },
    { label: ctx.t('incidents.mine.col.occurredAt'), value: (r) => ctx.formatDateTime(r.occurredAt) },
    { label: ctx.t('incidents.mine.col.kind'), value: (r) => kindLabel(ctx, r.kind) },
    { label: ctx.t('incidents.mine.col.level'), value: (r) => levelBadge(ctx, r.level) },
    { label: ctx.t('incidents.mine.col.reportedAt'), value: (r) => ctx.formatDateTime(r.reportedAt) },
  ], rows, ctx.t('incidents.mine.empty'));
  const tableEl = table.querySelector('table');
  if (tableEl) tableEl.id = 'my-reports';
  else table.id = 'my-reports-empty';
  main.append(table);
  if (offset > 0 || offset + rows.length < page.total) {
    main.append(h('nav', { 'aria-label': ctx.t('incidents.mine.pages'), class: 'actions' },
      offset > 0 ? h('a', { class: 'button', href: `#/incidents/mine?offset=${Math.max(0, offset - PAGE)}` }, ctx.t('incidents.mine.previous')) : null,
      offset + rows.length < page.total ? h('a', { class: 'button', href: `#/incidents/mine?offset=${offset + PAGE}` }, ctx.t('incidents.mine.next')) : null));
  }
}

function yesNo(ctx, value) {
  if (value === null || value === undefined) return null;
  return ctx.t(value ? 'incidents.mine.detail.yes' : 'incidents.mine.detail.no');
}

async function mineDetail(ctx, main, idText) {
  const h = ctx.h;
  const back = h('p', null, h('a', { href: '#/incidents/mine' }, ctx.t('incidents.mine.detail.back')));
  if (!/^\d+$/.test(idText)) {
    main.append(h('h1', null, ctx.t('incidents.mine.title')), h('p', null, ctx.t('incidents.mine.detail.notFound')), back);
    return;
  }
  let incident;
  let history;
  try {
    [incident, history] = await Promise.all([
      ctx.api.get(`/api/incidents/${idText}`),
      ctx.api.get(`/api/incidents/${idText}/history`),
    ]);
  } catch (e) {
    if (e instanceof ctx.ApiError && e.status === 404) {
      main.append(h('h1', null, ctx.t('incidents.mine.title')), h('p', null, ctx.t('incidents.mine.detail.notFound')), back);
      return;
    }
    throw e;
  }
  const extras = incident.erased ? [] : await declaredExtras(ctx, incident.unit);
  const t = ctx.t;
  const facts = [
    [t('incidents.mine.detail.status'), h('strong', { id: 'incident-status', 'data-status': incident.status }, statusLabel(ctx, incident.status))],
    [t('incidents.mine.detail.statusReason'), incident.statusReason],
    [t('incidents.mine.detail.reportedAt'), ctx.formatDateTime(incident.reportedAt)],
    [t('incidents.mine.detail.updatedAt'), ctx.formatDateTime(incident.updatedAt)],
    [t('incidents.report.occurredAt'), ctx.formatDateTime(incident.occurredAt)],
    [t('incidents.report.unit'), incident.unit],
    [t('incidents.mine.detail.location'), placeText(incident.location)],
    [t('incidents.report.kind'), kindLabel(ctx, incident.kind)],
    [t('incidents.report.level'), levelLabel(ctx, incident.level)],
    [t('incidents.mine.detail.suggestedLevel'), incident.suggestedLevel !== incident.level ? levelLabel(ctx, incident.suggestedLevel) : null],
    [t('incidents.report.description'), incident.description],
    [t('incidents.report.personsHarmed'), incident.personsHarmed],
    [t('incidents.report.injuries'), incident.injuries],
    [t('incidents.report.incapacityDays'), incident.incapacityDays],
    [t('incidents.report.accidentReportDue'), yesNo(ctx, incident.accidentReportDue)],
    [t('incidents.report.firstAidGiven'), yesNo(ctx, incident.firstAidGiven)],
    [t('incidents.report.aftercareOffered'), yesNo(ctx, incident.aftercareOffered)],
    [t('incidents.report.policeCalled'), yesNo(ctx, incident.policeCalled)],
    [t('incidents.report.criminalComplaintFiled'), yesNo(ctx, incident.criminalComplaintFiled)],
    [t('incidents.report.complaintFileNumber'), incident.complaintFileNumber],
    [t('incidents.report.houseBanImposed'), yesNo(ctx, incident.houseBanImposed)],
    [t('incidents.report.witnessCount'), incident.witnessCount],
    [t('incidents.report.witnessDetails'), incident.witnessDetails],
    ...Object.entries(incident.extra || {}).map(([name, value]) => [
      (extras.find((f) => f.name === name) || { label: name }).label || name, extraText(ctx, value)]),
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  ctx.show(main,
    h('h1', null, t('incidents.mine.detail.title', { number: incident.id })),
    back,
    incident.status === 'DRAFT' ? h('p', { class: 'notice warn' }, t('incidents.mine.detail.draftHint')) : null,
    incident.erased ? h('p', { class: 'notice' }, t('incidents.mine.detail.erased')) : null,
    h('h2', null, t('incidents.mine.detail.facts')),
    h('dl', { class: 'facts', id: 'incident-facts' }, facts.map(([label, value]) => [
      h('dt', null, label), h('dd', null, value)])),
    editSection(ctx, main, incident, extras),
    h('h2', null, t('incidents.mine.history.title')),
    wrapId(ctx.table(t('incidents.mine.history.caption'), [
      { label: t('incidents.mine.history.at'), value: (c) => ctx.formatDateTime(c.at) },
      { label: t('incidents.mine.history.from'), value: (c) => (c.from ? statusLabel(ctx, c.from) : t('incidents.mine.history.reported')) },
      { label: t('incidents.mine.history.to'), value: (c) => statusLabel(ctx, c.to) },
      { label: t('incidents.mine.history.by'), value: (c) => c.by || '' },
      { label: t('incidents.mine.history.reason'), value: (c) => c.reason || '' },
    ], history || [], t('incidents.mine.history.empty')), 'incident-history'));
}

/**
 * The reporter may complete a DRAFT (then it is sent: → REPORTED) and correct a report while it is REPORTED;
 * the API refuses anything later (409) and a stale version (412).
 */
function editSection(ctx, main, incident, extras) {
  if (incident.status !== 'DRAFT' && incident.status !== 'REPORTED') return null;
  const h = ctx.h;
  const t = ctx.t;
  const draft = incident.status === 'DRAFT';
  const path = `/api/incidents/${incident.id}`;
  const section = h('section', { id: 'incident-edit-section', 'aria-labelledby': 'incident-edit-title' });
  const title = h('h2', { id: 'incident-edit-title', tabindex: '-1' }, t(draft ? 'incidents.mine.edit.draftTitle' : 'incidents.mine.edit.title'));
  const open = () => {
    const draftKey = `zks.draft.incident.${ctx.me.name}.${incident.id}`;
    const saved = readDraft(draftKey);
    const values = {
      ...incident,
      occurredAt: localInput(incident.occurredAt),
      level: incident.level === null || incident.level === undefined ? undefined : String(incident.level),
    };
    const form = ctx.form({
      id: 'incident-edit',
      fields: reportFields(ctx, incident.unit, extras),
      values,
      draftKey,
      submitLabel: t(draft ? 'incidents.mine.edit.submitDraft' : 'incidents.mine.edit.save'),
      extraActions: draft ? null : h('button', { type: 'button', class: 'secondary', id: 'incident-edit-cancel', onclick: () => { localStorage.removeItem(draftKey); showClosed(); } }, t('incidents.mine.edit.cancel')),
      async onSubmit(input) {
        let result;
        try {
          result = await ctx.api.put(path, normaliseLevel(input), { headers: { 'If-Match': `"${incident.version}"` } });
          incident.version = result.version;
          if (draft) result = await ctx.api.post(`${path}/status`, { status: 'REPORTED' }, { headers: { 'If-Match': `"${result.version}"` } });
        } catch (e) {
          if (e instanceof ctx.ApiError && e.status === 412) e.message = t('incidents.mine.edit.stale');
          if (e instanceof ctx.ApiError && e.status === 409) e.message = t('incidents.mine.edit.conflict');
          throw translate(ctx, e);
        }
        localStorage.removeItem(draftKey);
        if (draft) {
          confirmation(ctx, main, result);
          return;
        }
        ctx.show(main);
        await mineDetail(ctx, main, String(incident.id));
        ctx.notify(t('incidents.mine.edit.saved'), 'ok');
        const heading = main.querySelector('h1');
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      },
    });
    decorate(ctx, form, saved, 'h3');
    // The shell's "discard draft" would read as "delete the report" on a report that is itself a draft.
    const discard = [...form.querySelectorAll('.actions button[type=button]')].find((b) => b.id !== 'incident-edit-cancel');
    if (discard) {
      discard.id = 'incident-edit-reset';
      discard.textContent = t('incidents.mine.edit.reset');
    }
    ctx.show(section, title, h('p', null, t('incidents.mine.edit.hint')), form);
    return form;
  };
  const closed = () => ctx.show(section, h('p', null, h('button', {
    type: 'button', id: 'incident-edit-open', onclick: () => { open(); title.focus(); },
  }, t('incidents.mine.edit.open'))));
  const showClosed = () => { closed(); section.querySelector('button').focus(); };
  if (draft || Object.keys(readDraft(`zks.draft.incident.${ctx.me.name}.${incident.id}`)).length) open();
  else closed();
  return section;
}

function wrapId(el, id) {
  const table = el.querySelector && el.querySelector('table');
  (table || el).id = id;
  return el;
}

// ---------------------------------------------------------------- risk notices on the start page

async function startBox(ctx, box, headingId) {
  ensureStyles();
  if (!staff(ctx) && !ctx.hasRole('responder')) return;
  const h = ctx.h;
  let notices;
  try {
    notices = await ctx.api.get('/api/incidents/notices/current');
  } catch (e) {
    if (e instanceof ctx.ApiError && e.status === 403) return;
    throw e;
  }
  notices = notices || [];
  const t = ctx.t;
  // Drafts waiting for their reporter (e.g. prepared by a closed silent alarm) are easily forgotten.
  let drafts = [];
  if (staff(ctx)) {
    try {
      drafts = (await ctx.api.get(`/api/incidents?status=DRAFT&reportedBy=${encodeURIComponent(ctx.me.name)}&sort=-reportedAt&limit=5`)).items || [];
    } catch (e) {
      drafts = [];
    }
  }
  box.append(h('div', { id: 'risk-notices' },
    h('h2', { id: headingId }, t('incidents.notices.title')),
    notices.length ? h('p', null, notices.length === 1 ? t('incidents.notices.one') : t('incidents.notices.count', { count: notices.length }))
      : h('p', { id: 'risk-notices-none' }, t('incidents.notices.none')),
    notices.length ? h('div', { class: 'risk-notice-list' }, notices.map((n) => h('article', { class: 'notice warn', 'data-notice': n.id, 'aria-labelledby': `risk-notice-${n.id}` },
      h('h3', { id: `risk-notice-${n.id}` }, n.title),
      h('dl', { class: 'facts' },
        h('dt', null, t('incidents.notices.unit')), h('dd', null, n.unit || t('incidents.notices.everyone')),
        placeText(n.location) ? [h('dt', null, t('incidents.notices.location')), h('dd', null, placeText(n.location))] : null,
        n.watchFor ? [h('dt', null, t('incidents.notices.watchFor')), h('dd', null, n.watchFor)] : null,
        n.whatToDo ? [h('dt', null, t('incidents.notices.whatToDo')), h('dd', null, n.whatToDo)] : null,
        h('dt', null, t('incidents.notices.validUntil')), h('dd', null, ctx.formatDateTime(n.validUntil)))))) : null,
    drafts.length ? h('div', { class: 'notice warn', id: 'incident-drafts' },
      h('p', null, drafts.length === 1 ? t('incidents.notices.draftsOne') : t('incidents.notices.drafts', { count: drafts.length })),
      h('ul', null, drafts.map((d) => h('li', null, h('a', { href: `#/incidents/mine/${d.id}` },
        t('incidents.notices.draft', { number: d.id, date: ctx.formatDateTime(d.occurredAt) })))))) : null,
    staff(ctx) ? h('p', null, t('incidents.notices.links'), ' ',
      h('a', { href: '#/incidents/report' }, t('incidents.nav.report')), ' · ',
      h('a', { href: '#/incidents/mine' }, t('incidents.nav.mine')), ' · ',
      h('a', { href: '#/incidents/check' }, t('incidents.nav.check'))) : null));
}

// ---------------------------------------------------------------- pre-contact check

async function checkPage(ctx, main) {
  ensureStyles();
  const h = ctx.h;
  const t = ctx.t;
  const result = h('div', { id: 'check-result', class: 'check-result', hidden: true });
  const fields = [
    { name: 'name', label: t('incidents.check.name'), help: t('incidents.check.name.help'), required: true, maxLength: 200, autocomplete: 'off' },
    { name: 'birthDate', label: t('incidents.check.birthDate'), help: t('incidents.check.identify.help'), type: 'date', autocomplete: 'off' },
    { name: 'fileReference', label: t('incidents.check.fileReference'), maxLength: 100, autocomplete: 'off' },
    {
      name: 'purpose', label: t('incidents.check.purpose'), type: 'radio', required: true,
      options: PURPOSES.map((p) => ({ value: p, label: t(`incidents.check.purpose.${p}`) })),
    },
  ];
  const form = ctx.form({
    id: 'warning-check',
    fields,
    submitLabel: t('incidents.check.submit'),
    async onSubmit(values, el) {
      result.hidden = true;
      result.replaceChildren();
      let answer;
      try {
        answer = await ctx.api.post('/api/incidents/warnings/check', values);
      } catch (e) {
        throw translate(ctx, e);
      }
      el.reset(); // personal data should not linger in the page
      showResult(ctx, result, answer);
    },
  });
  form.setAttribute('autocomplete', 'off');
  form.querySelector('button[type=submit]').id = 'warning-check-submit';
  main.append(h('h1', null, t('incidents.check.title')), h('p', null, t('incidents.check.intro')), form, result);
}

function showResult(ctx, result, answer) {
  const h = ctx.h;
  const t = ctx.t;
  const heading = h('h2', { tabindex: '-1', id: 'check-result-title' }, t('incidents.check.result.title'));
  const time = new Date().toLocaleTimeString(ctx.lang === 'de' ? 'de-DE' : ctx.lang, { hour: '2-digit', minute: '2-digit' });
  ctx.show(result,
    heading,
    h('div', { class: `notice ${answer.warning ? 'danger' : ''}`, 'data-warning': String(!!answer.warning) },
      h('p', { id: 'check-answer' }, h('strong', null, t(answer.warning ? 'incidents.check.result.yes' : 'incidents.check.result.no'))),
      answer.warning ? h('dl', { class: 'facts' },
        answer.level !== null && answer.level !== undefined
          ? [h('dt', null, t('incidents.check.result.level')), h('dd', { id: 'check-level', 'data-level': answer.level }, levelLabel(ctx, answer.level))] : null,
        answer.advice ? [h('dt', null, t('incidents.check.result.advice')), h('dd', { id: 'check-advice' }, answer.advice)] : null) : null,
      answer.fuzzy ? h('p', { id: 'check-fuzzy' }, t('incidents.check.result.fuzzy')) : null),
    h('p', { class: 'help' }, t('incidents.check.result.time', { time })),
    h('p', null, h('button', {
      type: 'button', class: 'secondary', id: 'check-result-clear',
      onclick: () => { result.replaceChildren(); result.hidden = true; document.getElementById('warning-check-name').focus(); },
    }, t('incidents.check.result.clear'))));
  result.hidden = false;
  heading.focus();
}

export default {
  nav(ctx) {
    if (!staff(ctx)) return [];
    return [
      { route: 'incidents/report', label: ctx.t('incidents.nav.report') },
      { route: 'incidents/mine', label: ctx.t('incidents.nav.mine') },
      { route: 'incidents/check', label: ctx.t('incidents.nav.check') },
    ];
  },
  routes: {
    'incidents/report': (ctx, main) => reportPage(ctx, main),
    'incidents/mine': (ctx, main, params) => minePage(ctx, main, params),
    'incidents/check': (ctx, main) => checkPage(ctx, main),
  },
  start: startBox,
};
