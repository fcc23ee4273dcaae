/**
 * Markup for adapters, parsed by the browser (never with regular expressions):
 * XML feeds into a Document, and HTML fields (WordPress `.rendered`, Atom
 * `type="html"`, RSS descriptions) into plain text. Both parse into inert
 * documents that run no script and load nothing, and nothing parsed here is
 * ever inserted into the page.
 */
import { trustedHTML } from '../../render/trusted-types.js';

/** Parses XML or HTML text into an inert Document; `undefined` where the page's Trusted Types refuse our policy. */
export function parseMarkup(text: string, type: DOMParserSupportedType): Document | undefined {
  const markup = trustedHTML(text);
  return markup === undefined ? undefined : new DOMParser().parseFromString(markup as string, type);
}

/** Block elements, whose ends separate words in text. */
const BLOCKS = 'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul';

/**
 * HTML as plain text: entities decoded, tags (and scripts, styles) dropped,
 * blocks separated, whitespace collapsed. `undefined` for nothing left.
 */
export function htmlToText(html: string | undefined): string | undefined {
  if (!html?.trim()) return undefined;
  // Without '<' or '&' there is nothing to decode or drop: skip the parser.
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim() || undefined;
  const body = parseMarkup(html, 'text/html')?.body;
  if (!body) return undefined;
  body.querySelectorAll('script, style, template, noscript').forEach((element) => element.remove());
  body.querySelectorAll(BLOCKS).forEach((element) => element.after(' '));
  return body.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}
