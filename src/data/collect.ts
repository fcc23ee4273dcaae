/**
 * An adapter's entries into the model's articles, the same for every format:
 *
 * - at most `LIMITS.items` articles, each within the limits (limits.ts);
 * - an entry with nothing to show, or repeating an earlier id, is skipped
 *   rather than rendered blank;
 * - one entry that cannot be read (an adapter throws on a field no one
 *   foresaw) is dropped, never the feed: the others show;
 * - read in slices, giving the page its main thread back between them
 *   (`readingFeed` pauses after each entry; `collect` runs it).
 */
import type { AdaptedFeed } from './adapters/types.js';
import { boundArticle, boundFeed, LIMITS } from './limits.js';
import type { NewsArticle, NewsFeed } from './model.js';
import { runSliced } from './yield.js';

/** Reads one entry at a time, pausing (yield) after each; returns the feed. */
export function* readingFeed({ entries, readItem, ...fields }: AdaptedFeed): Generator<void, NewsFeed> {
  const items: NewsArticle[] = [];
  const seen = new Set<string>();
  const failures: unknown[] = [];
  for (let index = 0; index < entries.length && items.length < LIMITS.items; index++) {
    let article: NewsArticle | undefined;
    try {
      article = readItem(entries[index], index);
      article &&= boundArticle(article);
    } catch (error) {
      failures.push(error);
    }
    if (article && !seen.has(article.id)) {
      seen.add(article.id);
      items.push(article);
    }
    yield;
  }
  if (failures.length) console.warn(`news-widgets: ${failures.length} item(s) could not be read and are left out; the first:`, failures[0]);
  return { ...boundFeed(fields), items };
}

/** Reads every entry, a slice at a time. */
export const collect = (feed: AdaptedFeed, signal?: AbortSignal): Promise<NewsFeed> => runSliced(readingFeed(feed), signal);
