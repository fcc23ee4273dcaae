/**
 * Paging over the model, pure: how many pages, which items are on one, which
 * page numbers a pager shows, and what a page number written by someone else
 * (a URL's query) means. No DOM, nothing thrown.
 */

/** A pager's entry: a page number, or a gap (the elided pages, shown as "…"). */
export type PageEntry = number | 'gap';

/** How many pages `count` items make, `size` per page: at least 1 (an empty list is one empty page). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, size)));
}

/** The items of page `page` (1-based), `size` per page: empty beyond the last. */
export function pageSlice<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * The page numbers a pager shows: the first, the last, the current one and
 * `siblings` either side, the rest elided as gaps (1 … 4 5 6 … 20). A gap that
 * would hide a single page shows that page instead, so a pager never says
 * "…" for one number. `total` unknown (a source with only next links): the
 * pages up to the current one, and the one after when there is a next.
 */
export function pageRange(current: number, total: number, siblings = 1): PageEntry[] {
  const last = Math.max(1, total);
  const page = Math.min(Math.max(1, current), last);
  const entries: PageEntry[] = [];
  const from = Math.max(1, page - siblings);
  const to = Math.min(last, page + siblings);
  // Each end: the first (last) page, then a gap of two or more pages, or the one page it would hide.
  if (from > 1) entries.push(1);
  if (from > 3) entries.push('gap');
  else if (from === 3) entries.push(2);
  for (let n = from; n <= to; n++) entries.push(n);
  if (to < last - 2) entries.push('gap');
  else if (to === last - 2) entries.push(last - 1);
  if (to < last) entries.push(last);
  return entries;
}

/**
 * A page number as written in a URL's query (or anywhere untrusted): a
 * positive integer in decimal digits, at most `last` (when known, else
 * `max`). Junk, zero, negatives, fractions: page 1; beyond the last: the last.
 */
export function readPage(value: unknown, last?: number, max = 1_000_000): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,9}$/.test(text)) return 1;
  const page = Number(text);
  if (page < 1) return 1;
  return Math.min(page, last && last >= 1 ? last : max);
}
