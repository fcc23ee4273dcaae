/**
 * RSS 2.0 (and 0.9x, and RSS 1.0 / RDF) into the model. Pure: reads an XML
 * Document through the DOM, fetches nothing.
 *
 * RSS says little about what its text is, and feeds in the wild put escaped
 * HTML and entities anywhere, so every text field goes through `htmlToText`.
 * `description` is the summary; it is also the HTML body when there is no
 * `content:encoded` and it has markup (a plain-text description is left to
 * the summary, which the article shows when there is no body).
 * Extensions read: content:encoded, dc:creator/date/language/title, Media
 * RSS images, iTunes author, image and summary (podcasts), and a channel's
 * `atom:link rel="next"` for paging. Namespaces are compared as feeds write
 * them (see `nsKey`).
 */
import { htmlToText } from '../../render/trusted-types.js';
import { LIMITS } from '../limits.js';
import type { NewsArticle, NewsAuthor } from '../model.js';
import { readDate, readText, readUrl } from './read.js';
import type { AdaptedFeed, Adapter } from './types.js';
import {
  asDocument, atomLinks, attr, baseOf, categorize, child, children, first, hrefOf, htmlImage, inNamespace, isImageType, mediaImage, notA,
  textOf,
} from './xml.js';

const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

/**
 * The channel and its items, or undefined for anything else. The version
 * attribute is not checked: 0.91 to 2.0 share this shape, and feeds send
 * "2", "2.00" or nothing.
 */
function channelOf(payload: unknown): { channel: Element; items: Element[] } | undefined {
  const root = asDocument(payload)?.documentElement;
  if (!root || !(root.localName === 'rss' || (root.localName === 'RDF' && inNamespace(root, RDF)))) return undefined;
  const channel = [...root.children].find((element) => element.localName === 'channel');
  if (!channel) return undefined;
  // RSS 2.0's elements are in no namespace, RSS 1.0's in its own: the channel's
  // is theirs. RSS 1.0 puts the items beside the channel, not in it.
  const ns = channel.namespaceURI;
  return { channel, items: [...children(channel, 'item', ns), ...children(root, 'item', ns)] };
}

function read(payload: unknown, { base }: { base?: string }): AdaptedFeed<Element> {
  const found = channelOf(payload);
  if (!found) throw notA('an RSS feed', payload);
  const { channel, items } = found;
  const ns = channel.namespaceURI;
  const language = textOf(channel, 'language', ns) ?? textOf(channel, 'language', DC);
  const nextUrl = hrefOf(atomLinks(channel, 'next')[0], base);
  return {
    title: htmlToText(textOf(channel, 'title', ns) ?? textOf(channel, 'title', DC), LIMITS.name),
    homePageUrl: readUrl(textOf(channel, 'link', ns), baseOf(channel, base)),
    language,
    entries: items,
    readItem: (item, index) => readItem(item, index, ns, base, language),
    paging: nextUrl ? { nextUrl } : undefined,
  };
}

export const rss: Adapter = { format: 'rss', detect: (payload) => !!channelOf(payload), read };

function readItem(item: Element, index: number, ns: string | null, feedBase: string | undefined, language?: string): NewsArticle | undefined {
  const base = baseOf(item, feedBase);
  const guid = child(item, 'guid', ns);
  const id = readText(guid?.textContent);
  // A guid is the item's permalink unless it says otherwise; many are not URLs at all.
  const permalink = guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(id ?? '') ? id : undefined;
  const url = readUrl(textOf(item, 'link', ns) ?? permalink, base);
  const title = htmlToText(textOf(item, 'title', ns) ?? textOf(item, 'title', DC), LIMITS.title);
  const description = textOf(item, 'description', ns);
  const summary = htmlToText(description ?? textOf(item, 'summary', ITUNES) ?? textOf(item, 'subtitle', ITUNES));
  const encoded = textOf(item, 'encoded', CONTENT);
  const contentHtml = encoded ?? (description?.includes('<') ? description : undefined);
  if (!title && !summary && !contentHtml && !url) return undefined;
  const enclosure = children(item, 'enclosure', ns).find((element) => isImageType(element) && attr(element, 'url'));
  return {
    // RSS 1.0 names each item by its rdf:about.
    id: id ?? readText(item.getAttributeNS(RDF, 'about')) ?? url ?? `item-${index + 1}`,
    url,
    title,
    summary,
    contentHtml,
    image: enclosure
      ? { url: readUrl(enclosure.getAttribute('url'), base)!, alt: '' }
      : (mediaImage(item, feedBase) ?? itunesImage(item, base) ?? htmlImage(description, base) ?? htmlImage(encoded, base)),
    published: readRfc822Date(textOf(item, 'pubDate', ns)) ?? readDate(textOf(item, 'date', DC)),
    authors: readAuthors(item, ns),
    ...categorize(first(children(item, 'category', ns)).map((category) => htmlToText(category.textContent ?? '', LIMITS.name))),
    language: textOf(item, 'language', DC) ?? language,
  };
}

/** `dc:creator`s (one per author), else RSS `author`s, else `itunes:author`. */
function readAuthors(item: Element, ns: string | null): NewsAuthor[] {
  const names = (elements: Element[], name: (element: Element) => string | undefined) =>
    first(elements, LIMITS.authors).map(name).filter((text): text is string => !!text);
  const textOfElement = (element: Element) => htmlToText(element.textContent ?? '', LIMITS.name);
  let found = names(children(item, 'creator', DC), textOfElement);
  if (!found.length) found = names(children(item, 'author', ns), authorName);
  if (!found.length) found = names(children(item, 'author', ITUNES), textOfElement);
  return [...new Set(found)].map((name) => ({ name }));
}

/**
 * RSS `author` is an email, by convention followed by the name:
 * `toasoan@portal.example (Ngọc Hân)`. Some feeds write it as Atom's, with a
 * `name` (and `email`) inside: then the name.
 */
function authorName(author: Element): string | undefined {
  if (author.children.length) {
    const name = [...author.children].find((element) => element.localName === 'name') ?? author.children[0];
    return htmlToText(name.textContent ?? '', LIMITS.name);
  }
  const text = author.textContent ?? '';
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  return htmlToText(open >= 0 && close > open ? text.slice(open + 1, close) : text, LIMITS.name);
}

/** A podcast's episode image, `<itunes:image href="…">`. */
function itunesImage(item: Element, base?: string): NewsArticle['image'] {
  const url = readUrl(child(item, 'image', ITUNES)?.getAttribute('href'), base);
  return url ? { url, alt: '' } : undefined;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/**
 * RFC 822's named zones, in hours; ICT for the Indochina feeds that use it.
 * Other names count as UTC, as RFC 2822 says. A Map, so that a zone named
 * `constructor` or `__proto__` is just another unknown name.
 */
const ZONES = new Map(Object.entries({ est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7, ict: 7 }));
/**
 * [weekday,] day month year hh:mm[:ss] [zone]; month names may be full, zones
 * may be +07:00 or GMT+0700; some feeds put the month first ("Fri, Oct 7 2022").
 */
const RFC822 =
  /^(?:[a-z]+\.?,?\s*)?(?:(\d{1,2})\s+([a-z]{3})[a-z]*\.?|([a-z]{3})[a-z]*\.?\s+(\d{1,2})),?\s+(\d{2,4}),?\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*(?:(?:gmt|utc)?([+-])(\d\d):?(\d\d)|([a-z]+))?$/i;

/**
 * An RSS date (RFC 822: `Sat, 26 Mar 2022 08:00:00 +0700`), read the same in
 * every browser (`Date.parse` of this form differs between them), or an ISO
 * 8601 one, which some feeds send instead. Anything else is absent.
 */
export function readRfc822Date(value: string | undefined): Date | undefined {
  const text = readText(value) ?? '';
  if (text.length > 100) return undefined;
  const match = RFC822.exec(text);
  if (!match) return /^\d{4}-\d\d-\d\d/.test(text) ? readDate(text) : undefined;
  const [, dayFirst, monthAfter, monthFirst, dayAfter, yearText, hours, minutes, seconds = '0', sign, zoneHours, zoneMinutes, zone] = match;
  const day = dayFirst ?? dayAfter;
  const monthName = monthAfter ?? monthFirst;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  let year = +yearText;
  // Short years as RFC 2822 reads them: 00–49 are 2000–2049, 50–99 and three digits are 1900 + year.
  if (yearText.length < 4) year += yearText.length === 2 && year < 50 ? 2000 : 1900;
  // 31 Feb and the like would roll over into the next month: not a date.
  const valid = month >= 0 && +hours < 24 && +minutes < 60 && +seconds <= 60 && new Date(Date.UTC(year, month, +day)).getUTCDate() === +day;
  if (!valid) return undefined;
  // Without a zone the date is the reader's local time, as browsers read such dates.
  if (!sign && !zone) return new Date(year, month, +day, +hours, +minutes, +seconds);
  const offset = sign ? (sign === '-' ? -1 : 1) * (+zoneHours * 60 + +zoneMinutes) : (ZONES.get(zone.toLowerCase()) ?? 0) * 60;
  return new Date(Date.UTC(year, month, +day, +hours, +minutes - offset, +seconds));
}
