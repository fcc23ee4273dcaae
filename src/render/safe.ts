import { pageBase } from './page.js';

/**
 * The URL policy: only http(s) URLs, or relative ones (which resolve to the
 * page's http(s) origin), ever become a link or an image. `javascript:`,
 * `data:`, `vbscript:`, `blob:` and anything unparsable become nothing.
 */
export function safeUrl(value: unknown, base: string | undefined = pageBase()): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A value as one path segment: encoded, so that it holds no `/`, `?` or `#`.
 * `.` and `..` have no encoding a URL parser keeps (`%2E%2E` climbs too), so
 * they are no segment at all. Undefined also for a string that cannot be
 * encoded (a lone surrogate).
 */
export function pathSegment(value: string): string | undefined {
  return value === '.' || value === '..' ? undefined : encode(value);
}

function encode(value: string): string | undefined {
  try {
    return encodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * The link for an article: the `article-href` template with `{id}` replaced
 * (URL-encoded), else the article's own URL. Either way through the policy.
 * An id that would climb out of the template's path (`/news/{id}/view` with
 * `..`) makes no link.
 */
export function articleHref(article: { id: string; url?: string }, template?: string | null): string | undefined {
  if (!template) return safeUrl(article.url);
  const inPath = template.split(/[?#]/, 1)[0].includes('{id}');
  const id = inPath ? pathSegment(article.id) : encode(article.id);
  return id === undefined ? undefined : safeUrl(template.replaceAll('{id}', id));
}

/** `rel` for a link target: a new browsing context gets no opener. */
export const relFor = (target: string | undefined): string | undefined =>
  target && target !== '_self' && target !== '_parent' && target !== '_top' ? 'noopener noreferrer' : undefined;
