/**
 * WordPress REST API v2 posts (`/wp-json/wp/v2/posts`, best with `?_embed`)
 * into the model: the array of posts a listing returns, or one post. Pure: no fetch.
 *
 * Shapes assumed, as WordPress 4.7+ sends them:
 *
 * - A post: numeric `id`, `slug`, `link`, `type`, `title`/`excerpt`/`content`
 *   as `{ rendered, protected }` (HTML, entities and all: `&#8220;`, `&amp;`),
 *   `date`/`modified` (site-local) and `date_gmt`/`modified_gmt` (UTC), both
 *   without a zone designator.
 * - With `_embed`, `_embedded.author[]` (`name`, `link`),
 *   `_embedded['wp:featuredmedia'][0]` (`source_url`, `alt_text`,
 *   `media_details.sizes`) and `_embedded['wp:term']`, one array of terms per
 *   taxonomy (`taxonomy`, `name` in HTML, `link`). What the reader may not see
 *   is embedded as an error (`{ code: 'rest_user_cannot_view', … }`): skipped.
 *   Without `_embed`, posts have no authors, image, category or tags (the
 *   numeric ids in `author`, `featured_media`, `categories` are of no use).
 * - Paging is in the response's headers: `X-WP-Total`, `X-WP-TotalPages` and
 *   `Link: <…?page=2>; rel="next"` (WordPress's CORS answer exposes all three).
 *
 * Decisions: an article's id is the post's numeric id as a string (what the
 * API names it by, `/posts/{id}`, and unlike the slug never changes on an
 * edit). A password-protected post keeps its title and link but gets no
 * summary and no body: WordPress sends them empty, or a theme's teaser.
 */
import { htmlToText } from '../../render/trusted-types.js';
import { NewsError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { NewsArticle, NewsAuthor, NewsImage, NewsLink, NewsPaging } from '../model.js';
import { describe, isObject, pageByQuery, readDate, readText, readUrl, type Json } from './read.js';
import type { AdaptedFeed, Adapter, AdapterContext } from './types.js';

/** `{ rendered }`, WordPress's wrapper around every HTML field. */
const rendered = (field: unknown): string | undefined => (isObject(field) ? readText(field.rendered) : undefined);

/**
 * A post: a numeric id and at least one `{ rendered }` field (JSON Feed's
 * items have plain strings there), or, as `_fields=id,link` leaves it, a
 * numeric id with WordPress's `link` (JSON Feed calls it `url`) and `slug` or `type`.
 */
const looksLikePost = (value: unknown): value is Json =>
  isObject(value) &&
  typeof value.id === 'number' &&
  (['title', 'content', 'excerpt'].some((key) => isObject(value[key]) && typeof (value[key] as Json).rendered === 'string') ||
    (typeof value.link === 'string' && (typeof value.slug === 'string' || typeof value.type === 'string')));

/**
 * An array whose first object is a post, or one post. An empty array is not
 * claimed: it is as much an empty JSON Feed item array, and reads the same.
 */
function detect(payload: unknown): boolean {
  return Array.isArray(payload) ? looksLikePost(payload.find(isObject)) : looksLikePost(payload);
}

function read(payload: unknown, { base, headers }: AdapterContext): AdaptedFeed {
  if (!detect(payload)) throw new NewsError('format', `not WordPress posts: got ${describe(payload)}`);
  return {
    entries: Array.isArray(payload) ? payload : [payload],
    readItem: (post, index) => (isObject(post) ? readPost(post, index, base) : undefined),
    paging: readPaging(headers, base),
  };
}

function readPost(post: Json, index: number, base?: string): NewsArticle | undefined {
  const url = readUrl(post.link, base);
  const title = htmlToText(rendered(post.title), LIMITS.title);
  // The fields say `protected` even when WordPress did render them (the password was sent): never shown.
  const locked = [post.content, post.excerpt].some((field) => isObject(field) && field.protected === true);
  const summary = locked ? undefined : readSummary(rendered(post.excerpt), title);
  const contentHtml = locked ? undefined : rendered(post.content);
  if (!title && !summary && !contentHtml && !url) return undefined;
  const embedded = isObject(post._embedded) ? post._embedded : {};
  // Categories and tags, before the limit on tags: a post may carry thousands.
  const terms = list(embedded['wp:term']).flatMap(list).slice(0, 2 * LIMITS.tags).filter(isObject);
  const category = readTerms(terms, 'category', base)[0];
  return {
    id: readText(post.id, { numbers: true }) ?? readText(post.slug) ?? url ?? `item-${index + 1}`,
    url,
    title,
    summary,
    contentHtml,
    image: readImage(list(embedded['wp:featuredmedia'])[0], base),
    published: readUtc(post.date_gmt) ?? readLocal(post.date),
    updated: readUtc(post.modified_gmt) ?? readLocal(post.modified),
    authors: list(embedded.author).slice(0, LIMITS.authors).flatMap((author) => readAuthor(author, base) ?? []),
    category,
    tags: [...new Set(readTerms(terms, 'post_tag', base).map((tag) => tag.title))],
  };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** An embedded object, unless it is the error WordPress embeds in place of what the reader may not see. */
const embeddedObject = (value: unknown): Json | undefined => (isObject(value) && value.code === undefined ? value : undefined);

/** `date_gmt` is UTC but says so nowhere ("2022-03-26T01:00:00"): read with a `Z`, where it has no zone of its own. */
const readUtc = (value: unknown): Date | undefined => {
  const text = readText(value);
  return readDate(text && /T[\d:.]+$/.test(text) ? `${text}Z` : text);
};

/**
 * `date` is the site's local time, and the site's zone is not in the payload:
 * only when `date_gmt` is missing (drafts, `_fields` without it), it is read
 * in the reader's zone, which for a local portal is most often the site's.
 */
const readLocal = readDate;

/**
 * WordPress's "more" endings, as they read once decoded: `[…]` (the default)
 * and themes' links: "Continue reading →" (Twenty Twelve), "Continue reading
 * “Title”" (Twenty Sixteen, Seventeen: the title is there for screen readers),
 * "Read more »", "Đọc tiếp…". Only at the very end: a "read more" inside the
 * text stays (one that ends a hand-written excerpt goes, as a link would).
 * Compared from the end, without regard to case, in linear time: never a
 * regular expression made of the title.
 */
const MORE_LABELS = ['continue reading', 'read more', 'keep reading', 'đọc tiếp', 'đọc thêm', 'xem thêm', 'xem tiếp'];
const MORE_SIGNS = ['→', '»', '›', '…', '...'];

let collator: Intl.Collator | undefined;

/** `text` without the first of `endings` it ends with (case aside), trimmed; undefined when it ends with none. */
function cutEnding(text: string, endings: readonly string[], { alone = false } = {}): string | undefined {
  collator ??= new Intl.Collator('en', { sensitivity: 'accent' });
  for (const ending of endings) {
    const at = text.length - ending.length;
    if (at < 0 || collator.compare(text.slice(at), ending) !== 0) continue;
    // A label stands alone: at the start, or after a space ("bread more" does not end with "read more").
    if (alone && at > 0 && !/\s/.test(text[at - 1])) continue;
    return text.slice(0, at).trimEnd();
  }
  return undefined;
}

function readSummary(html: string | undefined, title?: string): string | undefined {
  const text = htmlToText(html);
  if (!text) return undefined;
  let rest = cutEnding(text, MORE_SIGNS) ?? text;
  const titled = title && cutEnding(cutEnding(rest, ['"', '”']) ?? rest, [title]);
  if (titled !== undefined && titled !== '') rest = cutEnding(titled, ['"', '“']) ?? titled;
  const summary = cutEnding(rest, MORE_LABELS, { alone: true }) ?? text;
  return (cutEnding(summary, ['[…]', '[...]']) ?? summary) || undefined;
}

function readAuthor(value: unknown, base?: string): NewsAuthor | undefined {
  const author = embeddedObject(value);
  const name = htmlToText(readText(author?.name), LIMITS.name);
  if (!author || !name) return undefined;
  const url = readUrl(author.link, base);
  return url ? { name, url } : { name };
}

/** The terms of one taxonomy, names decoded (`Tin t&#7913;c`). */
function readTerms(terms: Json[], taxonomy: string, base?: string): NewsLink[] {
  return terms.flatMap((term) => {
    const title = term.taxonomy === taxonomy ? htmlToText(readText(term.name), LIMITS.name) : undefined;
    if (!title) return [];
    const url = readUrl(term.link, base);
    return [url ? { title, url } : { title }];
  });
}

/** Enough for a card at twice its size, but not the original upload (often several megabytes). */
const WIDE_ENOUGH = 768;

/** The featured image: the smallest generated size at least 768px wide, else the upload itself. */
function readImage(value: unknown, base?: string): NewsImage | undefined {
  const media = embeddedObject(value);
  if (!media || (media.media_type !== undefined && media.media_type !== 'image')) return undefined;
  const sizes = isObject(media.media_details) && isObject(media.media_details.sizes) ? Object.values(media.media_details.sizes) : [];
  const size = sizes
    .filter((entry): entry is Json => isObject(entry) && typeof entry.width === 'number' && entry.width >= WIDE_ENOUGH && !!readText(entry.source_url))
    .sort((a, b) => (a.width as number) - (b.width as number))[0];
  const url = readUrl(size?.source_url, base) ?? readUrl(media.source_url, base);
  return url ? { url, alt: htmlToText(readText(media.alt_text), LIMITS.alt) ?? '' } : undefined;
}

/** A header's count: digits only, so a missing or odd header is absent, never NaN. */
function readCount(headers: AdapterContext['headers'], name: string): number | undefined {
  const text = headers?.get(name)?.trim();
  return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

function readPaging(headers: AdapterContext['headers'], base?: string): NewsPaging | undefined {
  const paging: NewsPaging = {};
  const total = readCount(headers, 'X-WP-Total');
  const pages = readCount(headers, 'X-WP-TotalPages');
  const nextUrl = readNextLink(headers?.get('Link'), base);
  if (total !== undefined) paging.total = total;
  if (pages !== undefined) paging.pages = pages;
  if (nextUrl) paging.nextUrl = nextUrl;
  return Object.keys(paging).length ? paging : undefined;
}

/** The `rel="next"` target of a `Link` header: `<url>; rel="prev", <url>; rel="next"`. */
function readNextLink(header: string | null | undefined, base?: string): string | undefined {
  for (const link of header?.split(/,\s*(?=<)/) ?? []) {
    const [, target, params] = /^\s*<([^>]*)>(.*)$/.exec(link) ?? [];
    const rel = params && /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(params)?.[1];
    if (rel && rel.toLowerCase().split(/\s+/).includes('next')) return readUrl(target, base);
  }
  return undefined;
}

export const wordpress: Adapter = { format: 'wordpress', detect, read, pageUrl: pageByQuery('per_page') };
