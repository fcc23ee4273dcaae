/**
 * Atom 1.0 (RFC 4287) into the model. Pure: reads an XML Document through the
 * DOM, fetches nothing.
 *
 * Text constructs are read as their `type` says: `text` is plain text (only
 * its whitespace is collapsed: a `<` in it is a character, not a tag), `html`
 * is escaped HTML, `xhtml` is markup inside an XHTML `div`. Titles and
 * summaries become plain text; content becomes `contentHtml`, or `text` when
 * it is plain. Relative URLs resolve against `xml:base` and the feed's URL.
 */
import type { NewsArticle, NewsAuthor, NewsFeed } from '../model.js';
import { htmlToText } from './markup.js';
import { readDate, readText, readUrl } from './read.js';
import type { Adapter } from './types.js';
import {
  ATOM, XHTML, asDocument, atomLinks, attr, baseOf, categorize, child, children, collapse, collect, hrefOf, htmlImage, isImageType, langOf,
  mediaImage, notA, textOf,
} from './xml.js';

const feedOf = (payload: unknown): Element | undefined => {
  const root = asDocument(payload)?.documentElement;
  return root?.localName === 'feed' && root.namespaceURI === ATOM ? root : undefined;
};

export const atom: Adapter = {
  format: 'atom',
  detect: (payload) => !!feedOf(payload),
  parse(payload, { base }): NewsFeed {
    const feed = feedOf(payload);
    if (!feed) throw notA('an Atom feed', payload);
    const authors = readAuthors(feed, base);
    const nextUrl = hrefOf(atomLinks(feed, 'next')[0], base);
    return {
      title: plain(child(feed, 'title', ATOM)),
      homePageUrl: hrefOf(alternate(feed), base),
      language: langOf(feed),
      items: collect(children(feed, 'entry', ATOM), (entry, index) => readEntry(entry, index, base, authors)),
      paging: nextUrl ? { nextUrl } : undefined,
    };
  },
};

function readEntry(entry: Element, index: number, base: string | undefined, feedAuthors: NewsAuthor[]): NewsArticle | undefined {
  const url = hrefOf(alternate(entry), base);
  const title = plain(child(entry, 'title', ATOM));
  const summaryElement = child(entry, 'summary', ATOM);
  const summary = plain(summaryElement);
  const content = construct(child(entry, 'content', ATOM));
  if (!title && !summary && !content.html && !content.text && !url) return undefined;
  const authors = readAuthors(entry, base);
  const updated = readDate(textOf(entry, 'updated', ATOM));
  const enclosure = atomLinks(entry, 'enclosure').find((link) => isImageType(link) && attr(link, 'href'));
  return {
    id: textOf(entry, 'id', ATOM) ?? url ?? `item-${index + 1}`,
    url,
    title,
    summary,
    text: content.text,
    contentHtml: content.html,
    image: enclosure
      ? { url: hrefOf(enclosure, base)!, alt: collapse(enclosure.getAttribute('title') ?? '') ?? '' }
      : (mediaImage(entry, base) ?? htmlImage(content.html ?? construct(summaryElement).html, baseOf(entry, base))),
    // `updated` is required, `published` is not: an entry's only date is its first.
    published: readDate(textOf(entry, 'published', ATOM)) ?? updated,
    updated,
    // An entry without authors has its feed's (RFC 4287 §4.2.1).
    authors: authors.length ? authors : feedAuthors,
    ...categorize(children(entry, 'category', ATOM).map((category) => collapse(category.getAttribute('label') ?? '') ?? attr(category, 'term'))),
    language: langOf(entry),
  };
}

/** The page a feed or an entry links to: its alternate link, the HTML one when there are several (a PDF, a JSON copy). */
function alternate(parent: Element): Element | undefined {
  const links = atomLinks(parent, 'alternate');
  return links.find((link) => link.getAttribute('type') === 'text/html') ?? links[0];
}

function readAuthors(parent: Element, base?: string): NewsAuthor[] {
  return children(parent, 'author', ATOM).flatMap((author) => {
    const name = collapse(textOf(author, 'name', ATOM));
    const url = readUrl(textOf(author, 'uri', ATOM), baseOf(author, base));
    return name ? [url ? { name, url } : { name }] : [];
  });
}

/**
 * A text construct (or `content`) as HTML or as plain text, by its `type`.
 * Content by reference (`src`) or in other media types is not read.
 */
function construct(element: Element | undefined): { html?: string; text?: string } {
  if (!element || element.hasAttribute('src')) return {};
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'html' || type === 'text/html') return { html: readText(element.textContent) };
  if (type === 'xhtml') {
    // The div is the wrapper Atom requires, not part of the content: its children are.
    const div = child(element, 'div', XHTML);
    const serializer = new XMLSerializer();
    return { html: div && readText([...div.childNodes].map((node) => serializer.serializeToString(node)).join('')) };
  }
  return type === 'text' || type.startsWith('text/') ? { text: readText(element.textContent) } : {};
}

/** A title or summary as one line of plain text. */
function plain(element: Element | undefined): string | undefined {
  const { html, text } = construct(element);
  return html ? htmlToText(html) : collapse(text);
}
