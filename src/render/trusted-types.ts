/**
 * The library's Trusted Types policy, `news-widgets`, and all the code that
 * uses it: reading a feed's markup (an XML document; HTML fields as text, or
 * their first image) and writing JSON-LD. A page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) lets these through when its CSP
 * names the policy (README, "Strict pages").
 *
 * This module is a file any script on the page can import, so nothing in it
 * hands out trust: the policy object never leaves it, and its rules refuse
 * anything not given to them by this module's own functions while they run
 * (synchronously). No export returns a Trusted* value or markup that could
 * act: they return text and URLs, write JSON only into JSON-LD scripts, and
 * parse XML into a document without a single HTML, SVG or MathML element.
 * HTML is parsed into one inert document (no script runs in it, nothing
 * loads), read, and emptied again before the function returns.
 */
import { NewsError } from '../data/errors.js';
import { withoutInlineCode } from './inline-code.js';

interface Rules {
  createHTML(text: string): string;
  createScript(text: string): string;
}

/** More than 0 while one of this module's functions runs. */
let inside = 0;

function refuse(): never {
  throw new TypeError('news-widgets: this Trusted Types policy only takes what the library itself writes');
}

const RULES: Rules = {
  createHTML: (markup) => (inside ? markup : refuse()),
  // JSON only, for application/ld+json. With every `<` escaped (`\u003c` means
  // the same inside a JSON string, the only place JSON can hold one), no
  // `</script>` or `<!--` can end or confuse the element it goes into.
  createScript(json) {
    if (!inside) refuse();
    JSON.parse(json);
    return json.replace(/</g, '\\u003c');
  },
};

/** undefined: not made yet; null: the page refused it. */
let policy: Rules | null | undefined;

function getPolicy(): Rules | null {
  if (policy === undefined) {
    const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: Rules): Rules } }).trustedTypes;
    try {
      // Without Trusted Types, the rules are applied as they are: the same text either way.
      policy = factory ? factory.createPolicy('news-widgets', RULES) : RULES;
    } catch {
      // The page's CSP does not list the name, or another copy of the library took it.
      policy = null;
    }
  }
  return policy;
}

/** Runs `use` with the policy open to it; undefined where the page refuses the policy. */
function withPolicy<T>(use: (rules: Rules) => T): T | undefined {
  const rules = getPolicy();
  if (!rules) return undefined;
  inside++;
  try {
    return use(rules);
  } finally {
    inside--;
  }
}

const ACTIVE_NAMESPACES = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'];

/**
 * XML text (prepared by data/xml-text.ts, which renames the active
 * namespaces) as a Document, or the parse error as the browser words it ("error
 * on line 3 at column 7: …"). `undefined` where the page refuses the policy.
 * Markup that still makes an HTML, SVG or MathML element is refused.
 */
export function parseXml(text: string): { doc: Document; error?: undefined } | { doc?: undefined; error: string } | undefined {
  const doc = withPolicy((rules) => new DOMParser().parseFromString(rules.createHTML(text), 'application/xml'));
  if (!doc) return undefined;
  const failure = doc.getElementsByTagName('parsererror')[0];
  if (failure) {
    const message = (failure.textContent ?? '').replace(/\s+/g, ' ');
    return { error: /error on line \d+ at column \d+:[^.]*/.exec(message)?.[0].trim() ?? (message.trim().slice(0, 200) || 'unknown error') };
  }
  if (ACTIVE_NAMESPACES.some((namespace) => doc.getElementsByTagNameNS(namespace, '*').length)) {
    throw new NewsError('parse', 'the XML holds HTML, SVG or MathML elements: refused');
  }
  return { doc };
}

let scratch: HTMLElement | undefined;

/** HTML parsed into the inert document's body, read by `read`, then cleared; undefined where the policy is refused. */
function readHtml<T>(html: string, read: (body: HTMLElement) => T): T | undefined {
  return withPolicy((rules) => {
    const body = (scratch ??= document.implementation.createHTMLDocument('').body);
    body.innerHTML = rules.createHTML(withoutInlineCode(html));
    try {
      return read(body);
    } finally {
      body.textContent = '';
    }
  });
}

/** Block elements, whose ends separate words in text. */
const BLOCKS = 'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul';

/**
 * HTML as plain text: entities decoded, tags (and scripts, styles) dropped,
 * blocks separated, whitespace collapsed. `undefined` for nothing left.
 */
export function htmlToText(html: string | undefined): string | undefined {
  if (!html?.trim()) return undefined;
  // Without '<' or '&' there is nothing to decode or drop: no parse.
  const text = !/[<&]/.test(html)
    ? html
    : readHtml(html, (body) => {
        body.querySelectorAll('script, style, template, noscript').forEach((element) => element.remove());
        body.querySelectorAll(BLOCKS).forEach((element) => element.after(' '));
        return body.textContent ?? '';
      });
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

/** The first real image in HTML, as written (`src` unresolved); tracking pixels are skipped. */
export function firstImage(html: string | undefined): { src: string; alt: string } | undefined {
  if (!html?.includes('<img')) return undefined;
  return readHtml(html, (body) => {
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
 * Writes `data` as JSON into a JSON-LD script (and only when the text
 * changed). Returns false where the page refuses the policy: the caller then
 * writes nothing rather than throw.
 */
export function writeJsonScript(script: HTMLScriptElement, data: unknown): boolean {
  if (script.type !== 'application/ld+json') return false;
  const text = withPolicy((rules) => rules.createScript(JSON.stringify(data)));
  if (text === undefined) return false;
  // `text` is a TrustedScript on a page with Trusted Types: compared and written as the DOM takes it.
  if (script.textContent !== String(text)) script.textContent = text;
  return true;
}
