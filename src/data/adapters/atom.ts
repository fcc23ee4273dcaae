/**
 * Atom 1.0 (RFC 4287) into the model: a feed, or an Entry Document (root
 * `<entry>`, read as a feed of one item). Pure: reads an XML Document through
 * the DOM, fetches nothing. A root without the Atom namespace (as some feeds
 * are written) is read the same, its elements in no namespace.
 *
 * Text constructs are read as their `type` says: `text` (or none, or empty)
 * is plain text (only its whitespace is collapsed: a `<` in it is a
 * character, not a tag), `html` is escaped HTML, `xhtml` is markup inside an
 * XHTML `div`. Titles and summaries become plain text; content becomes
 * `contentHtml`, or `text` when it is plain. Relative URLs resolve against
 * `xml:base` and the feed's URL.
 */
import { htmlToText } from '../../render/trusted-types.js';
import { LIMITS } from '../limits.js';
import type { NewsArticle, NewsAuthor } from '../model.js';
import { readDate, readText, readUrl } from './read.js';
import type { AdaptedFeed, Adapter } from './types.js';
import {
  ATOM, XHTML, asDocument, atomLinks, attr, baseOf, categorize, child, children, collapse, first, hrefOf, htmlImage, inNamespace,
  isImageType, langOf, mediaImage, notA, textOf, xhtmlToHtml,
} from './xml.js';

/** The root, when it is an Atom feed or entry: with the Atom namespace, or none at all. */
function rootOf(payload: unknown): Element | undefined {
  const root = asDocument(payload)?.documentElement;
  const atom = root && (inNamespace(root, ATOM) || root.namespaceURI === null);
  return atom && ['feed', 'entry'].includes(root.localName) ? root : undefined;
}

function read(payload: unknown, { base }: { base?: string }): AdaptedFeed<Element> {
  const root = rootOf(payload);
  if (!root) throw notA('an Atom feed', payload);
  // Every Atom element is in the root's namespace: Atom's, or none.
  const ns = root.namespaceURI;
  const readItem = (entry: Element, index: number, feedAuthors: NewsAuthor[] = []) => readEntry(entry, index, base, ns, feedAuthors);
  if (root.localName === 'entry') return { language: langOf(root), entries: [root], readItem };
  const authors = readAuthors(root, base, ns);
  const nextUrl = hrefOf(atomLinks(root, 'next', ns)[0], base);
  return {
    title: plain(child(root, 'title', ns), LIMITS.name),
    homePageUrl: hrefOf(alternate(root, ns), base),
    language: langOf(root),
    entries: children(root, 'entry', ns),
    readItem: (entry, index) => readItem(entry, index, authors),
    paging: nextUrl ? { nextUrl } : undefined,
  };
}

export const atom: Adapter = { format: 'atom', detect: (payload) => !!rootOf(payload), read };

function readEntry(entry: Element, index: number, base: string | undefined, ns: string | null, feedAuthors: NewsAuthor[]): NewsArticle | undefined {
  const url = hrefOf(alternate(entry, ns), base);
  const title = plain(child(entry, 'title', ns), LIMITS.title);
  const summaryElement = child(entry, 'summary', ns);
  const summary = plain(summaryElement, LIMITS.summary);
  const content = construct(child(entry, 'content', ns));
  if (!title && !summary && !content.html && !content.text && !url) return undefined;
  const authors = readAuthors(entry, base, ns);
  const updated = readDate(textOf(entry, 'updated', ns));
  const enclosure = atomLinks(entry, 'enclosure', ns).find((link) => isImageType(link) && attr(link, 'href'));
  return {
    id: textOf(entry, 'id', ns) ?? url ?? `item-${index + 1}`,
    url,
    title,
    summary,
    text: content.text,
    contentHtml: content.html,
    image: enclosure
      ? { url: hrefOf(enclosure, base)!, alt: collapse(enclosure.getAttribute('title') ?? '') ?? '' }
      : (mediaImage(entry, base) ?? htmlImage(content.html ?? construct(summaryElement).html, baseOf(entry, base))),
    // `updated` is required, `published` is not: an entry's only date is its first.
    published: readDate(textOf(entry, 'published', ns)) ?? updated,
    updated,
    // An entry without authors has its feed's (RFC 4287 §4.2.1).
    authors: authors.length ? authors : feedAuthors,
    ...categorize(first(children(entry, 'category', ns)).map((category) => collapse(category.getAttribute('label') ?? '') ?? attr(category, 'term'))),
    language: langOf(entry),
  };
}

/** The page a feed or an entry links to: its alternate link, the HTML one when there are several (a PDF, a JSON copy). */
function alternate(parent: Element, ns: string | null): Element | undefined {
  const links = atomLinks(parent, 'alternate', ns);
  return links.find((link) => link.getAttribute('type') === 'text/html') ?? links[0];
}

function readAuthors(parent: Element, base: string | undefined, ns: string | null): NewsAuthor[] {
  return first(children(parent, 'author', ns), LIMITS.authors).flatMap((author) => {
    const name = collapse(textOf(author, 'name', ns));
    const url = readUrl(textOf(author, 'uri', ns), baseOf(author, base));
    return name ? [url ? { name, url } : { name }] : [];
  });
}

/**
 * A text construct (or `content`) as HTML or as plain text, by its `type`
 * (absent or empty: text). Content by reference (`src`) or in other media
 * types is not read.
 */
function construct(element: Element | undefined, max: number = LIMITS.bodyChars): { html?: string; text?: string } {
  if (!element || element.hasAttribute('src')) return {};
  const type = element.getAttribute('type')?.trim().toLowerCase() || 'text';
  if (type === 'html' || type === 'text/html') return { html: readText(element.textContent) };
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    // The div is the wrapper Atom requires, not part of the content: its children are. (Some feeds
    // forget its namespace, or the div itself: then what is there is the content.)
    const div = children(element, 'div', XHTML)[0] ?? [...element.children].find((candidate) => candidate.localName === 'div');
    return { html: readText(xhtmlToHtml((div ?? element).childNodes, max)) };
  }
  return type === 'text' || type.startsWith('text/') ? { text: readText(element.textContent) } : {};
}

/** A title or summary as one line of plain text, of about `max` characters at most. */
function plain(element: Element | undefined, max: number): string | undefined {
  const { html, text } = construct(element, max);
  return html ? htmlToText(html, max) : collapse(text);
}
