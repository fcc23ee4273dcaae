/**
 * Which language an element speaks: its own `lang`, else its nearest
 * ancestor's (across shadow roots, as `lang` inherits in HTML), else
 * `<html lang>`, else English. Tags are canonicalized; an invalid tag falls
 * through to the next source.
 */
import { en, vi, type NewsStrings } from './strings.js';

const STRINGS: Record<string, NewsStrings> = { en, vi };

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

export function resolveLocale(element: Element): string {
  // On a server (the prerender, in Node) an element has no ancestors and there is no document: its own
  // `lang`, which the prerender always writes, so that the browser resolves the same.
  if (typeof document === 'undefined') return canonical((element as { lang?: string }).lang) ?? 'en';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      // The property, where there is one: an element's own `lang` may be set but not yet reflected.
      const tag = canonical(node instanceof HTMLElement ? node.lang : node.getAttribute('lang'));
      if (tag) return tag;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  // A detached element still follows the page's language.
  return canonical(document.documentElement.lang) ?? 'en';
}

/** The strings for a locale: by its language subtag, English when we have none. */
export function stringsFor(locale: string): NewsStrings {
  return pickStrings(STRINGS as { en: NewsStrings }, locale);
}

/** What pages gave `setStrings()`, by language subtag. */
const given: Record<string, Record<string, unknown>> = {};
/** Each table's entries with a page's strings merged in, by language; emptied when a page gives more. */
let merged = new WeakMap<object, Record<string, unknown>>();
/** The elements on the page, to render again in words a page has just given. */
export const speakers = new Set<{ requestUpdate(): void }>();

/**
 * Adds a language, or changes words of one (`en`, `vi`, or any other: dates and numbers follow `Intl`
 * for it already). Keys are those of `NewsWidgetsStrings` (the README lists them); a key left out keeps
 * the language's own word, else the English one; a value of the wrong kind (text where a function of a
 * number is expected) is ignored. The widgets on the page show the new words at once.
 */
export function setStrings(lang: string, strings: Partial<import('./all-strings.js').NewsWidgetsStrings>): void {
  const key = String(lang).split('-')[0].toLowerCase();
  given[key] = { ...given[key], ...strings };
  merged = new WeakMap();
  for (const element of speakers) element.requestUpdate();
}

/**
 * A locale's entry of a table of strings by language subtag, English when it has none, with what the
 * page gave (setStrings) on top. The words of a feature that loads on first use (pagination, refresh)
 * live in its own part, in a table of their own.
 */
export function pickStrings<T>(table: { en: T } & Record<string, T>, locale: string): T {
  const lang = locale.split('-')[0].toLowerCase();
  const own = table[lang] ?? table.en;
  const page = given[lang];
  if (!page) return own;
  let byLang = merged.get(table);
  if (!byLang) merged.set(table, (byLang = {}));
  return (byLang[lang] ??= mergeStrings(table.en, own, page)) as T;
}

/** English, then the language's own, then the page's where it is of the same kind as English's. */
function mergeStrings<T>(en: T, own: T, page: Record<string, unknown>): T {
  const result = { ...en, ...own } as Record<string, unknown>;
  for (const key of Object.keys(en as object)) if (typeof page[key] === typeof result[key]) result[key] = page[key];
  return result as T;
}
