// The shell of the ZKS web page: login, navigation, texts, and the parts of the installed modules.
// A part is an ES module at /web/{name}/part.js (docs/web.md) whose default export is
//   { order, init(ctx), nav(ctx) -> [{route, label}], routes: {route: (ctx, main, args) => ...}, start(ctx, box) }
// Every text comes from i18n/{language}.json of the shell or of the part; nothing is written into the DOM as HTML.

const HEADER = { 'X-ZKS-Request': '1' };
const state = { config: null, me: null, lang: 'de', texts: {}, parts: [], moduleNames: '', routes: {}, current: null };

/** An error answer of the API (problem+json): status, title, detail and the offending fields. */
export class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || String(status));
    this.status = status;
    this.problem = problem;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

// ---------------------------------------------------------------- texts

function lookup(table, key) {
  return table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * The text for a key in the current language, with {name} placeholders filled in. When vars.total is 1 and the
 * language has a text "{key}.one", that one is taken ("1 Vorfall", not "1 Vorfälle").
 */
export function t(key, vars) {
  let text;
  const keys = vars && vars.total === 1 ? [`${key}.one`, key] : [key];
  for (const scope of [key.split('.')[0], 'shell']) {
    for (const k of keys) {
      text = lookup(state.texts[scope], k);
      if (text !== undefined) break;
    }
    if (text !== undefined) break;
  }
  if (text === undefined) {
    console.warn('Missing text', key);
    text = key;
  }
  return vars ? text.replace(/\{(\w+)\}/g, (m, name) => (vars[name] ?? m)) : text;
}

async function loadTexts(scope, base) {
  for (const lang of [state.lang, 'de']) {
    const res = await fetch(`${base}i18n/${lang}.json`, { credentials: 'same-origin' });
    if (res.ok) {
      state.texts[scope] = await res.json();
      return;
    }
  }
  state.texts[scope] = {};
}

// ---------------------------------------------------------------- DOM

/**
 * Creates an element: h('button', {class: 'primary', onclick: fn, 'aria-label': '…'}, 'text', child…).
 * Strings become text nodes, so data from the API can never become markup.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value' && 'value' in el) el.value = value;
    else if (key === 'checked' || key === 'selected') el[key] = !!value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of an element. */
export function show(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Tells screen readers and sighted users something without moving the focus. */
export function notify(message, kind = 'info') {
  const status = document.getElementById('status');
  status.className = `status status-${kind}`;
  status.textContent = message;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { status.textContent = ''; status.className = 'status'; }, 8000);
}

/** Dates and times as Cologne reads them. */
export function formatDateTime(value) {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value)
    : date.toLocaleString(state.lang === 'de' ? 'de-DE' : state.lang, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  return Number.isNaN(date.getTime()) ? String(value)
    : date.toLocaleDateString(state.lang === 'de' ? 'de-DE' : state.lang, { dateStyle: 'medium' });
}

// ---------------------------------------------------------------- API

async function request(method, path, body, options = {}) {
  const init = { method, credentials: 'same-origin', headers: { ...HEADER, Accept: 'application/json, application/problem+json' } };
  Object.assign(init.headers, options.headers || {});
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError({ title: t('shell.error.network'), detail: t('shell.error.network') }, 0);
  }
  if (!res.ok) {
    let problem;
    try { problem = await res.json(); } catch (e) { problem = { title: res.statusText || String(res.status) }; }
    if (res.status === 401 && !options.noLogin && state.me) {
      loggedOut(t('shell.login.expired'));
    }
    throw new ApiError(problem, res.status);
  }
  if (options.raw) return res;
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  return type.includes('json') ? res.json() : res.text();
}

/** The API as the page uses it: the session cookie and the page's header go with every request. */
export const api = {
  get: (path, options) => request('GET', path, undefined, options),
  post: (path, body, options) => request('POST', path, body === undefined ? {} : body, options),
  put: (path, body, options) => request('PUT', path, body, options),
  del: (path, options) => request('DELETE', path, undefined, options),
  /** GET with the answer's ETag, for a later PUT with If-Match: {body, etag}. */
  async versioned(path) {
    const res = await request('GET', path, undefined, { raw: true });
    return { body: await res.json(), etag: res.headers.get('ETag') };
  },
  /** Downloads an answer (CSV, calendar, PDF) as a file. */
  async download(path, filename) {
    const res = await request('GET', path, undefined, { raw: true, headers: { Accept: '*/*' } });
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: filename, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },
};

// ---------------------------------------------------------------- forms

function setPath(target, path, value) {
  const keys = path.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key) => { node = node[key] = node[key] || {}; });
  node[keys[keys.length - 1]] = value;
}

function fieldId(formId, name) {
  return `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** An instant (as the API and a kept draft hold it) as an <input type=datetime-local> shows it: local, to the minute. */
function localDateTime(value) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function fieldControl(formId, field, value) {
  const id = fieldId(formId, field.name);
  const described = [field.help ? `${id}-help` : null, `${id}-error`].filter(Boolean).join(' ');
  const common = { id, name: field.name, 'aria-describedby': described, required: field.required, autocomplete: field.autocomplete };
  if (field.type === 'textarea') {
    return h('textarea', { ...common, rows: field.rows || 5, maxlength: field.maxLength }, value ?? '');
  }
  if (field.type === 'select') {
    return h('select', common,
      field.required ? null : h('option', { value: '' }, t('shell.form.none')),
      field.required && value == null ? h('option', { value: '', disabled: true, selected: true }, t('shell.form.choose')) : null,
      field.options.map((o) => h('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label)));
  }
  if (field.type === 'checkbox') {
    return h('input', { ...common, type: 'checkbox', checked: !!value });
  }
  if (field.type === 'datetime-local' && value) value = localDateTime(value);
  return h('input', {
    ...common, type: field.type || 'text', value: value ?? '', maxlength: field.maxLength,
    min: field.min, max: field.max, step: field.step, inputmode: field.inputmode, placeholder: field.placeholder,
  });
}

function radioGroup(formId, field, value) {
  const id = fieldId(formId, field.name);
  return h('fieldset', { class: 'field radio-group', id, 'aria-describedby': `${id}-error` },
    h('legend', null, field.label, field.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    field.help ? h('p', { class: 'help', id: `${id}-help` }, field.help) : null,
    field.options.map((o, i) => h('div', { class: 'radio' },
      h('input', {
        type: 'radio', id: `${id}-${i}`, name: field.name, value: o.value, checked: String(o.value) === String(value ?? ''),
        required: field.required, 'aria-describedby': o.help ? `${id}-${i}-help` : null,
      }),
      h('label', { for: `${id}-${i}` }, h('strong', null, o.label), o.help ? h('span', { class: 'option-help', id: `${id}-${i}-help` }, o.help) : null))),
    h('p', { class: 'field-error', id: `${id}-error` }));
}

/** The values of a form as the API wants them (nested by dotted names, numbers as numbers, blanks left out). */
export function formValues(form, fields) {
  const values = {};
  for (const field of fields) {
    const elements = form.elements[field.name];
    if (!elements) continue;
    let value;
    if (field.type === 'checkbox') value = elements.checked;
    else if (field.type === 'radio') value = (form.querySelector(`input[name="${CSS.escape(field.name)}"]:checked`) || {}).value;
    else value = elements.value;
    if (value === '' || value === undefined) continue;
    if (field.type === 'number' || field.numeric) value = Number(value);
    if (field.type === 'datetime-local' && value) value = new Date(value).toISOString();
    if (field.list && typeof value === 'string') value = value.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
    setPath(values, field.name, value);
  }
  return values;
}

/** Shows the API's field errors beside the fields and in a summary at the top that takes the focus. */
export function showErrors(form, error) {
  form.querySelectorAll('.field-error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  const summary = form.querySelector('.error-summary');
  if (!error) {
    summary.hidden = true;
    return;
  }
  const items = [];
  for (const fieldError of error.errors || []) {
    const id = fieldId(form.id, fieldError.field);
    const target = document.getElementById(id);
    const message = document.getElementById(`${id}-error`);
    if (target && message) {
      message.textContent = fieldError.message;
      target.setAttribute('aria-invalid', 'true');
      items.push(h('li', null, h('a', { href: `#${id}`, onclick: (e) => { e.preventDefault(); target.focus(); } }, `${labelOf(form, id) || fieldError.field}: ${fieldError.message}`)));
    } else {
      items.push(h('li', null, `${fieldError.field}: ${fieldError.message}`));
    }
  }
  show(summary, h('h2', null, error.status === 0 ? t('shell.error.network') : t('shell.form.errors')),
    error.errors && error.errors.length ? null : h('p', null, error.message),
    items.length ? h('ul', null, items) : null);
  summary.hidden = false;
  summary.focus();
}

function labelOf(form, id) {
  const label = form.querySelector(`label[for="${CSS.escape(id)}"]`) || form.querySelector(`#${CSS.escape(id)} > legend`);
  return label ? label.firstChild.textContent : null;
}

/**
 * A form with labelled fields, help texts, an error summary, and (with draftKey) a draft kept in this browser
 * until it is sent: spec = {id, fields, submitLabel, onSubmit(values, form), draftKey, values}.
 */
export function form(spec) {
  let draft = {};
  if (spec.draftKey) {
    try { draft = JSON.parse(localStorage.getItem(spec.draftKey) || '{}'); } catch (e) { draft = {}; }
  }
  const initial = { ...(spec.values || {}), ...draft };
  const el = h('form', { id: spec.id, class: 'zks-form', novalidate: true },
    h('div', { class: 'error-summary', tabindex: '-1', role: 'alert', hidden: true }),
    spec.fields.map((field) => {
      const value = field.name.split('.').reduce((o, k) => (o == null ? undefined : o[k]), initial);
      if (field.type === 'radio') return radioGroup(spec.id, field, value);
      const id = fieldId(spec.id, field.name);
      const label = h('label', { for: id }, field.label, field.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
      const help = field.help ? h('p', { class: 'help', id: `${id}-help` }, field.help) : null;
      const control = fieldControl(spec.id, field, value);
      const error = h('p', { class: 'field-error', id: `${id}-error` });
      // a checkbox stands before its label; every other control below its label and help
      return h('div', { class: `field field-${field.type || 'text'}` },
        field.type === 'checkbox' ? [control, label, help, error] : [label, help, control, error]);
    }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, spec.submitLabel || t('shell.form.send')),
      spec.draftKey ? h('button', { type: 'button', class: 'secondary', onclick: () => { localStorage.removeItem(spec.draftKey); el.reset(); notify(t('shell.form.draftDiscarded')); } }, t('shell.form.discard')) : null,
      spec.extraActions || null));
  if (spec.draftKey) {
    let timer;
    el.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => localStorage.setItem(spec.draftKey, JSON.stringify(formValues(el, spec.fields))), 300);
    });
    if (Object.keys(draft).length) el.prepend(h('p', { class: 'notice' }, t('shell.form.draftRestored')));
  }
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = el.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      showErrors(el, null);
      await spec.onSubmit(formValues(el, spec.fields), el);
      if (spec.draftKey) localStorage.removeItem(spec.draftKey);
    } catch (e) {
      if (e instanceof ApiError) showErrors(el, e);
      else throw e;
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

/** A table with a caption and column headers: columns = [{label, value(row) -> text or node}]. */
export function table(caption, columns, rows, empty) {
  if (!rows.length) return h('p', { class: 'empty' }, empty || t('shell.table.empty'));
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', null,
      h('caption', null, caption),
      h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c.label)))),
      h('tbody', null, rows.map((row) => h('tr', null, columns.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c.value(row)) : h('td', null, c.value(row)))))))));
}

/** Shows an error of the API where a page's content would be. */
export function failed(main, error) {
  show(main, h('h1', { tabindex: '-1' }, t('shell.error.title')), h('p', { class: 'error' }, error.message || String(error)));
}

// ---------------------------------------------------------------- shortcuts

/** Parses "Ctrl+Alt+A" into a matcher of keydown events; null for an empty or malformed shortcut. */
export function parseShortcut(text) {
  if (!text) return null;
  const parts = text.split('+').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const key = parts.pop();
  if (!key) return null;
  const mods = { ctrl: false, alt: false, shift: false, meta: false };
  for (const p of parts) {
    if (!(p in mods)) return null;
    mods[p] = true;
  }
  return (e) => e.ctrlKey === mods.ctrl && e.altKey === mods.alt && e.shiftKey === mods.shift && e.metaKey === mods.meta
    && (e.key.toLowerCase() === key || e.code.toLowerCase() === `key${key}` || e.code.toLowerCase() === key);
}

// ---------------------------------------------------------------- parts and routing

function context(partName) {
  return {
    part: partName, me: state.me, config: state.config, lang: state.lang, t, h, show, api, notify, form, formValues,
    showErrors, table, failed, formatDate, formatDateTime, parseShortcut, ApiError,
    hasRole: (...roles) => roles.some((r) => state.me.roles.includes(r)),
    hasPart: (name) => state.parts.some((p) => p.name === name),
    go: (route) => { location.hash = `#/${route}`; },
    headerTools: document.getElementById('header-tools'),
    keepAlive,
  };
}

async function loadParts() {
  const [modules, parts] = await Promise.all([
    api.get('/api/platform/modules'),
    fetch('/web/parts.json', { credentials: 'same-origin' }).then((r) => r.json()),
  ]);
  const active = new Set(modules.filter((m) => m.state === 'ACTIVE').map((m) => m.name));
  const wanted = parts.filter((p) => active.has(p.name));
  const key = wanted.map((p) => `${p.name}@${p.version}`).join(',');
  if (key === state.moduleNames) return false;
  state.moduleNames = key;
  document.getElementById('header-tools').querySelectorAll('[data-part]').forEach((el) => el.remove());
  state.parts.forEach((p) => p.module.stop && p.module.stop());
  const loaded = [];
  for (const part of wanted) {
    try {
      const module = (await import(`${part.script}?v=${encodeURIComponent(part.version)}`)).default;
      await loadTexts(part.name, `/web/${part.name}/`);
      loaded.push({ name: part.name, module });
    } catch (e) {
      console.error('Web part failed to load', part.name, e);
    }
  }
  loaded.sort((a, b) => (a.module.order ?? 100) - (b.module.order ?? 100));
  state.parts = loaded;
  state.routes = {};
  for (const part of loaded) {
    for (const [route, render] of Object.entries(part.module.routes || {})) state.routes[route] = { part: part.name, render };
  }
  for (const part of loaded) {
    if (part.module.init) {
      try { await part.module.init(context(part.name)); } catch (e) { console.error('Web part failed to start', part.name, e); }
    }
  }
  renderNav();
  return true;
}

function renderNav() {
  const nav = document.getElementById('nav');
  const items = [{ route: '', label: t('shell.nav.start') }];
  for (const part of state.parts) {
    if (part.module.nav) items.push(...part.module.nav(context(part.name)));
  }
  const current = currentRoute().route;
  show(nav, h('ul', null, items.map((item) => h('li', null, h('a', {
    href: `#/${item.route}`, 'aria-current': current === item.route ? 'page' : null,
  }, item.label)))));
}

function currentRoute() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  const [path, query] = hash.split('?');
  const segments = path.split('/').filter(Boolean);
  for (let n = segments.length; n > 0; n--) {
    const route = segments.slice(0, n).join('/');
    if (state.routes[route]) return { route, args: segments.slice(n), query: new URLSearchParams(query || '') };
  }
  return { route: segments.length ? null : '', args: segments, query: new URLSearchParams(query || '') };
}

async function route() {
  if (!state.me) return;
  const main = document.getElementById('main');
  try {
    await loadParts();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
  }
  const { route: name, args, query } = currentRoute();
  renderNav();
  main.replaceChildren();
  try {
    if (name === '') await startPage(main);
    else if (name === null) show(main, h('h1', { tabindex: '-1' }, t('shell.notFound.title')), h('p', null, t('shell.notFound.text')), h('p', null, h('a', { href: '#/' }, t('shell.nav.start'))));
    else {
      const entry = state.routes[name];
      await entry.render(context(entry.part), main, { args, query });
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    console.error(e);
    failed(main, e);
  }
  const heading = main.querySelector('h1');
  document.title = `${heading ? heading.textContent : ''} – ${t('shell.title')}`;
  if (state.current !== null && heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  state.current = name;
}

async function startPage(main) {
  main.append(h('h1', null, t('shell.start.title', { name: state.me.displayName || state.me.name })));
  if (!state.parts.length) main.append(h('p', null, t('shell.start.noModules')));
  for (const part of state.parts) {
    if (!part.module.start) continue;
    // filled before it is shown: an empty box on the page has no heading to name it (axe, CI 2026-11-28)
    const box = h('section', { class: 'start-box', 'aria-labelledby': `start-${part.name}` });
    try {
      await part.module.start(context(part.name), box, `start-${part.name}`);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) show(box, h('h2', { id: `start-${part.name}` }, part.name), h('p', { class: 'error' }, e.message));
    }
    if (box.childNodes.length) main.append(box);
  }
}

// ---------------------------------------------------------------- session

let keepAliveTimer = null;
let lastActivity = Date.now();

/** Keeps the session open while the page is in use; always (forever = true) for a board or a kiosk. */
function keepAlive(forever) {
  clearInterval(keepAliveTimer);
  keepAliveTimer = setInterval(() => {
    if (state.me && (forever || Date.now() - lastActivity < 5 * 60 * 1000)) {
      api.get('/api/platform/session').catch(() => {});
    }
  }, 4 * 60 * 1000);
}

function loggedOut(message) {
  state.me = null;
  state.moduleNames = '';
  state.parts.forEach((p) => p.module.stop && p.module.stop());
  state.parts = [];
  show(document.getElementById('nav'));
  document.getElementById('header-tools').replaceChildren();
  loginPage(message);
}

function loginPage(message) {
  const main = document.getElementById('main');
  const fields = [
    { name: 'user', label: t('shell.login.user'), required: true, autocomplete: 'username', maxLength: 256 },
    { name: 'password', label: t('shell.login.password'), type: 'password', required: true, autocomplete: 'current-password', maxLength: 1024 },
  ];
  show(main,
    h('h1', { tabindex: '-1' }, t('shell.login.title')),
    message ? h('p', { class: 'notice', role: 'alert' }, message) : null,
    h('p', null, t('shell.login.intro')),
    form({
      id: 'login', fields, submitLabel: t('shell.login.submit'),
      async onSubmit(values, el) {
        try {
          state.me = await api.post('/api/platform/session', values, { noLogin: true });
        } catch (e) {
          if (e.status === 401) {
            el.elements.password.value = '';
            throw new ApiError({ title: t('shell.login.failed'), detail: t('shell.login.failed') }, 401);
          }
          throw e;
        }
        await afterLogin();
      },
    }));
  document.title = `${t('shell.login.title')} – ${t('shell.title')}`;
  main.querySelector('input').focus();
}

async function afterLogin() {
  renderUser();
  state.current = null;
  await route();
  keepAlive(false);
}

function renderUser() {
  const tools = document.getElementById('header-tools');
  tools.querySelectorAll('[data-shell]').forEach((el) => el.remove());
  tools.append(
    h('span', { class: 'user', 'data-shell': 'user' }, state.me.displayName || state.me.name),
    h('button', {
      type: 'button', class: 'link', 'data-shell': 'logout',
      async onclick() {
        await api.del('/api/platform/session', { noLogin: true }).catch(() => {});
        loggedOut(t('shell.login.loggedOut'));
      },
    }, t('shell.logout')));
}

function renderFooter() {
  const select = h('select', {
    id: 'language',
    onchange: (e) => { localStorage.setItem('zks.lang', e.target.value); location.reload(); },
  }, state.config.languages.map((l) => h('option', { value: l, selected: l === state.lang }, t(`shell.language.${l}`))));
  show(document.getElementById('footer'),
    h('p', null, t('shell.footer')),
    h('p', null, h('label', { for: 'language' }, t('shell.language'), ' '), select, ' · ',
      h('a', { href: '/api/docs/' }, t('shell.apiDocs'))));
}

async function boot() {
  state.config = await fetch('/web/config.json', { credentials: 'same-origin' }).then((r) => r.json());
  const chosen = localStorage.getItem('zks.lang');
  state.lang = state.config.languages.includes(chosen) ? chosen : state.config.language;
  document.documentElement.lang = state.lang;
  await loadTexts('shell', '/shell/');
  document.getElementById('skip-link').textContent = t('shell.skip');
  document.getElementById('nav').setAttribute('aria-label', t('shell.nav.label'));
  document.getElementById('brand-link').textContent = t('shell.title');
  renderFooter();
  ['keydown', 'pointerdown'].forEach((type) => window.addEventListener(type, () => { lastActivity = Date.now(); }, { passive: true }));
  window.addEventListener('hashchange', route);
  try {
    state.me = await api.get('/api/platform/session', { noLogin: true });
  } catch (e) {
    loginPage();
    return;
  }
  await afterLogin();
}

boot();
