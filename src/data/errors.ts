/**
 * The one error type the data layer rejects with. `code` lets an element or a
 * host page tell the kinds apart; `message` is for developers (console, the
 * `news-error` event), while readers see a translated message chosen by code.
 */
export type NewsErrorCode =
  /**
   * The request got no answer: the server is down or unreachable (DNS, a
   * refused connection), the page's Content-Security-Policy does not allow it,
   * or the connection broke while the response was read. Retried.
   */
  | 'network'
  /**
   * The browser reports itself offline (`navigator.onLine` is false). Retried;
   * readers are told to check their connection.
   */
  | 'offline'
  /**
   * The feed (or the proxy) is on another origin and answered, but without an
   * `Access-Control-Allow-Origin` header for this page's origin, so the browser
   * hides the response. Only the server, or a `proxy`, can fix it: not retried.
   */
  | 'cors'
  /** The server answered with an HTTP error status. */
  | 'http'
  /** The whole load, retries included, took longer than its limit. */
  | 'timeout'
  /** The response is not readable as the format it claims (HTML page, truncated JSON). */
  | 'parse'
  /** The response parsed but is not a news feed. */
  | 'format'
  /** The element is not set up to load anything (no `src`, no data). */
  | 'config';

export class NewsError extends Error {
  override name = 'NewsError';
  constructor(
    readonly code: NewsErrorCode,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';
