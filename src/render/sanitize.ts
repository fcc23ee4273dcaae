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
 * - At most `LIMITS.bodyChars` characters, `LIMITS.bodyNodes` nodes and
 *   attributes, and `LIMITS.paragraphChars` characters in one text: a longer
 *   body is cut, and the fragment says so (`shortened`), for the article to
 *   link to the whole of it.
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
import { cutText, LIMITS } from '../data/limits.js';
import { guardedPolicy } from './guarded-policy.js';
import { withoutInlineCode } from './inline-code.js';

// What the article does with a body once it is sanitized (news-article.ts): that code comes with this part.
export { relevelHeadings } from './headings.js';
export { followInPageLink, ScrollBoxes } from './body-behaviour.js';

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

/** DOMPurify's policy, open only while this module sanitizes (guarded-policy.ts). */
const run = guardedPolicy('news-widgets-dompurify', {
  createHTML: (markup: string) => markup,
  // The sanitizer keeps no script, so it never needs a script URL.
  createScriptURL: (): string => {
    throw new TypeError('news-widgets: no script URL');
  },
});

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
  if (!purify.isSupported) return undefined;
  const source = run((policy) => shorten(html, policy));
  if (!source) return undefined;
  // A long body was parsed once to be measured: DOMPurify's parse and walk are a task of their own, and so is its rendering.
  const pause = () => (source.parsed ? new Promise((resolve) => setTimeout(resolve)) : undefined);
  await pause();
  // null when the markup parses to no body at all (a <frameset>): nothing to show.
  // (The policy is typed as the browser's; DOMPurify calls only createHTML and createScriptURL.)
  const fragment = run(
    (policy) => purify.sanitize(source.html, { ...CONFIG, TRUSTED_TYPES_POLICY: policy as unknown as Config['TRUSTED_TYPES_POLICY'] }) as unknown as SanitizedBody | null,
  );
  if (!fragment) return undefined;
  const cut = harden(fragment, embedHosts, base);
  if (source.shortened || cut) fragment.shortened = true;
  await pause();
  return fragment;
}

/** The fewest characters a node takes in markup (`<br>`): below LIMITS.bodyNodes times this, a body cannot be too long. */
const MIN_NODE_CHARS = 4;

/**
 * A body within its bounds: `LIMITS.bodyChars` characters, and
 * `LIMITS.bodyNodes` nodes and attributes (DOMPurify's work grows with both),
 * in document order. Where it could hold more, it is parsed (inertly) from its
 * start, a growing part at a time, since the first nodes are the same whatever
 * follows: a dense body is cut after a small parse. What is kept is written
 * back as markup for DOMPurify, which parses and sanitizes what it gets.
 */
function shorten(html: string, policy: { createHTML(text: string): string }): { html: string; shortened: boolean; parsed?: boolean } {
  const tooLong = html.length >= LIMITS.bodyChars;
  const source = tooLong ? html.slice(0, LIMITS.bodyChars) : html;
  if (source.length <= MIN_NODE_CHARS * LIMITS.bodyNodes) return { html: withoutInlineCode(source), shortened: tooLong };
  for (let size = 16 * LIMITS.bodyNodes; ; size *= 4) {
    const whole = size >= source.length;
    // (Inline code out of the part that is parsed, before it is: see inline-code.ts.)
    const part = withoutInlineCode(whole ? source : source.slice(0, size));
    const body = new DOMParser().parseFromString(policy.createHTML(part), 'text/html').body;
    if (cutAfter(body, LIMITS.bodyNodes)) return { html: body.innerHTML, shortened: true, parsed: true };
    if (whole) return { html: part, shortened: tooLong, parsed: true };
  }
}

/** Removes every node after the first `budget` nodes and attributes; true when something was removed. */
function cutAfter(body: HTMLElement, budget: number): boolean {
  const walker = body.ownerDocument.createTreeWalker(body);
  let count = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    count += 1 + (node instanceof Element ? node.attributes.length : 0);
    if (count <= budget) continue;
    const range = body.ownerDocument.createRange();
    range.setStartBefore(node);
    range.setEndAfter(body.lastChild!);
    range.deleteContents();
    return true;
  }
  return false;
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
function harden(fragment: DocumentFragment, embedHosts: readonly string[], base: string): boolean {
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
  for (const name of ['src', 'poster']) {
    for (const element of fragment.querySelectorAll(`[${name}]`)) {
      const url = allowed(element.getAttribute(name), base);
      if (url) element.setAttribute(name, url.href);
      else element.removeAttribute(name);
    }
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
  // An image map names its map like an anchor does.
  for (const image of fragment.querySelectorAll('[usemap]')) {
    const map = image.getAttribute('usemap')!.trim();
    const target = map.startsWith('#') ? inPageTarget(map, names) : undefined;
    if (target) image.setAttribute('usemap', `#${target}`);
    else image.removeAttribute('usemap');
  }
  // List numbers in the billions draw markers far wider than the article.
  for (const element of fragment.querySelectorAll('li[value], ol[start]')) {
    const name = element.localName === 'li' ? 'value' : 'start';
    if (!(Math.abs(Number(element.getAttribute(name))) <= MAX_LIST_NUMBER)) element.removeAttribute(name);
  }
  // A run of text longer than a paragraph may be is cut: true when one was.
  let cut = false;
  for (const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT); walker.nextNode(); ) {
    const text = walker.currentNode as Text;
    if (text.data.length <= LIMITS.paragraphChars) continue;
    text.data = cutText(text.data, LIMITS.paragraphChars);
    cut = true;
  }
  return cut;
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
