/**
 * The URL policy: only http(s) URLs, or relative ones (which resolve to the
 * page's http(s) origin), ever become a link or an image. `javascript:`,
 * `data:`, `vbscript:`, `blob:` and anything unparsable become nothing.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link for an article: the `article-href` template with `{id}` replaced
 * (URL-encoded), else the article's own URL. Either way through the policy.
 */
export function articleHref(article: { id: string; url?: string }, template?: string | null): string | undefined {
  if (template) return safeUrl(template.replaceAll('{id}', encodeURIComponent(article.id)));
  return safeUrl(article.url);
}

/** `rel` for a link target: a new browsing context gets no opener. */
export const relFor = (target: string | undefined): string | undefined =>
  target && target !== '_self' && target !== '_parent' && target !== '_top' ? 'noopener noreferrer' : undefined;
