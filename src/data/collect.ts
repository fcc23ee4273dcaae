/**
 * An adapter's entries into the model's articles, the same for every format:
 *
 * - at most `LIMITS.items` articles, each within the limits (limits.ts);
 * - an entry with nothing to show, or repeating an earlier id, is skipped
 *   rather than rendered blank;
 * - one entry that cannot be read (an adapter throws on a field no one
 *   foresaw) is dropped, never the feed: the others show;
 * - `collect` reads in slices, giving the page its main thread back between
 *   them; `collectNow` reads all at once (small payloads, tests).
 */
import type { Adapter, AdaptedFeed } from './adapters/types.js';
import { boundArticle, boundFeed, LIMITS } from './limits.js';
import type { NewsArticle, NewsFeed } from './model.js';
import { runNow, runSliced } from './yield.js';

/** Reads one entry at a time, pausing (yield) after each; returns the feed. */
function* reading({ entries, readItem, ...fields }: AdaptedFeed): Generator<void, NewsFeed> {
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

export const collectNow = (feed: AdaptedFeed): NewsFeed => runNow(reading(feed));

export const collect = (feed: AdaptedFeed, signal?: AbortSignal): Promise<NewsFeed> => runSliced(reading(feed), signal);

/** An adapter from its `read`: `parse` is `read` collected at once. */
export function defineAdapter(adapter: Omit<Adapter, 'parse'>): Adapter {
  return { ...adapter, parse: (payload, context) => ({ format: adapter.format, ...collectNow(adapter.read(payload, context)) }) };
}
