/**
 * The only HTML the library ever renders: an article body, sanitized with
 * DOMPurify and hardened for a widget on someone else's page.
 *
 * - HTML only (no SVG or MathML, where namespace confusion lives); no scripts,
 *   event handlers, forms or their controls, `<style>` or `style`, `base`,
 *   `meta`, `link`, `object`, `embed`, `template`, `slot`; iframes only for
 *   https hosts the page allows (`embed-hosts`), sandboxed.
 * - Nothing that acts on the widget or the page: no `class` (a body must not
 *   borrow the widget's own styles to draw a fake message or button), no
 *   `part`, no live regions (`aria-live`, `role="alert"`: only roles that
 *   describe content stay), no `autoplay`, `tabindex`, `popover`, `crossorigin`;
 *   presentational tricks (`font`, `big`, `marquee`, `canvas`, list numbers
 *   in the billions) go. The article's styles clip the body to its box.
 * - Only http(s), mailto and relative URLs in `href`; http(s) and relative in
 *   `src` and each `srcset` candidate. Links to other origins, and links that
 *   open elsewhere, get `rel="noopener noreferrer"`. An in-page anchor stays
 *   only when its target is in the body.
 * - `id` and `name` are prefixed (`user-content-`), so they cannot clobber
 *   `document` or `window` properties.
 * - At most `LIMITS.bodyNodes` nodes: a longer body is cut, and the fragment
 *   says so (`shortened`), for the article to link to the whole of it.
 * - The result is a DocumentFragment, bound as nodes: never a string put back
 *   through `innerHTML` or `unsafeHTML` (which would re-parse it, the door to
 *   mutation XSS, and launder it past Trusted Types).
 * - Inline styles and event handlers are taken out of the text before anything
 *   parses it, so a page whose CSP forbids them gets no violation report
 *   (inline-code.ts).
 * - Trusted Types: DOMPurify parses through this module's own policy,
 *   `news-widgets-dompurify`, which takes nothing outside this module's own
 *   call (so it is not the page's `dompurify` policy, which a host app's own
 *   DOMPurify needs).
 * - Fails closed: where DOMPurify says the browser cannot sanitize, where the
 *   page refuses the policy, or where it cannot be loaded, there is no HTML
 *   at all (`undefined`).
 *
 * This module (with DOMPurify) is imported on first use by `<news-article>`,
 * so a page that only lists articles never downloads it.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { LIMITS } from '../data/limits.js';
import { withoutInlineCode } from './inline-code.js';

export interface SanitizeOptions {
  /** Hosts whose https iframes (video players, maps) may stay, e.g. `www.youtube.com`. */
  embedHosts?: readonly string[];
  /** The feed's URL: relative URLs in the body mean the feed's site, not the page's. Default: the page. */
  base?: string;
}

/** A sanitized body; `shortened` when it was cut to `LIMITS.bodyNodes` nodes. */
export type SanitizedBody = DocumentFragment & { shortened?: boolean };

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  ADD_TAGS: ['iframe'],
  // Not `allow` (feed markup could ask for the camera in the portal's name) nor
  // `referrerpolicy` (it could send the page's full URL anywhere): harden() sets both on embeds.
  ADD_ATTR: ['allowfullscreen', 'loading'],
  FORBID_TAGS: [
    'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'fieldset', 'base', 'meta', 'link', 'object', 'embed',
    'template', 'dialog', 'slot', 'content', 'shadow', 'element', 'decorator', 'font', 'big', 'marquee', 'blink', 'canvas', 'spacer',
  ],
  FORBID_ATTR: [
    // `part` and `exportparts`: body markup must not dress up as the page's ::part() styles; `class`, as the widget's own.
    'style', 'srcdoc', 'action', 'formaction', 'form', 'ping', 'part', 'exportparts', 'class', 'slot', 'xmlns', 'nonce', 'integrity',
    'crossorigin', 'autoplay', 'autofocus', 'tabindex', 'accesskey', 'popover', 'popovertarget', 'popovertargetaction', 'command',
    'commandfor', 'aria-live', 'aria-atomic', 'aria-relevant', 'aria-busy', 'aria-modal', 'background', 'color', 'face', 'size',
  ],
  ALLOW_DATA_ATTR: false,
  // Schemes allowed in URL attributes: http(s) and mailto, or none at all (relative).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM_FRAGMENT: true,
};

/** Roles that say what content is; any other (alert, status, button, dialog, landmarks…) would act on the page. */
const CONTENT_ROLES = new Set([
  'none', 'presentation', 'img', 'figure', 'list', 'listitem', 'table', 'row', 'rowgroup', 'cell', 'columnheader', 'rowheader', 'note',
  'heading', 'separator', 'term', 'definition', 'math', 'caption', 'paragraph', 'blockquote', 'code', 'emphasis', 'strong', 'deletion',
  'insertion', 'subscript', 'superscript', 'time', 'group', 'doc-footnote', 'doc-endnotes', 'doc-noteref', 'doc-backlink',
]);

/** Numbers of list items beyond this draw markers wider than any box. */
const MAX_LIST_NUMBER = 99_999;

interface Rules {
  createHTML(text: string): string;
  createScriptURL(text: string): string;
}

/** More than 0 while this module sanitizes. */
let inside = 0;

const refuse = (): never => {
  throw new TypeError('news-widgets: this Trusted Types policy only takes what the library sanitizes');
};

const RULES: Rules = {
  createHTML: (markup) => (inside ? markup : refuse()),
  // The sanitizer keeps no script, so it never needs a script URL.
  createScriptURL: refuse,
};

/** undefined: not made yet; null: the page refused it. */
let policy: Rules | null | undefined;

function getPolicy(): Rules | null {
  if (policy === undefined) {
    const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: Rules): Rules } }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy('news-widgets-dompurify', RULES) : RULES;
    } catch {
      policy = null;
    }
  }
  return policy;
}

let purifier: DOMPurify | undefined;

/** Our own DOMPurify: the settings and hooks of a copy the page may have are not ours to touch. */
function getPurifier(): DOMPurify {
  if (!purifier) {
    purifier = createDOMPurify(window);
    // (Where it cannot sanitize, it has no hooks either: sanitizeHtml then returns nothing.)
    if (purifier.isSupported) purifier.addHook('uponSanitizeAttribute', (_node, data) => {
      if (data.attrName === 'role' && !data.attrValue.split(/\s+/).every((role) => CONTENT_ROLES.has(role.toLowerCase()))) data.keepAttr = false;
    });
  }
  return purifier;
}

/** Sanitizes an article body; `undefined` where the browser cannot do it safely. */
export async function sanitizeHtml(html: string, { embedHosts = [], base = document.baseURI }: SanitizeOptions = {}): Promise<SanitizedBody | undefined> {
  const purify = getPurifier();
  const rules = getPolicy();
  if (!purify.isSupported || !rules) return undefined;
  const source = withPolicy(() => shorten(withoutInlineCode(html), rules));
  // A long body was parsed once to be measured: DOMPurify's parse and walk are a task of their own.
  if (source.parsed) await new Promise((resolve) => setTimeout(resolve));
  // null when the markup parses to no body at all (a <frameset>): nothing to show.
  const fragment: SanitizedBody | null = withPolicy(() => {
    // (Typed as the browser's policy; DOMPurify calls only createHTML and createScriptURL.)
    const config = { ...CONFIG, TRUSTED_TYPES_POLICY: rules as unknown as Config['TRUSTED_TYPES_POLICY'] };
    return purify.sanitize(source.html, config) as unknown as DocumentFragment | null;
  });
  if (!fragment) return undefined;
  harden(fragment, embedHosts, base);
  if (source.shortened) fragment.shortened = true;
  return fragment;
}

/** Runs `use` with this module's policy open. */
function withPolicy<T>(use: () => T): T {
  inside++;
  try {
    return use();
  } finally {
    inside--;
  }
}

/** The fewest characters a node takes in markup (`<br>`): below LIMITS.bodyNodes times this, a body cannot be too long. */
const MIN_NODE_CHARS = 4;

/**
 * A body cut to its first `LIMITS.bodyNodes` nodes, in document order: parsed
 * (inertly) only when it could be longer, and written back as markup for
 * DOMPurify, which parses and sanitizes what it gets.
 */
function shorten(html: string, rules: Rules): { html: string; shortened: boolean; parsed?: boolean } {
  if (html.length <= MIN_NODE_CHARS * LIMITS.bodyNodes) return { html, shortened: false };
  const body = new DOMParser().parseFromString(rules.createHTML(html), 'text/html').body;
  const walker = body.ownerDocument.createTreeWalker(body);
  let count = 0;
  while (walker.nextNode()) {
    if (++count <= LIMITS.bodyNodes) continue;
    const range = body.ownerDocument.createRange();
    range.setStartBefore(walker.currentNode);
    range.setEndAfter(body.lastChild!);
    range.deleteContents();
    return { html: body.innerHTML, shortened: true, parsed: true };
  }
  return { html, shortened: false, parsed: true };
}

/**
 * A URL a body may keep, resolved against the page: http(s) or relative, and
 * for links mailto too. (The body's own policy, not imported from safe.ts: this
 * module loads apart from the rest, and sharing a module would cost listing
 * pages a third file.)
 */
function allowed(value: string | null, base: string, schemes = ['http:', 'https:']): URL | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return schemes.includes(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What DOMPurify leaves to the caller: embeds, srcset, links that leave the
 * page; and relative URLs, made absolute against the feed.
 */
function harden(fragment: DocumentFragment, embedHosts: readonly string[], base: string): void {
  for (const frame of fragment.querySelectorAll('iframe')) {
    const src = allowed(frame.getAttribute('src'), base, ['https:']);
    if (!src || !embedHosts.includes(src.hostname)) {
      frame.remove();
      continue;
    }
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    frame.setAttribute('allow', 'fullscreen; picture-in-picture; encrypted-media');
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  }
  for (const element of fragment.querySelectorAll('[src]')) {
    const src = allowed(element.getAttribute('src'), base);
    if (src) element.setAttribute('src', src.href);
    else element.removeAttribute('src');
  }
  for (const element of fragment.querySelectorAll('[srcset]')) {
    // Each candidate is "URL [descriptor]"; one unsafe URL and the whole attribute goes.
    const candidates = element.getAttribute('srcset')!.split(',').map((candidate) => candidate.trim().split(/\s+/));
    const urls = candidates.map(([url]) => allowed(url, base));
    if (urls.every(Boolean)) element.setAttribute('srcset', candidates.map(([, ...size], i) => [urls[i]!.href, ...size].join(' ')).join(', '));
    else element.removeAttribute('srcset');
  }
  // Names that in-page anchors may point to: DOMPurify prefixed every id and name.
  const names = new Set([...fragment.querySelectorAll('[id], [name]')].flatMap((element) => [element.id, element.getAttribute('name') ?? '']));
  for (const link of fragment.querySelectorAll('a[href], area[href]')) {
    const href = link.getAttribute('href')!.trim();
    if (href.startsWith('#')) {
      // An anchor into the body points at its prefixed target (the article scrolls to it); one to anything else goes.
      const target = inPageTarget(href, names);
      if (target) link.setAttribute('href', `#${target}`);
      else link.removeAttribute('href');
      continue;
    }
    const url = allowed(href, base, ['http:', 'https:', 'mailto:']);
    if (!url) {
      link.removeAttribute('href');
      continue;
    }
    link.setAttribute('href', url.href);
    if (link.hasAttribute('target') || (url.protocol !== 'mailto:' && url.origin !== location.origin)) link.setAttribute('rel', 'noopener noreferrer');
  }
  // List numbers in the billions draw markers far wider than the article.
  for (const element of fragment.querySelectorAll('li[value], ol[start]')) {
    const name = element.localName === 'li' ? 'value' : 'start';
    if (!(Math.abs(Number(element.getAttribute(name))) <= MAX_LIST_NUMBER)) element.removeAttribute(name);
  }
}

/** The body's own id (prefixed) an in-page anchor `#name` points to, if it is there: as written, else percent-decoded (as browsers look). */
function inPageTarget(href: string, names: ReadonlySet<string>): string | undefined {
  const raw = href.slice(1);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Not decodable: only the raw name can match.
  }
  for (const name of [raw, decoded]) {
    if (names.has(`user-content-${name}`)) return `user-content-${name}`;
    if (name.startsWith('user-content-') && names.has(name)) return name;
  }
  return undefined;
}
