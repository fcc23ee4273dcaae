/**
 * The page of a list kept in the page's URL (`page-param`): read from the query, and written into links
 * that keep the rest of the query. Page 1 has no parameter, so the list's first page has the page's own URL.
 */
import { readPage } from '../../data/query.js';

/** The page the URL's `param` names: junk is page 1, beyond `last` (when known) the last. */
export const pageFromUrl = (param: string, last?: number): number => readPage(new URLSearchParams(location.search).get(param), last);

/** The URL of page `n`: the page's own, its query kept but for `param` (no fragment: it would scroll the page away). */
export function pageHref(param: string, n: number): string {
  const url = new URL(location.href);
  if (n > 1) url.searchParams.set(param, String(n));
  else url.searchParams.delete(param);
  return url.pathname + url.search;
}

/** The page's own URL as pageHref writes it (the query serialized the same way), to tell whether a page's URL is it. */
export function hereHref(): string {
  const url = new URL(location.href);
  url.search = url.searchParams.toString();
  return url.pathname + url.search;
}
