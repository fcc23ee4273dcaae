/**
 * Asking a server whether a feed changed since it was loaded, and reading the
 * answer (part of the on-demand refresh part: load.ts calls it for a fresh
 * load of a feed it has loaded before).
 *
 * On the page's own origin the request carries the validators itself
 * (`If-None-Match`, `If-Modified-Since`, where the previous response had an
 * `ETag`, a `Last-Modified`), and the `304` comes to us as it is: that works
 * even for a response the browser's HTTP cache did not keep (`no-store`).
 *
 * On another origin it does not: those headers would make the request
 * "non-simple" for CORS, so each refresh would cost a preflight (an OPTIONS
 * request first), and a server whose `Access-Control-Allow-Headers` does not
 * list them (most feed servers, which send only `Access-Control-Allow-Origin`)
 * would refuse it: every refresh would fail. It asks with `cache: 'no-cache'`
 * instead: the browser revalidates with the validators its HTTP cache stored,
 * with no preflight and no change on the server, and hands a `304` on as the
 * 200 it had kept. So "unchanged" is also told from a 200: the same `ETag`
 * (where the server lets scripts read it: `Access-Control-Expose-Headers`),
 * else the same feed once read (a server without validators, or whose
 * response the cache did not keep, sends it whole: it is then read for
 * nothing, but still changes nothing on screen).
 */
import { responseHeaders } from './load.js';
import type { NewsFeed } from './model.js';

/**
 * Sets up `init` to ask whether the feed changed since `previous` was loaded; returns what reads the answer:
 * `previous` itself for an unchanged feed (told from the response, before its body is read; or from the
 * `feed` read from it), else undefined.
 */
export function revalidate(previous: NewsFeed, fetchUrl: string, init: RequestInit): (response: Response, feed?: NewsFeed) => NewsFeed | undefined {
  const headers = responseHeaders.get(previous);
  const etag = headers?.get('etag');
  const modified = headers?.get('last-modified');
  if ((etag || modified) && new URL(fetchUrl).origin === self.origin) {
    // Our own validators: the browser's cache then stays out of it, and hands the 304 on as it came.
    init.cache = 'no-store';
    init.headers = { ...(etag && { 'if-none-match': etag }), ...(modified && { 'if-modified-since': modified }) };
  }
  return (response, feed) => {
    if (feed) {
      if (JSON.stringify(feed) !== JSON.stringify(previous)) return undefined;
      // The same feed, maybe with new validators: those are what the next refresh asks with.
      responseHeaders.set(previous, response.headers);
      return previous;
    }
    if (response.status !== 304 && !(etag && response.headers.get('etag') === etag)) return undefined;
    void response.body?.cancel();
    return previous;
  };
}
