/**
 * Filtering, search and order over the model, pure: what `<news-list>` does with `category`, `tag`,
 * `search` and `sort` (and a reader's filter on a `filterable` list). No DOM, nothing thrown. In the
 * filter part (components/news-list/filtering.ts), so a plain list never downloads it.
 *
 * Names and words compare folded: lower case, without Vietnamese (or any) accents, đ as d, spaces
 * trimmed and collapsed; so "Dao tao" matches "Đào tạo", and a reader who types without accents (as
 * many do on a phone) still finds "Tin tức" with "tin tuc".
 */
import type { NewsArticle } from './model.js';

export type SortOrder = 'feed' | 'newest' | 'oldest' | 'title';
export const SORT_ORDERS: readonly SortOrder[] = ['feed', 'newest', 'oldest', 'title'];

/** What to show of a feed: each field as the attribute is written (untrusted text); absent or blank: no filter. */
export interface FeedQuery {
  /** Comma-separated category names: an article in any of them. */
  category?: unknown;
  /** Comma-separated tags: an article with any of them. */
  tag?: unknown;
  /** Keywords: an article whose title, summary or text holds every one. */
  search?: unknown;
  sort?: unknown;
  /** A reader's filter (a `filterable` list), on top of the others (both must match). */
  reader?: { category?: string; tag?: string };
}

/** Lower case, accents stripped (NFD, then the combining marks), đ/Đ as d, white space trimmed and collapsed. */
export function fold(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A comma-separated list, each name folded; blanks dropped. */
export function parseList(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map(fold).filter(Boolean) : [];
}

const one = (name: unknown): string[] => (fold(name) ? [fold(name)] : []);

/** The keywords of a query, folded: every one is required. */
export function parseWords(value: unknown): string[] {
  const folded = fold(value);
  return folded ? folded.split(' ') : [];
}

/** An article's folded text, category and tags. */
interface Folded {
  text: string;
  category: string;
  tags: string[];
}

/**
 * Each article folded once, for as long as it lives: a feed's articles are the same objects from one
 * filter to the next (a new load makes new ones), so that a query changed at each keystroke over
 * thousands of articles only compares strings.
 */
const folded = new WeakMap<NewsArticle, Folded>();

function foldedOf(article: NewsArticle): Folded {
  let entry = folded.get(article);
  if (!entry) {
    entry = {
      // A line break between them: a word never runs from the title into the summary.
      // A WordPress or RSS body is HTML only: its words, for matching (never shown).
      text: fold([article.title, article.summary, article.text ?? htmlWords(article.contentHtml)].filter(Boolean).join('\n')),
      category: fold(article.category?.title),
      tags: (article.tags ?? []).map(fold),
    };
    folded.set(article, entry);
  }
  return entry;
}

// A Map: a name such as "constructor" must not find what an object inherits.
const ENTITIES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }));

/**
 * The words of an HTML body, cheaply (a pure module: no DOM, no parser): scripts and styles dropped, each tag
 * a space (a `<` before a space or a digit is text), the common named entities and every numeric one decoded; anything else stays as written.
 */
function htmlWords(html: string | undefined): string | undefined {
  return html
    ?.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[a-z/!][^>]*>?/gi, ' ')
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
      if (name) return ENTITIES.get(name.toLowerCase()) ?? entity;
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    });
}

/** The article is in one of the categories (folded names); an empty list: every article is. */
export function inCategory(article: NewsArticle, categories: readonly string[]): boolean {
  return !categories.length || categories.includes(foldedOf(article).category);
}

/** The article has one of the tags (folded names); an empty list: every article has. */
export function hasTag(article: NewsArticle, tags: readonly string[]): boolean {
  return !tags.length || foldedOf(article).tags.some((tag) => tags.includes(tag));
}

/** Every word (folded) is in the article's title, summary or text; no words: every article matches. */
export function matchesWords(article: NewsArticle, words: readonly string[]): boolean {
  if (!words.length) return true;
  const { text } = foldedOf(article);
  return words.every((word) => text.includes(word));
}

const collators = new Map<string, Intl.Collator>();

/** The locale's collation (Vietnamese: A Ă Â B C D Đ E Ê …); a tag the browser refuses: its default. */
function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    try {
      found = new Intl.Collator(locale, { sensitivity: 'variant', numeric: true });
    } catch {
      found = new Intl.Collator(undefined, { numeric: true });
    }
    collators.set(locale, found);
  }
  return found;
}

/** An article's date for ordering: published, else updated; NaN when it has none (or an invalid one). */
const timeOf = (article: NewsArticle): number => (article.published ?? article.updated)?.getTime() ?? NaN;

/**
 * The articles in the order asked (a new array; the feed's own is never sorted in place). `feed`: as they
 * are. `newest`, `oldest`: by date published, else updated; undated ones last, in the feed's order (the
 * sort is stable). `title`: by the locale's collation; untitled ones last. Anything else: as they are.
 */
export function sortArticles(items: readonly NewsArticle[], sort: unknown, locale: string): NewsArticle[] {
  const list = [...items];
  if (sort === 'newest' || sort === 'oldest') {
    const sign = sort === 'newest' ? -1 : 1;
    return list.sort((a, b) => {
      const x = timeOf(a);
      const y = timeOf(b);
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
      return sign * (x - y);
    });
  }
  if (sort === 'title') {
    const { compare } = collator(locale);
    return list.sort((a, b) => (a.title && b.title ? compare(a.title.trim(), b.title.trim()) : a.title ? -1 : b.title ? 1 : 0));
  }
  return list;
}

/** The query has something that leaves articles out (not only an order). */
export function isFiltering(query: FeedQuery): boolean {
  return !!(
    parseList(query.category).length ||
    parseList(query.tag).length ||
    parseWords(query.search).length ||
    fold(query.reader?.category) ||
    fold(query.reader?.tag)
  );
}

/** The articles that match every filter of the query (each list: any of its names), in its order. */
export function applyQuery(items: readonly NewsArticle[], query: FeedQuery, locale: string): NewsArticle[] {
  const categories = parseList(query.category);
  const tags = parseList(query.tag);
  const words = parseWords(query.search);
  // A reader's choice is one name, as a card showed it (a comma in it is part of the name).
  const readerCategory = one(query.reader?.category);
  const readerTag = one(query.reader?.tag);
  const kept = items.filter(
    (item) =>
      inCategory(item, categories) &&
      hasTag(item, tags) &&
      inCategory(item, readerCategory) &&
      hasTag(item, readerTag) &&
      matchesWords(item, words),
  );
  return sortArticles(kept, query.sort, locale);
}
