/**
 * The library's Trusted Types policy, `news-widgets`, and all the code that
 * uses it: reading a feed's markup (an XML document; HTML fields as text, or
 * their first image) and writing JSON-LD. A page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) lets these through when its CSP
 * names the policy (README, "Strict pages").
 *
 * This module is a file any script on the page can import, so nothing in it
 * hands out trust (guarded-policy.ts): no export returns a Trusted* value or
 * markup that could act. They return text and URLs; write JSON-LD of the
 * shape the library writes (schema.org, with its keys only: no import map,
 * no speculation rules, no script, whatever the element's type becomes) into
 * a script they make themselves; and parse XML into a document without a
 * single HTML, SVG or MathML element. HTML is parsed into one inert document
 * (no script runs in it, nothing loads), read, and emptied again before the
 * function returns.
 */
import { NewsError } from '../data/errors.js';
import { LIMITS } from '../data/limits.js';
import { guardedPolicy } from './guarded-policy.js';
import { withoutInlineCode } from './inline-code.js';
import { JSON_LD } from './json-ld.js';

/** The keys of the JSON-LD the library writes (NewsArticle, BreadcrumbList), and no other. */
const JSON_LD_KEYS = new Set([
  '@context', '@type', 'headline', 'description', 'datePublished', 'dateModified', 'author', 'image', 'articleSection', 'keywords',
  'inLanguage', 'url', 'itemListElement',
]);

const run = guardedPolicy('news-widgets', {
  createHTML: (markup: string) => markup,
  // JSON-LD only, as the library writes it; with every `<` escaped (`\u003c`
  // means the same inside a JSON string, the only place JSON can hold one), no
  // `</script>` or `<!--` can end or confuse the element it goes into.
  createScript(json: string) {
    const data: unknown = JSON.parse(json);
    const object = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    if (object['@context'] !== 'https://schema.org' || !Object.keys(object).every((key) => JSON_LD_KEYS.has(key))) {
      throw new TypeError('news-widgets: only the JSON-LD the library writes');
    }
    return json.replace(/</g, '\\u003c');
  },
});

const ACTIVE_NAMESPACES = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'];

/**
 * XML text (prepared by data/xml-text.ts, which renames the active
 * namespaces) as a Document, or the parse error as the browser words it ("error
 * on line 3 at column 7: …"). `undefined` where the page refuses the policy.
 * Markup that still makes an HTML, SVG or MathML element is refused.
 */
export function parseXml(text: string): { doc: Document; error?: undefined } | { doc?: undefined; error: string } | undefined {
  const doc = run((policy) => new DOMParser().parseFromString(policy.createHTML(text), 'application/xml'));
  if (!doc) return undefined;
  const failure = doc.getElementsByTagName('parsererror')[0];
  // Chromium's message is in the error element's first div, after a heading and before a rendering of the page.
  if (failure) return { error: (failure.querySelector('div') ?? failure).textContent!.replace(/\s+/g, ' ').trim().slice(0, 200) || 'unknown error' };
  if (ACTIVE_NAMESPACES.some((namespace) => doc.getElementsByTagNameNS(namespace, '*').length)) {
    throw new NewsError('parse', 'the XML holds HTML, SVG or MathML elements: refused');
  }
  return { doc };
}

let scratch: HTMLElement | undefined;

/**
 * HTML read where there is no DOM to parse it in: on a server, the prerender's
 * (in Node, `typeof document` is 'undefined'), which gives these, read as in a
 * browser but with its own parser. Never used in a browser.
 */
export interface ServerHtml {
  /** The text of HTML as `htmlToText` reads it (not collapsed yet). */
  text(html: string): string;
  /** The first image as `firstImage` finds it. */
  firstImage(html: string): { src: string; alt: string } | undefined;
}
let serverHtml: ServerHtml | undefined;
export const readHtmlOnServer = (reader: ServerHtml): void => {
  serverHtml = reader;
};

/** HTML parsed into the inert document's body, read by `read`, then cleared; undefined where the policy is refused. */
function readHtml<T>(html: string, read: (body: HTMLElement) => T): T | undefined {
  return run((policy) => {
    const body = (scratch ??= document.implementation.createHTMLDocument('').body);
    body.innerHTML = policy.createHTML(withoutInlineCode(html));
    try {
      return read(body);
    } finally {
      body.textContent = '';
    }
  });
}

/** Block elements, whose ends separate words in text. */
export const BLOCKS = 'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul';

/** Markup characters an HTML field may spend per character of text it shows: more than that is cut before parsing. */
const MARKUP_PER_CHAR = 8;

/**
 * HTML as plain text: entities decoded, tags (and scripts, styles) dropped,
 * blocks separated, whitespace collapsed. `undefined` for nothing left. Only
 * as much markup is parsed as can make `max` characters of text (a megabyte
 * of excerpt for a summary of ten thousand is not parsed whole).
 */
export function htmlToText(html: string | undefined, max: number = LIMITS.summary): string | undefined {
  if (!html?.trim()) return undefined;
  const source = html.length > max * MARKUP_PER_CHAR ? html.slice(0, max * MARKUP_PER_CHAR) : html;
  // Without '<' or '&' there is nothing to decode or drop: no parse. On a server (no document), the prerender's reader.
  const text = !/[<&]/.test(source)
    ? source
    : typeof document === 'undefined'
      ? serverHtml?.text(source)
      : readHtml(source, (body) => {
          body.querySelectorAll('script, style, template, noscript').forEach((element) => element.remove());
          body.querySelectorAll(BLOCKS).forEach((element) => element.after(' '));
          return body.textContent ?? '';
        });
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

/** How far into an HTML field its first image is looked for. */
const IMAGE_SEARCH_CHARS = 100_000;

/** The first real image in HTML, as written (`src` unresolved); tracking pixels are skipped. */
export function firstImage(html: string | undefined): { src: string; alt: string } | undefined {
  if (!html?.includes('<img')) return undefined;
  // On a server (no document), the prerender's reader.
  if (typeof document === 'undefined') return serverHtml?.firstImage(html.slice(0, IMAGE_SEARCH_CHARS));
  return readHtml(html.slice(0, IMAGE_SEARCH_CHARS), (body) => {
    const img = body.querySelector('img[src]:not([width="1"]):not([height="1"])');
    return img ? { src: img.getAttribute('src')!, alt: img.getAttribute('alt') ?? '' } : undefined;
  });
}

const ENTITY_NAME = /^[A-Za-z][A-Za-z0-9]{0,31}$/;

/** What an HTML named entity (`nbsp`, `eacute`) stands for; undefined for a name HTML does not know. */
export function decodeEntity(name: string): string | undefined {
  if (!ENTITY_NAME.test(name)) return undefined;
  const text = readHtml(`&${name};`, (body) => body.textContent ?? '');
  // An unknown name stays as written; a legacy prefix (`&notit;` read as `¬it;`) is more than the one or two characters of an entity.
  return text && text !== `&${name};` && [...text].length <= 2 ? text : undefined;
}

/**
 * Writes `data`, schema.org JSON-LD as the library writes it, into the host's
 * JSON-LD script in its light DOM, made here (updated in place, and only when
 * the text changed). Returns false, writing nothing, where the page refuses
 * the policy or the data is not of that shape.
 */
export function writeJsonLdScript(host: Element, data: object): boolean {
  let text: string | undefined;
  try {
    text = run((policy) => policy.createScript(JSON.stringify(data)));
  } catch {
    return false;
  }
  if (text === undefined) return false;
  let script = host.querySelector<HTMLScriptElement>(`:scope > ${JSON_LD}`);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.toggleAttribute('data-news-widgets', true);
    host.append(script);
  }
  // `text` is a TrustedScript on a page with Trusted Types: compared and written as the DOM takes it.
  if (script.textContent !== String(text)) script.textContent = text;
  return true;
}
