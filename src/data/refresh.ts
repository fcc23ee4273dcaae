/**
 * The live refresh of feeds, a part loaded on first use: by an element with
 * `refresh` (the element's side, the button of new articles: refresher.ts),
 * and by a fresh load of a feed loaded before (revalidate.ts).
 *
 * Here, the timers: one per feed, however many elements on the page show it,
 * running at the shortest interval any of them asks for. A tick asks each of
 * its elements to refresh; their fresh loads of the same feed are one request
 * (load.ts joins a fresh load to the one in flight). No tick while the page is
 * hidden: one that comes due then waits, and runs once when the page shows
 * again. The last element to leave a timer clears it, and the last timer to go
 * stops listening to the page's visibility: nothing is left behind.
 */
import { Refresher, type ShownFeed } from '../components/refresher.js';
import type { NewsElement } from '../components/news-element.js';
export { revalidate } from './revalidate.js';

/** Below this many seconds a refresh would only load the server (and the reader's data plan). */
export const MIN_REFRESH_SECONDS = 10;

interface Timer {
  /** Each subscriber's refresh, and the interval it asks for, in ms. */
  subscribers: Map<() => unknown, number>;
  /** The interval the running timeout was set for. */
  every: number;
  timeout?: ReturnType<typeof setTimeout>;
  /** A tick came while the page was hidden: it runs when the page shows again. */
  due: boolean;
}

const timers = new Map<string, Timer>();

/**
 * Calls `refresh` every `seconds` (at least MIN_REFRESH_SECONDS) while the page is visible, sharing the timer
 * of every subscriber of the same `key` (the feed), at the shortest interval among them. Returns the unsubscribe.
 */
export function subscribe(key: string, seconds: number, refresh: () => unknown): () => void {
  let timer = timers.get(key);
  if (!timer) {
    if (!timers.size) document.addEventListener('visibilitychange', onVisibility);
    timers.set(key, (timer = { subscribers: new Map(), every: Infinity, due: false }));
  }
  timer.subscribers.set(refresh, Math.max(seconds, MIN_REFRESH_SECONDS) * 1000);
  // A shorter interval than the timer's starts it again at that pace; a longer one waits for the next tick.
  if (interval(timer) < timer.every) start(timer);
  const entry = timer;
  return () => {
    entry.subscribers.delete(refresh);
    if (entry.subscribers.size || timers.get(key) !== entry) return;
    clearTimeout(entry.timeout);
    timers.delete(key);
    if (!timers.size) document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** The live refresh of an element: its place on its feed's timer, and for a list the button of new articles. */
export const watch = (host: NewsElement, feed: ShownFeed): Refresher => new Refresher(host, feed, subscribe);

/** How many feeds have a timer (tests: none is left behind). */
export const timerCount = (): number => timers.size;

const interval = (timer: Timer): number => Math.min(...timer.subscribers.values());

function start(timer: Timer): void {
  clearTimeout(timer.timeout);
  timer.every = interval(timer);
  timer.timeout = setTimeout(() => tick(timer), timer.every);
}

function tick(timer: Timer): void {
  timer.timeout = undefined;
  if (document.visibilityState === 'hidden') {
    // No request for a page no one sees: the refresh waits for the page to show again (onVisibility).
    timer.due = true;
    return;
  }
  timer.due = false;
  for (const refresh of timer.subscribers.keys()) refresh();
  start(timer);
}

function onVisibility(): void {
  if (document.visibilityState === 'hidden') return;
  for (const timer of timers.values()) if (timer.due) tick(timer);
}
