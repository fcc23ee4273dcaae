/**
 * What the RSS and Atom adapters share: reading an XML Document through the
 * DOM (elements matched by local name AND namespace, so `atom:link` is never
 * taken for RSS's `link`), `xml:base` and `xml:lang`, Media RSS images, and
 * the model's rules (skip empty or repeated items; the first category is the
 * category).
 */
import { firstImage, htmlToText } from '../../render/trusted-types.js';
import { NewsError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { NewsArticle, NewsImage } from '../model.js';
import { INERT } from '../xml-text.js';
import { describe, readText, readUrl } from './read.js';

export const ATOM = 'http://www.w3.org/2005/Atom';
/** XHTML as the prepared document has it (xml-text.ts renames the active namespaces). */
export const XHTML = INERT.xhtml;
const MEDIA = 'http://search.yahoo.com/mrss/';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** Other names feeds use for a namespace (as keys, see nsKey). */
const ALIASES = new Map([['tools.search.yahoo.com/mrss', 'search.yahoo.com/mrss']]);
const keys = new Map<string, string>();

/**
 * A namespace as the adapters compare it: feeds write the same one with
 * `http` or `https`, with or without its trailing slash (or `#`), in other
 * cases (`http://www.itunes.com/DTDs/Podcast-1.0.dtd`), or by an old name.
 */
export function nsKey(namespace: string | null): string | null {
  if (namespace === null) return null;
  let key = keys.get(namespace);
  if (key === undefined) {
    key = namespace.trim().toLowerCase().replace(/^https?:\/\//, '');
    let end = key.length;
    while (end > 0 && (key[end - 1] === '/' || key[end - 1] === '#')) end--;
    key = key.slice(0, end);
    key = ALIASES.get(key) ?? key;
    if (keys.size < 1000) keys.set(namespace, key);
  }
  return key;
}

/** Whether an element is in `namespace` (`null`: in none), as nsKey compares. */
export const inNamespace = (element: Element, namespace: string | null): boolean => nsKey(element.namespaceURI) === nsKey(namespace);

/** The payload as a well-formed Document; browsers report XML errors as a `parsererror` element rather than throwing. */
export function asDocument(payload: unknown): Document | undefined {
  return payload instanceof Document && !payload.getElementsByTagName('parsererror').length ? payload : undefined;
}

/** The error for a payload that is not the adapter's format, naming what it is. */
export function notA(format: string, payload: unknown): NewsError {
  const got = !(payload instanceof Document)
    ? describe(payload)
    : asDocument(payload)
      ? `a document whose root is <${payload.documentElement?.nodeName}>`
      : 'XML with errors';
  return new NewsError('format', `not ${format}: got ${got}`);
}

/** The child elements of `parent` named `name` in namespace `ns` (`null`: none, as RSS 2.0's own elements). */
export function children(parent: Element, name: string, ns: string | null): Element[] {
  return [...parent.children].filter((element) => element.localName === name && inNamespace(element, ns));
}

export const child = (parent: Element, name: string, ns: string | null): Element | undefined => children(parent, name, ns)[0];

/** A child element's text (CDATA included), trimmed; absent when missing or blank. */
export const textOf = (parent: Element, name: string, ns: string | null): string | undefined => readText(child(parent, name, ns)?.textContent);

export const attr = (element: Element | undefined, name: string): string | undefined => readText(element?.getAttribute(name));

/** Plain text on one line. */
export const collapse = (text: string | undefined): string | undefined => text?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * The URL relative references in `element` resolve against: the feed's own
 * URL, refined by every `xml:base` from the root down. (Browsers no longer
 * apply `xml:base` to `baseURI`, so it is done here.)
 */
export function baseOf(element: Element | null, base?: string): string | undefined {
  if (!element) return base;
  const outer = baseOf(element.parentElement, base);
  return readUrl(element.getAttributeNS(XML, 'base'), outer) ?? outer;
}

/** The `xml:lang` in scope; `xml:lang=""` means unknown. */
export function langOf(element: Element | null): string | undefined {
  for (; element; element = element.parentElement) {
    const lang = element.getAttributeNS(XML, 'lang');
    if (lang !== null) return readText(lang);
  }
  return undefined;
}

/** Atom `link`s of `parent` with relation `rel`; a link without `rel` is "alternate". RSS channels carry them too. */
export const atomLinks = (parent: Element, rel: string, ns: string | null = ATOM): Element[] =>
  children(parent, 'link', ns).filter((link) => (attr(link, 'rel') ?? 'alternate') === rel);

export const hrefOf = (link: Element | undefined, base?: string): string | undefined => link && readUrl(link.getAttribute('href'), baseOf(link, base));

export const isImageType = (element: Element): boolean => !!element.getAttribute('type')?.startsWith('image/');

/**
 * A Media RSS image (`media:content` of medium or type image, `media:thumbnail`,
 * also inside `media:group` or a video's `media:content`): the widest, since a
 * card scales down but not up. Content images come first, so they win ties
 * (a thumbnail is usually the smaller copy).
 */
export function mediaImage(item: Element, base?: string): NewsImage | undefined {
  const groups = [item, ...children(item, 'group', MEDIA)];
  const contents = groups.flatMap((parent) => children(parent, 'content', MEDIA));
  const candidates = [
    ...contents.filter((content) => content.getAttribute('medium') === 'image' || isImageType(content)),
    ...[...groups, ...contents].flatMap((parent) => children(parent, 'thumbnail', MEDIA)),
  ].filter((element) => attr(element, 'url'));
  const width = (element: Element) => Number(element.getAttribute('width')) || 0;
  const best = candidates.reduce<Element | undefined>((wide, element) => (wide && width(wide) >= width(element) ? wide : element), undefined);
  return best && { url: readUrl(best.getAttribute('url'), baseOf(best, base))!, alt: mediaAlt(best) };
}

/**
 * The image's `media:description` or `media:title`, from the image itself or
 * the media elements around it. Not the item's own: those repeat the item's
 * summary and title, which a card shows beside the image anyway.
 */
function mediaAlt(image: Element): string {
  for (let element: Element | null = image; element?.namespaceURI === MEDIA; element = element.parentElement) {
    // Either may be type="html".
    const alt = htmlToText(textOf(element, 'description', MEDIA) ?? textOf(element, 'title', MEDIA), LIMITS.alt);
    if (alt) return alt;
  }
  return '';
}

/**
 * The first real image in an HTML field: many portals' feeds (VnExpress-style
 * descriptions) carry their picture only there. Tracking pixels are skipped.
 */
export function htmlImage(html: string | undefined, base?: string): NewsImage | undefined {
  const image = firstImage(html);
  const url = readUrl(image?.src, base);
  return url ? { url, alt: collapse(image!.alt) ?? '' } : undefined;
}

/** Categories' titles as the model has them: the first as the category, all (distinct) as tags. */
export function categorize(titles: (string | undefined)[]): Pick<NewsArticle, 'category' | 'tags'> {
  const tags = [...new Set(titles.filter((title): title is string => !!title))];
  return { category: tags.length ? { title: tags[0] } : undefined, tags };
}

/** The first elements of a list that are read (categories, authors): the model keeps no more. */
export const first = <T>(list: T[], limit: number = LIMITS.tags): T[] => list.slice(0, limit);

/** Elements that have no end tag in HTML. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * XHTML content (children of an Atom `div`) written as HTML for the
 * sanitizer: an empty `<a name="x"/>` or `<iframe/>` must not swallow what
 * follows, as XML's self-closing tags would in HTML. Only attributes without
 * a namespace are kept; comments and processing instructions go. Writing
 * stops past `max` characters (the parser that reads it closes what is open).
 */
export function xhtmlToHtml(nodes: NodeListOf<ChildNode> | ChildNode[], max: number = LIMITS.bodyChars): string {
  const parts: string[] = [];
  let length = 0;
  const write = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  const walk = (list: NodeListOf<ChildNode> | ChildNode[]) => {
    for (const node of list) {
      if (length > max) return;
      if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) write(escapeText(node.nodeValue ?? ''));
      else if (node instanceof Element) {
        const name = node.localName;
        const attributes = [...node.attributes]
          .filter((attribute) => attribute.namespaceURI === null)
          .map((attribute) => ` ${attribute.localName}="${escapeText(attribute.value).replaceAll('"', '&quot;')}"`)
          .join('');
        write(`<${name}${attributes}>`);
        if (VOID.has(name)) continue;
        walk(node.childNodes);
        write(`</${name}>`);
      }
    }
  };
  walk(nodes);
  return parts.join('');
}
