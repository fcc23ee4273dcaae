/**
 * Fetching feeds: one request per URL per page, however many elements show it.
 *
 * - A shared in-memory cache keyed by absolute URL (and credentials mode) holds
 *   the parsed feed; a request in flight is shared as well (dedupe).
 * - Each caller passes its own AbortSignal. Aborting it rejects only that
 *   caller; the request itself is aborted once every caller has gone.
 * - The whole load, retries included, gives up after `LOAD_TIMEOUT_MS`.
 * - Network errors and 5xx answers are retried (`RETRY_DELAYS_MS`); 4xx and
 *   unreadable bodies are not, since asking again would not change them.
 * - A fetch that fails says no more than "Failed to fetch": offline, no
 *   answer, or, on another origin, no CORS header. A `no-cors` probe tells
 *   them apart (unfetched.ts, a part loaded on the first failure); a CORS
 *   failure is not retried either.
 * - A body is read as bytes, at most `LIMITS.responseBytes`, and decoded in
 *   its own encoding (decode.ts).
 * - Failures are not cached, so a retry asks the server again.
 * - A fresh load (`fresh`: a refresh, a retry) asks the server again, and
 *   whether the feed changed since the one loaded (revalidation, below): when
 *   it did not, it resolves with the very same `NewsFeed` object, so an
 *   element sees no change. A fresh load that fails, or that every caller
 *   aborted, keeps the feed it would have replaced in the cache.
 * - A URL that a feed's content chose (a next page) is fetched with the
 *   page's credentials and proxy only on the first page's origin; elsewhere
 *   without credentials and never through the proxy, so that a feed can
 *   neither send the reader's cookies anywhere nor aim the portal's proxy.
 */
import { composed, decodeBody, decoderFor } from './decode.js';
import { NewsError } from './errors.js';
import { LIMITS } from './limits.js';
import type { NewsFeed } from './model.js';
import { parseFeed, type ParseOptions } from './parse.js';
import { loadPart, MissingPart, PARTS } from './parts.js';

export const LOAD_TIMEOUT_MS = 10_000;
export const RETRY_DELAYS_MS = [300, 900];

export interface LoadOptions extends Pick<ParseOptions, 'format' | 'urlBase'> {
  signal?: AbortSignal;
  credentials?: RequestCredentials;
  /**
   * Ask the server again even when the feed is cached (a refresh): conditionally, so that an unchanged feed
   * costs a `304` and resolves with the same `NewsFeed` object as before.
   */
  fresh?: boolean;
  /**
   * A URL template for feeds whose server sends no CORS header:
   * `https://my.site/proxy?url={url}`, `{url}` replaced by the feed's URL, encoded.
   */
  proxy?: string;
}

interface Load {
  promise: Promise<NewsFeed>;
  controller: AbortController;
  /** Callers still waiting for this load; at 0 an unfinished load is aborted. */
  waiting: number;
  settled: boolean;
  /** A fresh load's: the load it replaced in the cache, put back where it fails or is aborted (until it settles). */
  before?: Load;
}

/** The headers of the response each loaded feed was read from: its validators (`ETag`, `Last-Modified`), for a refresh. */
export const responseHeaders = new WeakMap<NewsFeed, Headers>();

const loads = new Map<string, Load>();

/** Forget every cached feed (tests; a host page that knows its feeds changed). */
export function clearFeedCache(): void {
  loads.clear();
}

export function loadFeed(src: string, { signal, credentials = 'same-origin', fresh = false, proxy, ...parsing }: LoadOptions = {}): Promise<NewsFeed> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  let url: string;
  let fetchUrl: string;
  try {
    url = new URL(src, document.baseURI).href;
    fetchUrl = proxy ? new URL(proxy.replace('{url}', encodeURIComponent(url)), document.baseURI).href : url;
  } catch {
    return Promise.reject(new NewsError('network', `invalid URL: ${proxy ? `${proxy} or ${src}` : src}`));
  }
  // One entry per request and per way of reading it.
  const key = [credentials, fetchUrl, parsing.format, parsing.urlBase].join(' ');
  let load = loads.get(key);
  // A fresh load joins one in flight: that answer is as fresh.
  if (!load || (fresh && load.settled)) {
    // Settled here means loaded: a failed load has left the cache before anyone could see it settled.
    const before = load;
    load = start(url, fetchUrl, credentials, parsing, before?.promise ?? fresh);
    load.before = before;
    loads.set(key, load);
    const started = load;
    // Loaded, it needs the one before no more (no chain of every feed a refresh replaced).
    load.promise.then(() => (started.before = undefined), () => drop(key, started));
  }
  return follow(load, key, signal);
}

/**
 * A load that failed, or that every caller left, leaves the cache. A failed or abandoned refresh keeps the feed
 * already shown (the one it replaced): the one a next load gets, and a next refresh compares with.
 */
function drop(key: string, load: Load): void {
  if (loads.get(key) === load) load.before ? loads.set(key, load.before) : loads.delete(key);
}

/** `fresh`: ask the server, not the browser's cache, and where the feed was loaded before, whether it changed. */
function start(url: string, fetchUrl: string, credentials: RequestCredentials, parsing: ParseOptions, fresh: Promise<NewsFeed> | boolean): Load {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new NewsError('timeout', `${url}: no answer in ${LOAD_TIMEOUT_MS / 1000} s`)),
    LOAD_TIMEOUT_MS,
  );
  const load: Load = { controller, waiting: 0, settled: false, promise: undefined! };
  load.promise = fetchWithRetry(url, fetchUrl, credentials, parsing, controller.signal, fresh).finally(() => {
    clearTimeout(timer);
    load.settled = true;
  });
  return load;
}

/** Waits for a shared load on behalf of one caller, who may abort alone. */
function follow(load: Load, key: string, signal?: AbortSignal): Promise<NewsFeed> {
  if (load.settled) return load.promise;
  load.waiting++;
  // A caller without a signal keeps the load alive until it settles.
  if (!signal) return load.promise;
  return new Promise<NewsFeed>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      load.waiting--;
    };
    const onAbort = () => {
      leave();
      reject(signal.reason);
      if (load.waiting === 0 && !load.settled) {
        load.controller.abort(signal.reason);
        drop(key, load);
      }
    };
    signal.addEventListener('abort', onAbort);
    load.promise.then(
      (feed) => (leave(), resolve(feed)),
      (error) => (leave(), reject(error)),
    );
  });
}

/**
 * Fetches `fetchUrl` (the feed, or the proxy's URL for it) and reads it as the feed at `url`. A fresh load
 * asks the server, not the browser's HTTP cache; a fresh load of a feed loaded before (`fresh`: that load)
 * asks whether it changed, and reads the answer, with the refresh part (revalidate.ts: how, and why so).
 */
async function fetchWithRetry(
  url: string,
  fetchUrl: string,
  credentials: RequestCredentials,
  parsing: ParseOptions,
  signal: AbortSignal,
  fresh: Promise<NewsFeed> | boolean,
): Promise<NewsFeed> {
  const init: RequestInit = { credentials, signal, cache: fresh ? 'no-cache' : undefined };
  const unchanged = typeof fresh == 'object' ? (await loadPart(PARTS.refresh, () => import('./refresh.js'))).revalidate(await fresh, fetchUrl, init) : undefined;
  for (let attempt = 0; ; attempt++) {
    let failure: NewsError;
    try {
      const response = await fetch(fetchUrl, init).catch(async () => {
        if (signal.aborted) throw signal.reason;
        // Why, it does not say: offline, no answer, or no CORS header. Told apart by a part of its own
        // (unfetched.ts), loaded on the first failure; where it cannot be loaded either, the network is down.
        if (navigator.onLine === false) throw new NewsError('offline', `${url}: the browser is offline (navigator.onLine is false)`);
        const why = await loadPart(PARTS.unfetched, () => import('./unfetched.js')).catch(() => undefined);
        throw why ? await why.whyUnfetched(url, fetchUrl, credentials, signal) : new NewsError('network', `${url}: no answer`);
      });
      const same = unchanged?.(response);
      if (same) return same;
      if (response.ok) {
        const type = response.headers.get('content-type');
        const text = await readText(response, type, url);
        // Reading is not retried: the same body would fail the same way (parseFeed rejects with a NewsError, below).
        const feed = await parseFeed(text, type, url, { ...parsing, headers: response.headers, signal });
        responseHeaders.set(feed, response.headers);
        return unchanged?.(response, feed) ?? feed;
      }
      failure = new NewsError('http', `${url}: HTTP ${response.status}`, response.status);
      if (response.status < 500) throw failure;
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      // A part of the library that could not be fetched is no failure of the feed's: not asked for again.
      if (error instanceof MissingPart) throw error;
      // Only what may go otherwise next time is retried: no answer, or no connection.
      if (error instanceof NewsError && error.code !== 'network' && error.code !== 'offline') throw error;
      failure = error instanceof NewsError ? error : new NewsError('network', `${url}: the connection broke while the response was read`);
    }
    if (attempt >= RETRY_DELAYS_MS.length) throw failure;
    await sleep(RETRY_DELAYS_MS[attempt], signal);
  }
}

/**
 * The body as text, refused beyond `LIMITS.responseBytes` (by its
 * Content-Length, or as it streams in). Decoded as it arrives, chunk by chunk,
 * once its first bytes have told the encoding: no one long decode at the end.
 */
async function readText(response: Response, type: string | null, url: string): Promise<string> {
  const tooLarge = (size: string) =>
    new NewsError('parse', `${url}: the response is ${size}, more than the ${LIMITS.responseBytes / 1024 / 1024} MB a feed may have`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > LIMITS.responseBytes) throw tooLarge(`${(declared / 1024 / 1024).toFixed(1)} MB`);
  if (!response.body) return decodeBody(await response.arrayBuffer(), type);
  const reader = response.body.getReader();
  const parts: string[] = [];
  let head = new Uint8Array(0);
  let decoder: TextDecoder | undefined;
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > LIMITS.responseBytes) {
      void reader.cancel();
      throw tooLarge('larger');
    }
    if (decoder) {
      parts.push(decoder.decode(chunk.value, { stream: true }));
      continue;
    }
    // The encoding is told by the first bytes: a byte-order mark, or an XML declaration.
    const joined = new Uint8Array(head.byteLength + chunk.value.byteLength);
    joined.set(head);
    joined.set(chunk.value, head.byteLength);
    head = joined;
    if (head.byteLength < 1024) continue;
    decoder = decoderFor(head, type);
    parts.push(decoder.decode(head, { stream: true }));
  }
  if (!decoder) {
    decoder = decoderFor(head, type);
    parts.push(decoder.decode(head, { stream: true }));
  }
  parts.push(decoder.decode());
  return composed(decoder, parts.join(''));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    const onAbort = () => (clearTimeout(timer), reject(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
