/**
 * Why a fetch failed, which fetch() does not say (load.ts asks, once the
 * browser is known to be online): no answer, or, on another origin, an answer
 * the browser hid for want of a CORS header. A part of its own, loaded on the
 * first failure: a page whose feeds load never downloads these messages.
 */
import { NewsError } from './errors.js';

/**
 * Why fetch() rejected: for another origin, a `no-cors` probe of the same URL (without cookies, its
 * opaque response never read) resolves if the server answered, so the
 * response was hidden for want of a CORS header, and rejects if it did not. A
 * request to the page's own origin cannot fail for CORS, and is not probed.
 */
export async function whyUnfetched(url: string, fetchUrl: string, credentials: RequestCredentials, signal: AbortSignal): Promise<NewsError> {
  const target = new URL(fetchUrl);
  // The origin CORS checks against: 'null' for a sandboxed frame or a file: page.
  const page = self.origin;
  if (target.origin !== page && (target.protocol === 'https:' || target.protocol === 'http:')) {
    try {
      await fetch(fetchUrl, { mode: 'no-cors', credentials: 'omit', signal });
      return new NewsError('cors', corsAdvice(url, fetchUrl, credentials, page));
    } catch {
      if (signal.aborted) throw signal.reason;
    }
  }
  const via = fetchUrl === url ? 'the server' : `the proxy (${fetchUrl})`;
  const mixed = location.protocol === 'https:' && target.protocol === 'http:' ? '; an https: page may not fetch an http: URL (mixed content)' : '';
  return new NewsError(
    'network',
    `${url}: no answer from ${via}: it is down or unreachable, or the page's Content-Security-Policy (connect-src) does not allow it${mixed}`,
  );
}

/** The developer's message for a CORS failure: what the browser saw, and the fix (on the proxy, when there is one). */
function corsAdvice(url: string, fetchUrl: string, credentials: RequestCredentials, page: string): string {
  const header = `Access-Control-Allow-Origin: ${page}`;
  const fix =
    fetchUrl === url
      ? `the server answered without "${header}", so the browser hides the response from this page (CORS). Fix: send "${header}" from the feed's server, or fetch the feed through a proxy of your own with the proxy attribute (e.g. proxy="https://my.site/proxy?url={url}"). (If the feed's server does send it, this answer was an error page of a server or gateway in front of it, which did not: a retry may then work.)`
      : `the proxy (${fetchUrl}) answered without "${header}", so the browser hides its response from this page (CORS). Fix: have the proxy send "${header}". (If it does, this answer was an error page that did not: a retry may then work.)`;
  const cookies =
    credentials === 'include' ? ' With credentials="include" it must name the origin, not *, and also send "Access-Control-Allow-Credentials: true".' : '';
  const opaque = page === 'null' ? ' This page has no origin of its own (a file: page or a sandboxed frame): serve it over http(s).' : '';
  return `${url}: ${fix}${cookies}${opaque}`;
}

