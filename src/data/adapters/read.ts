/**
 * Readers for untrusted feed values, shared by the adapters. Each returns a
 * clean value or `undefined`: a missing, empty or mistyped field is absent
 * from the model, never `null`, `"undefined"` or `NaN`.
 */
import { LIMITS } from '../limits.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A non-empty trimmed string; numbers are accepted where feeds often send them
 * (ids). Lone surrogates (which JSON can hold) become U+FFFD: every string in
 * the model is well-formed, so no `encodeURIComponent` of it can throw.
 */
export function readText(value: unknown, { numbers = false } = {}): string | undefined {
  if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toWellFormed();
  return text || undefined;
}

/** A URL resolved against the feed's own address, as feeds' relative URLs mean. */
export function readUrl(value: unknown, base?: string): string | undefined {
  const text = readText(value);
  // A cut URL would lead nowhere: one too long is no URL at all.
  if (!text || text.length > LIMITS.url) return undefined;
  try {
    return new URL(text, base).href;
  } catch {
    // Not resolvable (no base, malformed): keep it; the render policy decides.
    return text;
  }
}

/** A date from an RFC 3339 / ISO 8601 string; an unparsable date is absent. */
export function readDate(value: unknown): Date | undefined {
  const text = readText(value);
  if (!text || text.length > 100) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A list of distinct non-empty strings, from the first `LIMITS.tags` entries. */
export function readTextList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const texts = value.slice(0, LIMITS.tags).map((entry) => readText(entry)).filter((text): text is string => !!text);
  return [...new Set(texts)];
}

/** What a payload is, in a few words, for error messages. */
export function describe(value: unknown): string {
  return isObject(value) ? `an object with keys: ${Object.keys(value).slice(0, 6).join(', ')}` : Array.isArray(value) ? 'an array' : String(value === null ? value : typeof value);
}

/** The largest page size asked of a server: WordPress refuses a `per_page` above 100 (a 400), so none is asked for. */
export const MAX_PAGE_SIZE = 100;

/**
 * `pageUrl` for formats that page by query parameters: `page` and the
 * format's name for the page size, at most `MAX_PAGE_SIZE` (other parameters, like `_embed`, kept).
 */
export const pageByQuery =
  (sizeParam: string) =>
  (url: string, page: number, pageSize?: number): string => {
    const parsed = new URL(url);
    parsed.searchParams.set('page', String(page));
    if (pageSize && pageSize >= 1) parsed.searchParams.set(sizeParam, String(Math.min(Math.floor(pageSize), MAX_PAGE_SIZE)));
    return parsed.href;
  };
