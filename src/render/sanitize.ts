/**
 * The only HTML the library ever renders: an article body, sanitized with
 * DOMPurify and hardened for a widget on someone else's page.
 *
 * - HTML only (no SVG or MathML, where namespace confusion lives); no scripts,
 *   event handlers, forms or their controls, `<style>` or `style`, `base`,
 *   `meta`, `link`, `object`, `embed`, `template`; iframes only for https
 *   hosts the page allows (`embed-hosts`), sandboxed.
 * - Only http(s), mailto and relative URLs in `href`; http(s) and relative in
 *   `src` and each `srcset` candidate. Links to other origins, and links that
 *   open elsewhere, get `rel="noopener noreferrer"`.
 * - `id` and `name` are prefixed (`user-content-`), so they cannot clobber
 *   `document` or `window` properties.
 * - The result is a DocumentFragment, bound as nodes: never a string put back
 *   through `innerHTML` or `unsafeHTML` (which would re-parse it, the door to
 *   mutation XSS, and launder it past Trusted Types).
 * - Fails closed: where DOMPurify says the browser cannot sanitize, or it
 *   cannot be loaded, there is no HTML at all (`undefined`).
 *
 * This module (with DOMPurify) is imported on first use by `<news-article>`,
 * so a page that only lists articles never downloads it.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

export interface SanitizeOptions {
  /** Hosts whose https iframes (video players, maps) may stay, e.g. `www.youtube.com`. */
  embedHosts?: readonly string[];
  /** The feed's URL: relative URLs in the body mean the feed's site, not the page's. Default: the page. */
  base?: string;
}

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  ADD_TAGS: ['iframe'],
  // Not `allow` (feed markup could ask for the camera in the portal's name) nor
  // `referrerpolicy` (it could send the page's full URL anywhere): harden() sets both on embeds.
  ADD_ATTR: ['allowfullscreen', 'loading'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'fieldset', 'base', 'meta', 'link', 'object', 'embed', 'template', 'dialog'],
  // `part` and `exportparts`: body markup must not dress up as the page's ::part() styles.
  FORBID_ATTR: ['style', 'srcdoc', 'action', 'formaction', 'form', 'ping', 'part', 'exportparts'],
  ALLOW_DATA_ATTR: false,
  // Schemes allowed in URL attributes: http(s) and mailto, or none at all (relative).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM_FRAGMENT: true,
};

let purifier: DOMPurify | undefined;

/** Sanitizes an article body; `undefined` where the browser cannot do it safely. */
export async function sanitizeHtml(html: string, { embedHosts = [], base = document.baseURI }: SanitizeOptions = {}): Promise<DocumentFragment | undefined> {
  // Our own instance: the settings and hooks of a copy the page may have are not ours to touch.
  const purify = (purifier ??= createDOMPurify(window));
  if (!purify.isSupported) return undefined;
  // null when the markup parses to no body at all (a <frameset>): nothing to show.
  const fragment = purify.sanitize(html, CONFIG) as unknown as DocumentFragment | null;
  if (!fragment) return undefined;
  harden(fragment, embedHosts, base);
  return fragment;
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
  for (const link of fragment.querySelectorAll('a[href], area[href]')) {
    const url = allowed(link.getAttribute('href'), base, ['http:', 'https:', 'mailto:']);
    // An in-page anchor stays as written; anything else is made absolute against the feed.
    if (!url) link.removeAttribute('href');
    else if (!link.getAttribute('href')!.trim().startsWith('#')) link.setAttribute('href', url.href);
    if (url && (link.hasAttribute('target') || (url.protocol !== 'mailto:' && url.origin !== location.origin))) {
      link.setAttribute('rel', 'noopener noreferrer');
    }
  }
}
