/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the `_news` extension,
 * a bare array of items, or one item, into the model. Pure: no DOM, no fetch.
 *
 * `_news` on the feed: `breadcrumb: [{ title, url }]`.
 * `_news` on an item: `category: { title, url }` (or a string),
 * `breadcrumb: [{ title, url }]`, `image_alt: string`.
 */
import { NewsError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { NewsArticle, NewsAuthor, NewsLink } from '../model.js';
import { describe, isObject, readDate, readText, readTextList, readUrl, type Json } from './read.js';
import type { AdaptedFeed, Adapter } from './types.js';

/** True for a payload this adapter reads: a feed with `items`, an array, or one item. */
export function isJsonFeed(payload: unknown): boolean {
  return Array.isArray(payload) || (isObject(payload) && (Array.isArray(payload.items) || looksLikeItem(payload)));
}

function looksLikeItem(value: Json): boolean {
  return (
    readText(value.id, { numbers: true }) !== undefined &&
    ['title', 'content_html', 'content_text', 'summary', 'url'].some((key) => readText(value[key]))
  );
}

/** The feed's fields and its items (a bare array's entries, or the one item), unread. */
function read(payload: unknown, base?: string): AdaptedFeed {
  const readItem = (entry: unknown, index: number, feedAuthors: NewsAuthor[] = [], language?: string) =>
    isObject(entry) ? readJsonItem(entry, index, base, feedAuthors, language) : undefined;
  if (Array.isArray(payload)) return { entries: payload, readItem: (entry, index) => readItem(entry, index) };
  if (!isObject(payload)) throw notAFeed(payload);
  if (!Array.isArray(payload.items)) {
    if (looksLikeItem(payload)) return { entries: [payload], readItem: (entry, index) => readItem(entry, index) };
    throw notAFeed(payload);
  }
  const feedAuthors = readAuthors(payload, base);
  const language = readText(payload.language);
  const news = isObject(payload._news) ? payload._news : {};
  const nextUrl = readUrl(payload.next_url, base);
  return {
    title: readText(payload.title),
    homePageUrl: readUrl(payload.home_page_url, base),
    language,
    breadcrumb: readLinks(news.breadcrumb, base),
    entries: payload.items,
    readItem: (entry, index) => readItem(entry, index, feedAuthors, language),
    paging: nextUrl ? { nextUrl } : undefined,
  };
}

function notAFeed(payload: unknown): NewsError {
  return new NewsError('format', `not a JSON Feed (no "items" array), item array or item: got ${describe(payload)}`);
}

function readJsonItem(item: Json, index: number, base: string | undefined, feedAuthors: NewsAuthor[], language?: string): NewsArticle | undefined {
  const news = isObject(item._news) ? item._news : {};
  const url = readUrl(item.url, base);
  const title = readText(item.title);
  const summary = readText(item.summary);
  const text = readText(item.content_text);
  const contentHtml = readText(item.content_html);
  if (!title && !summary && !text && !contentHtml && !url) return undefined;
  const imageUrl = readUrl(item.image, base) ?? readUrl(item.banner_image, base);
  const authors = readAuthors(item, base);
  return {
    id: readText(item.id, { numbers: true }) ?? url ?? `item-${index + 1}`,
    url,
    title,
    summary,
    text,
    contentHtml,
    image: imageUrl ? { url: imageUrl, alt: readText(news.image_alt) ?? '' } : undefined,
    published: readDate(item.date_published),
    updated: readDate(item.date_modified),
    authors: authors.length ? authors : feedAuthors,
    category: readLink(news.category, base),
    tags: readTextList(item.tags),
    breadcrumb: readLinks(news.breadcrumb, base),
    language: readText(item.language) ?? language,
  };
}

/** JSON Feed 1.1 `authors`, or 1.0's single `author`. */
function readAuthors(owner: Json, base?: string): NewsAuthor[] {
  const list = Array.isArray(owner.authors) ? owner.authors : isObject(owner.author) ? [owner.author] : [];
  return list.slice(0, LIMITS.authors).flatMap((entry) => {
    const name = isObject(entry) ? readText(entry.name) : readText(entry);
    if (!name) return [];
    const url = isObject(entry) ? readUrl(entry.url, base) : undefined;
    return [url ? { name, url } : { name }];
  });
}

function readLink(value: unknown, base?: string): NewsLink | undefined {
  const title = isObject(value) ? readText(value.title) : readText(value);
  if (!title) return undefined;
  const url = isObject(value) ? readUrl(value.url, base) : undefined;
  return url ? { title, url } : { title };
}

function readLinks(value: unknown, base?: string): NewsLink[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const links = value.slice(0, LIMITS.crumbs).map((entry) => readLink(entry, base)).filter((link): link is NewsLink => !!link);
  return links.length ? links : undefined;
}

export const jsonFeed: Adapter = { format: 'json-feed', detect: isJsonFeed, read: (payload, { base }) => read(payload, base) };
