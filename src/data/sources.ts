/**
 * The on-demand part for `src` with several URLs (`loadPart(PARTS.sources, …)`):
 * a page whose elements each show one feed never downloads it.
 *
 * - Each URL loads through `loadFeed` (the shared cache: one request per URL
 *   per page, shared with the early loads and with the other elements; the
 *   element's abort signal), then they are merged (merge.ts).
 * - A source that fails does not blank the others: the merged feed lists it in
 *   `failures`, `news-error` fires for it (`{ error, src }`) and the element
 *   shows a notice above its content, with a retry for it (renderSourceNotice).
 *   When every source failed, the first one's error is the element's.
 * - Failures are not cached (load.ts): the same list loaded again asks only the
 *   sources that failed; the others come from the cache. A retry from the
 *   notice does so without leaving the ready state: the list stays as it is
 *   until the merged feed is ready, then shows it.
 * - A load that finds every source's feed as it was (a refresh's `304`s: load.ts
 *   resolves with the same object) and the same ones failing resolves with the
 *   same merged feed as before: as with one source, nothing re-renders and no
 *   `news-load` fires.
 */
import type { ReactiveElement } from 'lit';
import { resolveLocale } from '../i18n/locale.js';
import { noticeStyles, renderNotice, sourceNames } from '../render/notice.js';
import { loadFeed, type LoadOptions } from './load.js';
import { mergeFeeds, type LoadedSource } from './merge.js';
import type { NewsFeed, SourceFailure } from './model.js';

/** The URLs of a `src` list, each once, in their order. */
export const sourceList = (src: string): string[] => [...new Set(src.split(/\s+/).filter(Boolean))];

/** How each merged feed was asked for: its retry asks the same way. */
const made = new WeakMap<NewsFeed, { src: string; options: LoadOptions }>();

/** Merged feeds whose retry is on its way. */
const retrying = new WeakSet<NewsFeed>();

/** Each element's last merged feed, and what it was merged from: its URLs, each one's feed (undefined: it failed). */
const last = new WeakMap<Element, { urls: string; feeds: (NewsFeed | undefined)[]; feed: NewsFeed }>();

/** The sources of merged feeds that failed again when the reader retried them (announced politely in the notice). */
const stillFailing = new WeakMap<NewsFeed, readonly string[]>();

export async function loadSources(host: Element, src: string, options: LoadOptions): Promise<NewsFeed> {
  const urls = sourceList(src);
  const results = await Promise.allSettled(urls.map((url) => loadFeed(url, options)));
  // The element moved on (a new src, or it left the page): nothing of this load is its any more.
  if (options.signal?.aborted) throw options.signal.reason;
  const loaded: LoadedSource[] = [];
  const failures: SourceFailure[] = [];
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') loaded.push({ src: urls[index], index, feed: result.value });
    else failures.push({ src: urls[index], error: result.reason });
  });
  // The page's developer learns of each source that failed, by its URL.
  for (const failure of failures) {
    console.warn(host, failure.error);
    host.dispatchEvent(new CustomEvent('news-error', { detail: failure, bubbles: true, composed: true }));
  }
  if (!loaded.length) throw failures[0].error;
  // Every source as it was, the same ones failing (the URLs compared too: a failed one has no feed to compare).
  const feeds = results.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
  const before = last.get(host);
  if (before?.urls === urls.join(' ') && feeds.every((feed, i) => feed === before.feeds[i])) return before.feed;
  const feed = mergeFeeds(loaded, failures);
  // A retry asks again only what failed (failures are not cached): not through the signal of a load that is over, nor fresh.
  const { signal: _signal, fresh: _fresh, ...again } = options;
  made.set(feed, { src, options: again });
  last.set(host, { urls: urls.join(' '), feeds, feed });
  return feed;
}

/** What an element holds of its feed (its LoadController): the notice's retry shows the feed it brings there. */
interface FeedHolder {
  status: string;
  value?: NewsFeed;
}

/**
 * The notice of the sources of `feed` that failed (nothing when none did):
 * each named by its site, with a retry that loads the same list again (only
 * what failed is asked for) and shows the result in place, the list kept
 * meanwhile.
 */
export function renderSourceNotice(host: ReactiveElement, feed: NewsFeed, holder: FeedHolder): unknown {
  const failures = feed.failures ?? [];
  if (!failures.length) return undefined;
  adoptNoticeStyles(host);
  const names = sourceNames(failures.map((failure) => failure.src));
  const busy = retrying.has(feed);
  const again = stillFailing.get(feed) ?? [];
  const lines = failures.map(({ src }, i) => ({ src, name: names[i], busy, again: again.includes(src) }));
  return renderNotice(lines, resolveLocale(host), () => void retry(host, feed, holder));
}

async function retry(host: ReactiveElement, feed: NewsFeed, holder: FeedHolder): Promise<void> {
  const how = made.get(feed);
  if (!how) return;
  // The retry button, when the reader pressed it by keyboard or pointer: focus follows it if it goes.
  const pressed = (host.renderRoot as ShadowRoot).activeElement;
  retrying.add(feed);
  // Said anew after this retry, if they fail again: the region empties meanwhile, so the same words are heard again.
  stillFailing.delete(feed);
  host.requestUpdate();
  let next: NewsFeed | undefined;
  try {
    next = await loadSources(host, how.src, how.options);
  } catch {
    // Every source failed this time: the element's error is for a load of its own; the notice stays.
  }
  retrying.delete(feed);
  // The sources retried that failed again: the notice says so (else a retry that fails is silent, the button back as it was).
  const shown = next ?? feed;
  const again = new Set(feed.failures?.map((failure) => failure.src));
  stillFailing.set(shown, shown.failures?.map((failure) => failure.src).filter((src) => again.has(src)) ?? []);
  // Shown only where the feed it retried is still the one shown (not replaced by a new src meanwhile); the
  // same merged feed again (the same sources failing) changes nothing.
  if (next && next !== feed && holder.value === feed && holder.status === 'complete') {
    holder.value = next;
    host.dispatchEvent(new CustomEvent('news-load', { detail: next, bubbles: true, composed: true }));
  }
  host.requestUpdate();
  await host.updateComplete;
  // The retry button (kept while its source still fails) keeps focus; where it went with its source, focus
  // goes to the first article that source brought, as the reader asked for them.
  const root = host.renderRoot;
  if (!pressed || pressed.isConnected) return;
  const before = new Set(feed.items.map((item) => item.id));
  const fresh = next?.items.find((item) => !before.has(item.id) && root.querySelector(`a[data-id="${CSS.escape(item.id)}"]`));
  if (fresh) root.querySelector<HTMLElement>(`a[data-id="${CSS.escape(fresh.id)}"]`)?.focus();
}

/** The notice's look joins the element's own styles, once per shadow root (constructed: allowed by a strict CSP). */
function adoptNoticeStyles(host: ReactiveElement): void {
  const root = host.renderRoot;
  const sheet = noticeStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
