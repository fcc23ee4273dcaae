/**
 * Several feeds made one (`src` with several URLs): pure, over the model.
 *
 * - Sources count in the order `src` lists them: the first one that gives an
 *   article (by its URL; without a URL, by its id within that source) keeps it.
 * - Ids stay unique: an item keeps the id its feed gave it unless an earlier
 *   source took that id; then it is prefixed with its source's number in `src`
 *   (1-based): "2:1" is the second source's "1". Links (`article-href="?tin={id}"`)
 *   and `article-id` use that id, and every element given the same `src` list
 *   merges alike, so a card or an article finds it. Alike while the same
 *   sources load: an id is prefixed only where it collides with one of a
 *   source that loaded, so while an earlier source is down "2:1" is "1". Kept
 *   so, and documented on `src`: ids stable across failures would have to
 *   rename ids that collide with nothing.
 * - Newest first (by publication, else update date); undated items after the
 *   dated ones, in source order then feed order (the sort is stable).
 * - The feed's own fields (title, home page, trail, language, URL) are the
 *   first loaded source's; an item of a source in another language keeps that
 *   language. No paging: a merged feed is one whole list.
 */
import type { NewsArticle, NewsFeed, SourceFailure } from './model.js';

export interface LoadedSource {
  /** The URL as written in `src`. */
  src: string;
  /** Its position in `src` (0-based): the prefix of an id that collides is that plus one. */
  index: number;
  feed: NewsFeed;
}

export function mergeFeeds(sources: readonly LoadedSource[], failures: readonly SourceFailure[] = []): NewsFeed {
  const lead = sources[0]?.feed;
  const urls = new Set<string>();
  const ids = new Set<string>();
  const items: NewsArticle[] = [];
  for (const { index, feed } of sources) {
    const own = new Set<string>();
    for (const item of feed.items) {
      if (own.has(item.id) || (item.url && urls.has(item.url))) continue;
      own.add(item.id);
      if (item.url) urls.add(item.url);
      let id = item.id;
      while (ids.has(id)) id = `${index + 1}:${id}`;
      ids.add(id);
      const language = item.language ?? (feed.language !== lead?.language ? feed.language : undefined);
      items.push(id === item.id && language === item.language ? item : { ...item, id, ...(language ? { language } : {}) });
    }
  }
  items.sort(newestFirst);
  const merged: NewsFeed = { items };
  if (lead) {
    const { url, title, homePageUrl, language, breadcrumb } = lead;
    Object.assign(merged, defined({ url, title, homePageUrl, language, breadcrumb }));
  }
  if (failures.length) merged.failures = [...failures];
  return merged;
}

/** When an article dates from: its publication, else its last update; undefined when neither is a date. */
function timeOf(item: NewsArticle): number | undefined {
  const time = (item.published ?? item.updated)?.getTime();
  return time === undefined || Number.isNaN(time) ? undefined : time;
}

/** Newest first; undated after every dated item, their order kept. */
export function newestFirst(a: NewsArticle, b: NewsArticle): number {
  const [ta, tb] = [timeOf(a), timeOf(b)];
  if (ta === undefined || tb === undefined) return ta === tb ? 0 : ta === undefined ? 1 : -1;
  return tb - ta;
}

/** The fields that are there (the model has no undefined fields). */
const defined = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
