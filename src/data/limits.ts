/**
 * Upper bounds on what a feed may hand the widgets, so that no feed, however
 * large or hostile, blocks the host page's main thread for long or exhausts
 * its memory. Each is generous for an honest feed (see the README, "Limits").
 * What goes beyond a bound is cut (text ends with "…", lists keep their first
 * entries), or for a whole response, refused with a clear error.
 */
import type { NewsArticle, NewsFeed, NewsLink } from './model.js';

export const LIMITS = {
  /** A response body, in bytes: more is a `parse` error, before it is read as a feed. */
  responseBytes: 8 * 1024 * 1024,
  /** Articles read from one feed (or one page of it); the rest are not read. */
  items: 5000,
  /** One XML item's markup, in characters: a bigger item is skipped. */
  itemChars: 2_000_000,
  /** Child elements of one XML item (or of the channel, or the root) that are read; the rest are not. */
  itemChildren: 1000,
  /** Elements in one XML item, however deep, that are read; and as many outside the items. */
  itemElements: 10_000,
  /** An article's id. */
  id: 1000,
  /** A URL: a longer one is dropped, not cut. */
  url: 8192,
  title: 500,
  /** The feed's own title, a crumb, a category, a tag, an author's name. */
  name: 200,
  summary: 10_000,
  /** The plain-text body (`content_text`). */
  text: 200_000,
  /** The HTML body, in characters: a longer one is cut, and the article says so with a link to the whole of it. */
  bodyChars: 1_000_000,
  /** Nodes and attributes of a sanitized body that are shown; a longer body is cut likewise. */
  bodyNodes: 5000,
  /**
   * One run of text shown in a body (a text node, a paragraph of a plain-text
   * body): laying out a very long line of text can take the browser seconds
   * where a page's font lacks its characters.
   */
  paragraphChars: 20_000,
  authors: 20,
  tags: 100,
  crumbs: 20,
  alt: 1000,
} as const;

/** Text cut to `max` characters, ending with "…" when cut (never inside a surrogate pair). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 2]) ? max - 2 : max - 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

const cutOptional = (text: string | undefined, max: number): string | undefined => (text === undefined ? undefined : cutText(text, max));

/** A URL short enough to keep (a longer one is dropped, since a cut URL leads nowhere). */
const boundUrl = (url: string | undefined): string | undefined => (url && url.length <= LIMITS.url ? url : undefined);

/** A date the model can hold: valid, or absent (so that rendering it can never throw). */
const boundDate = (date: Date | undefined): Date | undefined => (date instanceof Date && Number.isFinite(date.getTime()) ? date : undefined);

const boundLink = <T extends { title?: string; name?: string; url?: string }>(link: T): T => {
  const bounded = { ...link, url: boundUrl(link.url) };
  if (link.title !== undefined) bounded.title = cutText(link.title, LIMITS.name);
  if (link.name !== undefined) bounded.name = cutText(link.name, LIMITS.name);
  if (!bounded.url) delete bounded.url;
  return bounded;
};

const boundTrail = (trail: NewsLink[] | undefined): NewsLink[] | undefined => trail?.slice(0, LIMITS.crumbs).map(boundLink);

/** An article within every limit; fields that cannot be kept are left out, so the model stays clean. */
export function boundArticle(article: NewsArticle): NewsArticle {
  const bounded: NewsArticle = {
    ...article,
    id: article.id.length > LIMITS.id ? article.id.slice(0, LIMITS.id).toWellFormed() : article.id,
    url: boundUrl(article.url),
    title: cutOptional(article.title, LIMITS.title),
    summary: cutOptional(article.summary, LIMITS.summary),
    text: cutOptional(article.text, LIMITS.text),
    contentHtml: article.contentHtml?.slice(0, LIMITS.bodyChars),
    image: article.image && boundUrl(article.image.url) ? { url: article.image.url, alt: cutText(article.image.alt, LIMITS.alt) } : undefined,
    published: boundDate(article.published),
    updated: boundDate(article.updated),
    authors: article.authors.slice(0, LIMITS.authors).map(boundLink),
    category: article.category && boundLink(article.category),
    tags: article.tags.slice(0, LIMITS.tags).map((tag) => cutText(tag, LIMITS.name)),
    breadcrumb: boundTrail(article.breadcrumb),
    language: cutOptional(article.language, LIMITS.name),
  };
  for (const key of Object.keys(bounded) as (keyof NewsArticle)[]) if (bounded[key] === undefined) delete bounded[key];
  return bounded;
}

/** A feed's own fields within the limits. */
export function boundFeed<T extends Omit<NewsFeed, 'items'>>(feed: T): T {
  const bounded: T = {
    ...feed,
    title: cutOptional(feed.title, LIMITS.name),
    homePageUrl: boundUrl(feed.homePageUrl),
    language: cutOptional(feed.language, LIMITS.name),
    breadcrumb: boundTrail(feed.breadcrumb),
  };
  if (feed.paging) {
    const nextUrl = boundUrl(feed.paging.nextUrl);
    bounded.paging = { ...feed.paging, nextUrl };
    if (!nextUrl) delete bounded.paging.nextUrl;
    if (!Object.keys(bounded.paging).length) delete bounded.paging;
  }
  for (const key of Object.keys(bounded) as (keyof T)[]) if (bounded[key] === undefined) delete bounded[key];
  return bounded;
}
