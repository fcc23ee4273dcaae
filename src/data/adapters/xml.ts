/**
 * What the RSS and Atom adapters share: reading an XML Document through the
 * DOM (elements matched by local name AND namespace, so `atom:link` is never
 * taken for RSS's `link`), `xml:base` and `xml:lang`, Media RSS images, and
 * the model's rules (skip empty or repeated items; the first category is the
 * category).
 */
import { NewsError } from '../errors.js';
import type { NewsArticle, NewsImage } from '../model.js';
import { htmlToText, parseMarkup } from './markup.js';
import { describe, readText, readUrl } from './read.js';

export const ATOM = 'http://www.w3.org/2005/Atom';
export const XHTML = 'http://www.w3.org/1999/xhtml';
const MEDIA = 'http://search.yahoo.com/mrss/';
const XML = 'http://www.w3.org/XML/1998/namespace';

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
  return [...parent.children].filter((element) => element.localName === name && element.namespaceURI === ns);
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
export const atomLinks = (parent: Element, rel: string): Element[] =>
  children(parent, 'link', ATOM).filter((link) => (attr(link, 'rel') ?? 'alternate') === rel);

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
    const alt = htmlToText(textOf(element, 'description', MEDIA) ?? textOf(element, 'title', MEDIA));
    if (alt) return alt;
  }
  return '';
}

/**
 * The first real image in an HTML field: many portals' feeds (VnExpress-style
 * descriptions) carry their picture only there. Tracking pixels are skipped.
 */
export function htmlImage(html: string | undefined, base?: string): NewsImage | undefined {
  if (!html?.includes('<img')) return undefined;
  const img = parseMarkup(html, 'text/html')?.querySelector('img[src]:not([width="1"]):not([height="1"])');
  const url = readUrl(img?.getAttribute('src'), base);
  return url ? { url, alt: collapse(img!.getAttribute('alt') ?? '') ?? '' } : undefined;
}

/** Categories' titles as the model has them: the first as the category, all (distinct) as tags. */
export function categorize(titles: (string | undefined)[]): Pick<NewsArticle, 'category' | 'tags'> {
  const tags = [...new Set(titles.filter((title): title is string => !!title))];
  return { category: tags.length ? { title: tags[0] } : undefined, tags };
}

/** Items read from elements, in feed order; one with nothing to show, or a repeated id, is skipped rather than rendered blank. */
export function collect(elements: Element[], read: (element: Element, index: number) => NewsArticle | undefined): NewsArticle[] {
  const seen = new Set<string>();
  return elements.flatMap((element, index) => {
    const article = read(element, index);
    if (!article || seen.has(article.id)) return [];
    seen.add(article.id);
    return [article];
  });
}
