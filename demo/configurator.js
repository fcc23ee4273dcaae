/**
 * The configurator (demo/configurator.html; dist/configurator.html after a build): a portal owner picks a
 * feed, an element, its attributes and its `--news-*` properties, sees the widget live, and copies a
 * snippet. Everything it offers is read at runtime from custom-elements.json, the manifest the build
 * writes from the elements' JSDoc, so the page never lists an attribute the library does not have.
 *
 * Plain JavaScript, no build step: the same file runs on the dev server and from dist/.
 * Everything the owner types is untrusted in the snippet: attribute values are HTML-escaped, URLs
 * must be http(s) or relative, CSS values must pass `checkCss` (no `;`, braces, `<`, `url()`, ...).
 */

/**
 * Where the manifest is: beside the page (dist/, and the dev server, whose middleware writes it from
 * the sources: vite.configurator.ts), else the repository's dist/ (a static server at the repository's
 * root, such as the test runner's).
 */
const MANIFEST_URLS = ['./custom-elements.json', '../dist/custom-elements.json'];

/**
 * The demo's feeds, offered where the page's root asks for them (`data-offer-demo-feeds`: demo/, not the
 * copy in dist/, which has no feeds) and they answer.
 */
const DEMO_FEEDS = [
  { path: 'feeds/cong-thong-tin.json', label: 'Cổng thông tin điện tử tỉnh (tiếng Việt)' },
  { path: 'feeds/tin-tuc-su-kien.json', label: 'Tin tức – sự kiện của trường (tiếng Việt)' },
  { path: 'feeds/school-news.en.json', label: 'School news (English)' },
];

export const DEFAULT_SCRIPT_URL = 'https://your-portal.example/news-widgets/news-widgets.js';

/** Elements in the order an owner most often wants them; any other the manifest has comes after. */
const ELEMENT_ORDER = ['news-list', 'news-card', 'news-breadcrumb', 'news-article'];

/** The feed's attribute: set in the feed panel, not among the options. */
const FEED_ATTRIBUTE = 'src';

/** Attributes whose value is a URL (or a URL template), checked as feed URLs are. */
const URL_ATTRIBUTES = new Set(['src', 'proxy', 'url-base', 'article-href']);

/** Suggestions for the font property (a text field: any font stack is allowed). */
const FONT_SUGGESTIONS = ['inherit', 'system-ui, sans-serif', "'Noto Sans', Arial, sans-serif", "Roboto, 'Segoe UI', sans-serif", 'Georgia, serif', "'Times New Roman', serif"];

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PROPERTY_NAME = /^--[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---------------------------------------------------------------------------------------------------
// Untrusted input: escaping and checks (pure; exported for the tests)

/** Text as an HTML attribute value (between double quotes) or as text. */
export const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

/**
 * Whether a URL (or several, separated by spaces, as `src` takes them) is http(s) or relative: never
 * `javascript:`, `data:` and the like. Template braces (`{id}`, `{url}`) are allowed.
 */
export function isSafeUrl(value) {
  const urls = String(value).trim().split(/\s+/).filter(Boolean);
  if (!urls.length) return false;
  return urls.every((url) => {
    // Control characters and markup have no place in a URL an owner types.
    if (/[\u0000-\u001f\u007f<>"'`\\]/.test(url)) return false;
    try {
      return ['http:', 'https:'].includes(new URL(url.replace(/[{}]/g, ''), 'https://portal.example/').protocol);
    } catch {
      return false;
    }
  });
}

/** The CSS functions a value may call: colours, maths and variables. Anything else (url(), image(), expression(), ...) is refused. */
const CSS_FUNCTIONS = new Set([
  'var', 'calc', 'min', 'max', 'clamp', 'round', 'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix', 'light-dark',
]);

/**
 * Why a CSS value cannot go into the snippet's `<style>`, or '' when it can. A value is one declaration's
 * value: nothing that ends it or its rule (`;`, `{`, `}`), opens markup (`<`), comments the rest out,
 * escapes a character, loads a resource (url(), image-set(), @import) or runs anything.
 */
export function checkCss(value) {
  const text = String(value).trim();
  if (!text) return '';
  if (text.length > 200) return 'too-long';
  if (/[;{}<>\\!@\u0000-\u001f\u007f]/.test(text) || text.includes('/*') || text.includes('*/')) return 'character';
  if (/javascript:|expression/i.test(text)) return 'function';
  // Quotes and brackets must close, each in its own order (`(` with `)`, `[` with `]`), else the rest of
  // the style would be swallowed: a browser drops a declaration, or the whole rule, at an unclosed one.
  let quote = '';
  const open = [];
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') open.push(char);
    else if ((char === ')' || char === ']') && open.pop() !== (char === ')' ? '(' : '[')) return 'unbalanced';
  }
  if (quote || open.length) return 'unbalanced';
  // Function calls outside strings: only those of the list.
  const unquoted = text.replace(/"[^"]*"|'[^']*'/g, '""');
  for (const [, name] of unquoted.matchAll(/([\w-]*)\s*\(/g)) if (!CSS_FUNCTIONS.has(name.toLowerCase())) return 'function';
  return '';
}

/** The CSS property a `--news-*` property ends up in, to check a value with CSS.supports (by its name's words). */
const CHECK_AS = [
  [/color/, 'color'],
  [/font-family/, 'font-family'],
  [/font-weight/, 'font-weight'],
  [/font-size/, 'font-size'],
  [/radius/, 'border-radius'],
  [/gap/, 'column-gap'],
  [/aspect-ratio/, 'aspect-ratio'],
  [/position/, 'object-position'],
  [/focus-ring/, 'outline'],
  [/separator/, 'content'],
];

/** Whether the browser takes the value for what the property is (a colour for a colour, ...); true when unknown. */
export function fitsProperty(property, value) {
  const as = CHECK_AS.find(([pattern]) => pattern.test(property))?.[1];
  return !as || typeof CSS === 'undefined' || CSS.supports(as, value);
}

// ---------------------------------------------------------------------------------------------------
// The manifest

/** A default as the manifest writes it (`'list'`, `10`, `false`, `null`) as a control's value. */
function defaultValue(text) {
  if (text === undefined || text === null || text === 'null' || text === 'undefined') return '';
  const quoted = /^(['"`])(.*)\1$/s.exec(text);
  return quoted ? quoted[2] : String(text);
}

/** The values written `like this` in a description. */
const backticked = (description = '') => [...description.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/**
 * The control of an attribute, from its type: a union of string literals is a <select>, a boolean a
 * checkbox, a number a number field, anything else a text field. A named type the manifest does not spell
 * out (`ListLayout`, `RequestCredentials`) is read as the union of the values its description documents
 * (written `like this`, other attributes' names aside); a text field gets its documented values as suggestions.
 */
export function controlOf(attribute, attributeNames = new Set()) {
  const parts = (attribute.type?.text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  const literals = parts.map((part) => /^(['"])(.*)\1$/.exec(part)?.[2]);
  const value = defaultValue(attribute.default);
  const documented = [...new Set(backticked(attribute.description))].filter(
    (word) => /^(?:[a-z][a-z0-9-]*|_[a-z]+)$/.test(word) && !attributeNames.has(word) && word !== attribute.name,
  );
  if (parts.length && literals.every((literal) => literal !== undefined)) return { kind: 'select', options: literals, default: value };
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean', default: value === 'true' };
  if (parts.length === 1 && parts[0] === 'number') return { kind: 'number', default: value };
  if (parts.length === 1 && /^[A-Z]\w*$/.test(parts[0]) && documented.length >= 2) {
    return { kind: 'select', options: value && !documented.includes(value) ? [value, ...documented] : documented, default: value };
  }
  return { kind: 'text', suggestions: documented, default: value };
}

/**
 * The elements of a manifest (declarations with `customElement` and a tag), each with its attributes
 * (one per name), their controls, and its CSS custom properties; and which attribute names every
 * element shares.
 */
export function readManifest(manifest) {
  const elements = [];
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !NAME.test(declaration.tagName ?? '') || !declaration.tagName.includes('-')) continue;
      const attributes = [...new Map((declaration.attributes ?? []).filter((a) => NAME.test(a.name ?? '')).map((a) => [a.name, a])).values()];
      const names = new Set(attributes.map((a) => a.name));
      const cssProperties = [...new Map((declaration.cssProperties ?? []).filter((p) => PROPERTY_NAME.test(p.name ?? '')).map((p) => [p.name, p])).values()];
      elements.push({
        tag: declaration.tagName,
        name: declaration.name,
        summary: declaration.summary || declaration.description || '',
        attributes: attributes.map((a) => ({
          name: a.name,
          type: a.type?.text ?? '',
          default: a.default,
          description: a.description ?? '',
          control: controlOf(a, names),
        })),
        cssProperties: cssProperties.map((p) => ({ name: p.name, default: p.default ?? '', description: p.description ?? '' })),
      });
    }
  }
  const rank = (tag) => (ELEMENT_ORDER.includes(tag) ? ELEMENT_ORDER.indexOf(tag) : ELEMENT_ORDER.length);
  elements.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
  const shared = elements.length
    ? new Set(elements[0].attributes.map((a) => a.name).filter((name) => elements.every((e) => e.attributes.some((a) => a.name === name))))
    : new Set();
  return { elements, shared };
}

// ---------------------------------------------------------------------------------------------------
// The snippet

/** Where relative URLs are read, to look at their path. */
const URL_BASE = 'https://portal.example/';

/**
 * The head stylesheet's URL derived from the library's: news-widgets.css in the library file's folder,
 * when the URL ends in a file name (`…/news-widgets.js`, `…/news-widgets.iife.js?v=2`); '' when it does not
 * (a store that gives each file an address of its own, such as Liferay's Documents and Media:
 * `…/news-widgets.all.js/8a7c-uuid?t=…`, `/documents/d/guest/news-widgets-iife-js`), where nothing beside it can be named.
 */
export function stylesheetUrl(scriptUrl) {
  let path;
  try {
    path = new URL(String(scriptUrl).trim(), URL_BASE).pathname;
  } catch {
    return '';
  }
  if (!/\/[^/]*[^/.]\.[a-z0-9]+$/i.test(path)) return '';
  return String(scriptUrl).trim().replace(/[^/?#]*(?:[?#].*)?$/, 'news-widgets.css');
}

/**
 * What the library's URL says of its file: 'classic' for the classic build (news-widgets.iife.js), 'module'
 * for another file of dist/ (news-widgets.js, news-widgets.all.js, news-widgets.listing.js, autoload.js),
 * '' when it names none of them. The file's name may be anywhere in the path, its dots made dashes
 * (`/documents/d/guest/news-widgets-iife-js`); the last one named counts.
 */
export function scriptKindOf(scriptUrl) {
  let path;
  try {
    path = decodeURIComponent(new URL(String(scriptUrl).trim(), URL_BASE).pathname);
  } catch {
    return '';
  }
  const named = [...path.matchAll(/(?:news-widgets(?:[.-](?:all|iife|listing))?|autoload)[.-]m?js(?![\w])/gi)].at(-1)?.[0];
  return named ? (/iife/i.test(named) ? 'classic' : 'module') : '';
}

/** The declarations that may be written: custom properties with checked values. */
const writable = (css) => css.filter(([name, value]) => PROPERTY_NAME.test(name) && value.trim() && !checkCss(value));

/**
 * The class that scopes a snippet's rule to its own element: `news-w-` and a hash of the element's name and
 * its declarations. The same style gets the same class (while the page is open, and after), another style
 * another class: two snippets pasted in one page keep their own colours, and an element of that kind
 * elsewhere on the page keeps its own.
 */
export function styleClass(tag, css) {
  let hash = 0x811c9dc5;
  for (const char of `${tag}{${writable(css).map(([name, value]) => `${name}:${value.trim()}`).join(';')}}`) {
    hash = Math.imul(hash ^ char.codePointAt(0), 0x01000193);
  }
  return `news-w-${(hash >>> 0).toString(36)}`;
}

/**
 * The snippet's CSS rule alone (what goes in its `<style>`, or in the portal's stylesheet on a page whose
 * Content Security Policy refuses inline styles): the element with its class, its properties. '' without any.
 */
export function cssRule({ tag, css, className }) {
  const declarations = writable(css);
  if (!declarations.length) return '';
  const scope = className ?? styleClass(tag, css);
  return `${tag}.${scope} {\n${declarations.map(([name, value]) => `  ${name}: ${value.trim()};\n`).join('')}}\n`;
}

/**
 * The snippet: the stylesheet and script tags, the element with its attributes, a `<style>` with its
 * properties, scoped to the element by a class. `config` holds values already checked: { tag,
 * attributes: [name, value | true][], css: [name, value][], scriptUrl, stylesheet, and optionally
 * stylesheetUrl (else derived from scriptUrl), scriptType ('module' | 'classic'; else told by
 * scriptUrl's name, module when it does not tell), className (else styleClass) }. Attribute values are
 * escaped here all the same.
 */
export function buildSnippet({ tag, attributes, css, scriptUrl, stylesheet, stylesheetUrl: sheet, scriptType, className }) {
  if (!NAME.test(tag)) throw new Error(`not an element name: ${tag}`);
  const lines = [];
  const href = stylesheet ? (sheet ?? stylesheetUrl(scriptUrl)) : '';
  if (href) lines.push(`<link rel="stylesheet" href="${escapeHtml(href)}" />`);
  // The classic build is a classic script; every other file of dist/ is an ES module.
  const classic = (scriptType || scriptKindOf(scriptUrl)) === 'classic';
  lines.push(classic ? `<script src="${escapeHtml(scriptUrl)}" defer></script>` : `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`, '');
  const rule = cssRule({ tag, css, className });
  const scope = rule ? (className ?? styleClass(tag, css)) : '';
  const written = [
    ...(scope ? [`class="${escapeHtml(scope)}"`] : []),
    ...attributes.filter(([name]) => NAME.test(name) && name !== 'class').map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`)),
  ];
  const oneLine = `<${tag}${written.map((attribute) => ` ${attribute}`).join('')}></${tag}>`;
  lines.push(oneLine.length <= 100 ? oneLine : `<${tag}\n${written.map((attribute) => `  ${attribute}`).join('\n')}\n></${tag}>`);
  if (rule) lines.push('', '<style>', ...rule.trimEnd().split('\n').map((line) => `  ${line}`), '</style>');
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// The page

const MESSAGES = {
  url: 'Chỉ nhận địa chỉ http(s) hoặc địa chỉ tương đối. · Only http(s) or relative URLs.',
  stylesheet: 'Hãy nhập địa chỉ của news-widgets.css, hoặc bỏ chọn ô ở trên. · Type news-widgets.css’s URL, or untick the box above.',
  number: 'Cần một số. · A number is needed.',
  character: 'Không nhận ; { } < > \\ ! @ hay chú thích. · These characters are refused.',
  function: 'Chỉ nhận var(), calc(), rgb(), hsl(), oklch(), color-mix()… Không nhận url(). · Only colour and maths functions; no url().',
  unbalanced: 'Dấu ngoặc hay dấu nháy chưa đóng. · A bracket or quote is not closed.',
  'too-long': 'Giá trị quá dài. · The value is too long.',
  fit: 'Trình duyệt không hiểu giá trị này. · The browser does not read this value.',
};

/** One safe URL (no spaces: a script's or a stylesheet's). */
const isOneUrl = (url) => Boolean(url) && isSafeUrl(url) && !/\s/.test(url);

/** `text` with its `code` spans as <code>, as DOM nodes (never parsed as HTML). */
function richText(text) {
  const fragment = document.createDocumentFragment();
  text.split('`').forEach((part, index) => {
    if (!part) return;
    if (index % 2) fragment.append(Object.assign(document.createElement('code'), { textContent: part }));
    else fragment.append(part);
  });
  return fragment;
}

/** A description's first sentence, and the rest. */
function splitDescription(text) {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const end = /(?<!\be\.g|\bi\.e|\betc)[.:](?=\s+[A-Z`(])/.exec(flat);
  return end && end.index + 1 < flat.length - 1 ? [flat.slice(0, end.index + 1), flat.slice(end.index + 2)] : [flat, ''];
}

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** A hint under a control, in English as the manifest is: the first sentence, the rest behind "More". */
function hintFor(id, description, extra) {
  const [first, rest] = splitDescription(description);
  const hint = el('div', { className: 'cfg-hint', id, lang: 'en' });
  if (first) hint.append(el('p', {}, richText(first)));
  if (extra) hint.append(extra);
  if (rest) hint.append(el('details', {}, el('summary', {}, 'Thêm · More'), el('p', {}, richText(rest))));
  return hint;
}

/**
 * A colour as #rrggbb (what a colour picker takes), as it reads inside `where` (so `currentColor` is that
 * text's colour); undefined for a colour that is not opaque or a value that is not a colour.
 */
function hexColour(value, where) {
  const probe = document.createElement('span');
  probe.style.color = value;
  if (!probe.style.color) return undefined;
  where.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.fillStyle = computed;
  context.fillRect(0, 0, 1, 1);
  const [red, green, blue, alpha] = context.getImageData(0, 0, 1, 1).data;
  return alpha === 255 ? `#${[red, green, blue].map((n) => n.toString(16).padStart(2, '0')).join('')}` : undefined;
}

/** Fetches the first manifest that answers. */
async function fetchManifest(urls) {
  for (const url of urls) {
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (response.ok) return await response.json();
    } catch {
      // The next place.
    }
  }
  throw new Error(`custom-elements.json was not found (${urls.join(', ')})`);
}

/** The demo feeds that are beside the page (checked with HEAD requests). */
async function availableFeeds(feeds, base) {
  const found = await Promise.all(
    feeds.map(async (feed) => {
      const url = new URL(feed.path, base).href;
      try {
        const response = await fetch(url, { method: 'HEAD' });
        return response.ok ? { ...feed, url } : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return found.filter(Boolean);
}

/**
 * Starts the configurator in `root` (the page's `[data-configurator]`, or a copy of its markup in a
 * test). Options: `manifestUrls`, `manifest` (the manifest itself), `feeds` (demo feeds: { path, label }),
 * `feedBase` (what the feeds' paths are relative to). Resolves to an API for tests.
 */
export async function startConfigurator(root, options = {}) {
  const $ = (selector) => root.querySelector(selector);
  const status = $('[data-status-manifest]');
  const form = $('[data-form]');
  let model;
  let feeds;
  try {
    // The page's base (a page's URL, or its <base>): what its relative URLs are read against.
    const base = options.feedBase ?? new URL('./', document.baseURI).href;
    [model, feeds] = await Promise.all([
      Promise.resolve(options.manifest ?? fetchManifest(options.manifestUrls ?? MANIFEST_URLS)).then(readManifest),
      availableFeeds(options.feeds ?? (root.hasAttribute('data-offer-demo-feeds') ? DEMO_FEEDS : []), base),
    ]);
    if (!model.elements.length) throw new Error('custom-elements.json lists no element');
  } catch (error) {
    status.textContent = `Không đọc được danh sách thuộc tính (custom-elements.json): hãy đặt tệp này cạnh trang. · ${error.message}`;
    status.classList.add('cfg-error');
    throw error;
  }
  status.remove();
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());

  const elementSelect = $('[data-element]');
  const attributesBox = $('[data-attributes]');
  const sharedBox = $('[data-shared-attributes]');
  const cssBox = $('[data-css]');
  const feedField = $('[data-feed-field]');
  const demoFeed = $('[data-demo-feed]');
  const scriptUrl = $('[data-script-url]');
  const stylesheet = $('[data-stylesheet]');
  const stylesheetField = $('[data-stylesheet-url]');
  const scriptTypes = [...root.querySelectorAll('[data-script-type]')];
  const snippetArea = $('[data-snippet]');
  const cssRuleBox = $('[data-css-rule-box]');
  const cssRuleArea = $('[data-css-rule]');
  const preview = $('[data-preview]');
  const previewLang = $('[data-preview-lang]');
  const previewTheme = $('[data-preview-theme]');

  /** What the owner set: each attribute's control value, per element (one for all of the attributes they share); the properties; the feed. */
  const values = new Map([['*', new Map()], ...model.elements.map((element) => [element.tag, new Map()])]);
  const valuesOf = (name) => values.get(model.shared.has(name) ? '*' : current.tag);
  const cssValues = new Map();
  let feed = feeds[0]?.url ?? '';
  let current = model.elements.find((element) => element.tag === 'news-list') ?? model.elements[0];
  let widget;
  let config;

  for (const element of model.elements) elementSelect.append(el('option', { value: element.tag, textContent: `<${element.tag}>` }));
  elementSelect.value = current.tag;

  if (feeds.length) {
    $('[data-demo-feeds]').hidden = false;
    demoFeed.append(el('option', { value: '', textContent: '— Địa chỉ khác · Other URL —' }));
    for (const demo of feeds) demoFeed.append(el('option', { value: demo.url, textContent: demo.label }));
    demoFeed.value = feed;
    demoFeed.addEventListener('change', () => {
      if (!demoFeed.value) return;
      feed = demoFeed.value;
      const input = feedField.querySelector('input');
      if (input) input.value = feed;
      update();
    });
  }
  scriptUrl.value = DEFAULT_SCRIPT_URL;
  /** The stylesheet URL last derived from the library's: the field follows the library's URL while it holds that (or nothing). */
  let derivedStylesheet = stylesheetUrl(DEFAULT_SCRIPT_URL);
  stylesheetField.value = derivedStylesheet;
  const scriptType = () => scriptTypes.find((input) => input.checked)?.value ?? 'module';

  /** An error message's element under a control: filled when its value is refused. */
  const showError = (input, message) => {
    const error = root.querySelector(`#${CSS.escape(input.id)}-error`);
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (error) error.textContent = message ?? '';
  };

  /** The field of one attribute. */
  function attributeField(attribute) {
    const id = `cfg-attr-${current.tag}-${attribute.name}`;
    const { control } = attribute;
    const stored = attribute.name === FEED_ATTRIBUTE ? feed : valuesOf(attribute.name).get(attribute.name);
    const label = el('label', { htmlFor: id }, el('code', { textContent: attribute.name }));
    const defaultNote =
      control.kind !== 'boolean' && control.default !== ''
        ? el('p', {}, 'Mặc định · Default: ', el('code', { textContent: control.default }))
        : undefined;
    const hint = hintFor(`${id}-hint`, attribute.description, defaultNote);
    const error = el('p', { className: 'cfg-error', id: `${id}-error` });
    let input;
    if (control.kind === 'select') {
      input = el('select', { id });
      if (control.default === '') input.append(el('option', { value: '', textContent: '— không đặt · not set —' }));
      for (const option of control.options) {
        input.append(el('option', { value: option, textContent: option === control.default ? `${option} (mặc định · default)` : option }));
      }
      input.value = stored ?? control.default;
    } else if (control.kind === 'boolean') {
      input = el('input', { id, type: 'checkbox', checked: stored ?? control.default });
    } else {
      input = el('input', { id, type: control.kind === 'number' ? 'number' : 'text', value: stored ?? control.default, spellcheck: false, autocomplete: 'off' });
      if (control.kind === 'number') Object.assign(input, { inputMode: 'numeric', step: '1' });
      if (URL_ATTRIBUTES.has(attribute.name)) input.inputMode = 'url';
      if (control.kind === 'text' && control.suggestions.length) {
        const list = el('datalist', { id: `${id}-values` }, ...control.suggestions.map((value) => el('option', { value })));
        input.setAttribute('list', list.id);
        hint.append(list);
      }
    }
    input.dataset.attribute = attribute.name;
    input.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    input.addEventListener(control.kind === 'text' || control.kind === 'number' ? 'input' : 'change', () => {
      const value = control.kind === 'boolean' ? input.checked : input.value;
      if (attribute.name === FEED_ATTRIBUTE) {
        feed = value;
        if (feeds.length) demoFeed.value = feeds.some((demo) => demo.url === value.trim()) ? value.trim() : '';
      } else valuesOf(attribute.name).set(attribute.name, value);
      update();
    });
    const field = el('div', { className: control.kind === 'boolean' ? 'cfg-check' : 'cfg-field' });
    field.append(...(control.kind === 'boolean' ? [input, label] : [label, input]), error, hint);
    return field;
  }

  /** The field of one custom property: a text field, and a colour picker for a colour. */
  function propertyField(property) {
    const id = `cfg-css-${property.name.slice(2)}`;
    const input = el('input', { id, type: 'text', value: cssValues.get(property.name) ?? '', spellcheck: false, autocomplete: 'off' });
    input.dataset.property = property.name;
    input.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    const defaultNote = property.default ? el('p', {}, 'Mặc định · Default: ', el('code', { textContent: property.default })) : undefined;
    const hint = hintFor(`${id}-hint`, property.description, defaultNote);
    const field = el('div', { className: 'cfg-field' }, el('label', { htmlFor: id }, el('code', { textContent: property.name })));
    const row = el('div', { className: 'cfg-row' }, input);
    if (/font-family/.test(property.name)) {
      const list = el('datalist', { id: `${id}-values` }, ...FONT_SUGGESTIONS.map((value) => el('option', { value })));
      input.setAttribute('list', list.id);
      hint.append(list);
    }
    let picker;
    if (/color/.test(property.name)) {
      picker = el('input', { type: 'color', id: `${id}-picker`, className: 'cfg-picker', title: `Chọn màu · Pick a colour: ${property.name}` });
      picker.setAttribute('aria-label', `Chọn màu · Pick a colour: ${property.name}`);
      // The colour set, else the default as it reads in the preview (a picker cannot be empty: not a black that is not there).
      const shown = /^#[0-9a-f]{6}$/i.test(input.value) ? input.value : hexColour(property.default, preview);
      if (shown) picker.value = shown;
      picker.addEventListener('input', () => {
        input.value = picker.value;
        input.dispatchEvent(new Event('input'));
      });
      row.append(picker);
    }
    input.addEventListener('input', () => {
      cssValues.set(property.name, input.value);
      if (picker && /^#[0-9a-f]{6}$/i.test(input.value.trim())) picker.value = input.value.trim();
      update();
    });
    field.append(row, el('p', { className: 'cfg-error', id: `${id}-error` }), hint);
    return field;
  }

  function renderFields() {
    const own = current.attributes.filter((a) => !model.shared.has(a.name));
    const common = current.attributes.filter((a) => model.shared.has(a.name) && a.name !== FEED_ATTRIBUTE);
    attributesBox.replaceChildren(...own.map(attributeField));
    sharedBox.replaceChildren(...common.map(attributeField));
    const source = current.attributes.find((a) => a.name === FEED_ATTRIBUTE);
    feedField.replaceChildren(...(source ? [attributeField(source)] : []));
    const feedInput = feedField.querySelector('input');
    if (feedInput) {
      feedInput.previousElementSibling.append(' · Địa chỉ nguồn tin', el('span', { lang: 'en', textContent: ' (feed URL)' }));
      feedInput.type = 'url';
    }
    cssBox.replaceChildren(...current.cssProperties.map(propertyField));
    $('[data-element-hint]').replaceChildren(richText(splitDescription(current.summary)[0]));
  }

  /** The checked configuration (what the preview shows and the snippet writes), marking refused values on their controls. */
  function readConfig() {
    const attributes = [];
    for (const input of root.querySelectorAll('[data-attribute]')) {
      const attribute = current.attributes.find((a) => a.name === input.dataset.attribute);
      if (!attribute) continue;
      const { control } = attribute;
      let message;
      if (control.kind === 'boolean') {
        if (input.checked && !control.default) attributes.push([attribute.name, true]);
      } else {
        const value = input.value.trim();
        if (control.kind === 'number' && (input.validity.badInput || (value && !Number.isFinite(Number(value))))) message = MESSAGES.number;
        else if (value && URL_ATTRIBUTES.has(attribute.name) && !isSafeUrl(value)) message = MESSAGES.url;
        else if (value && value !== control.default) attributes.push([attribute.name, value]);
      }
      showError(input, message);
    }
    const css = [];
    for (const input of root.querySelectorAll('[data-property]')) {
      const value = input.value.trim();
      const problem = checkCss(value);
      const message = problem ? MESSAGES[problem] : value && !fitsProperty(input.dataset.property, value) ? MESSAGES.fit : undefined;
      showError(input, message);
      if (value && !message) css.push([input.dataset.property, value]);
    }
    const url = scriptUrl.value.trim();
    const urlOk = isOneUrl(url);
    showError(scriptUrl, urlOk ? undefined : MESSAGES.url);
    // The stylesheet: its own URL, typed or derived; none written while it is missing or refused.
    const sheet = stylesheetField.value.trim();
    const sheetOk = isOneUrl(sheet);
    stylesheetField.disabled = !stylesheet.checked;
    showError(stylesheetField, !stylesheet.checked || sheetOk ? undefined : sheet ? MESSAGES.url : MESSAGES.stylesheet);
    return {
      tag: current.tag,
      attributes,
      css,
      className: css.length ? styleClass(current.tag, css) : undefined,
      scriptUrl: urlOk ? url : DEFAULT_SCRIPT_URL,
      scriptType: scriptType(),
      stylesheet: stylesheet.checked && sheetOk,
      stylesheetUrl: sheetOk ? sheet : '',
    };
  }

  /** The preview's element made exactly what the snippet writes: its attributes, its properties. */
  function syncPreview() {
    if (widget?.localName !== config.tag) {
      widget = document.createElement(config.tag);
      preview.replaceChildren(widget);
    }
    const wanted = new Map(config.attributes.map(([name, value]) => [name, value === true ? '' : value]));
    // The class the snippet's rule is scoped to (the preview's own properties are inline).
    if (config.className) wanted.set('class', config.className);
    for (const name of widget.getAttributeNames()) if (!wanted.has(name)) widget.removeAttribute(name);
    for (const [name, value] of wanted) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
    const css = new Map(config.css);
    for (const name of [...widget.style]) if (!css.has(name)) widget.style.removeProperty(name);
    for (const [name, value] of css) if (widget.style.getPropertyValue(name) !== value) widget.style.setProperty(name, value);
    // No property: no style attribute at all (read first: Chromium writes a changed style back to it lazily).
    if (!css.size && widget.getAttribute('style') !== null) widget.removeAttribute('style');
  }

  function update() {
    config = readConfig();
    syncPreview();
    snippetArea.value = buildSnippet(config);
    cssRuleArea.value = cssRule(config);
    cssRuleBox.hidden = !cssRuleArea.value;
    for (const status of root.querySelectorAll('[data-copied]')) status.textContent = '';
  }

  elementSelect.addEventListener('change', () => {
    current = model.elements.find((element) => element.tag === elementSelect.value) ?? current;
    renderFields();
    update();
  });
  scriptUrl.addEventListener('input', () => {
    const url = scriptUrl.value.trim();
    // The stylesheet beside the file the snippet links, while the owner has typed no URL of their own.
    const derived = stylesheetUrl(isOneUrl(url) ? url : DEFAULT_SCRIPT_URL);
    const typed = stylesheetField.value.trim();
    if (!typed || typed === derivedStylesheet) stylesheetField.value = derived;
    derivedStylesheet = derived;
    // The script tag's kind, when the file's name tells it; else what the owner chose.
    const kind = scriptKindOf(url);
    if (kind) for (const input of scriptTypes) input.checked = input.value === kind;
    update();
  });
  stylesheetField.addEventListener('input', update);
  for (const input of scriptTypes) input.addEventListener('change', update);
  stylesheet.addEventListener('change', update);
  previewLang.addEventListener('change', () => {
    preview.lang = previewLang.value;
    // A widget takes its page's language as it starts: a new one, as on a page of that language.
    widget = undefined;
    update();
  });
  previewTheme.addEventListener('change', () => preview.classList.toggle('cfg-dark', previewTheme.value === 'dark'));
  preview.lang = previewLang.value;
  // The preview is not the portal: a reader's click on an article stays here.
  preview.addEventListener('click', (event) => {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement && node.href && !node.href.includes('#'))) event.preventDefault();
  });

  /** A copy button (`data-copy`: the id of its text area) copies, and says so in its status (`data-copied`). */
  for (const button of root.querySelectorAll('[data-copy]')) {
    const area = root.querySelector(`#${CSS.escape(button.dataset.copy)}`);
    const said = button.parentElement.querySelector('[data-copied]');
    button.addEventListener('click', async () => {
      const text = area.value;
      let done = false;
      try {
        await navigator.clipboard.writeText(text);
        done = true;
      } catch {
        // No clipboard API (an http page, a denied permission): the selection and the old command.
        area.focus();
        area.select();
        done = document.execCommand?.('copy') ?? false;
        button.focus();
      }
      // Emptied first, so that a second copy is announced again.
      said.textContent = '';
      await new Promise((resolve) => setTimeout(resolve, 50));
      said.textContent = done ? 'Đã chép · Copied' : 'Không chép được: hãy chọn mã và chép bằng Ctrl+C. · Could not copy: select the text and press Ctrl+C.';
    });
  }

  renderFields();
  update();

  return {
    model,
    get config() {
      return config;
    },
    get widget() {
      return widget;
    },
    snippet: () => snippetArea.value,
    cssRule: () => cssRuleArea.value,
  };
}

// The page itself. (A test imports this module first, then starts it in markup of its own.)
const page = document.querySelector('[data-configurator]');
if (page) startConfigurator(page).catch((error) => console.error(error));
