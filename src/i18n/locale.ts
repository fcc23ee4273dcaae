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

/** What pages gave `setStrings()`, by canonical language tag in lower case (`vi`, `pt-br`, `zh-hant`). */
const given: Record<string, Record<string, unknown>> = {};
/** Each table's entries with a page's strings merged in, by locale; emptied when a page gives more. */
let merged = new WeakMap<object, Record<string, unknown>>();
/** The elements on the page, to render again in words a page has just given. */
export const speakers = new Set<{ requestUpdate(): void }>();

/**
 * Adds a language, or changes words of one (`en`, `vi`, or any other: dates and numbers follow `Intl`
 * for it already), by its BCP 47 tag (`fr`, `pt-BR`, `zh-Hant`; `pt_BR` as Liferay writes it is read as
 * `pt-BR`). An element speaks the words of its most specific tag given, then of its language (`pt-BR`,
 * then `pt`), then its language's own, then English (with the words a page gave `en`). Keys are those of
 * `NewsWidgetsStrings` (the README lists them); a value of the wrong kind (text where a function of a
 * number is expected) is ignored. The widgets on the page show the new words at once.
 */
export function setStrings(lang: string, strings: Partial<import('./all-strings.js').NewsWidgetsStrings>): void {
  const tag = canonical(String(lang).replace(/_/g, '-'))?.toLowerCase();
  if (!tag) return console.warn(`news-widgets: setStrings: "${lang}" is not a language tag`);
  given[tag] = { ...given[tag], ...strings };
  merged = new WeakMap();
  for (const element of speakers) element.requestUpdate();
}

/**
 * A locale's entry of a table of strings by language subtag, English when it has none, with what pages
 * gave (setStrings) on top: English's, the language's, then its more specific tags'. The words of a
 * feature that loads on first use (pagination, refresh) live in its own part, in a table of their own
 * (a module constant, so that this merge is made once per table and locale).
 */
export function pickStrings<T>(table: { en: T } & Record<string, T>, locale: string): T {
  const parts = locale.toLowerCase().split('-');
  const own = table[parts[0]] ?? table.en;
  // Each tag from the language to the whole locale (pt, pt-br).
  const tags = parts.map((_, i) => parts.slice(0, i + 1).join('-'));
  if (!given.en && !tags.some((tag) => given[tag])) return own;
  let byLocale = merged.get(table);
  if (!byLocale) merged.set(table, (byLocale = {}));
  // English, the page's English words, the language's own, the page's words for the language and its tags.
  return (byLocale[locale] ??= mergeStrings(table.en, [given.en, table[parts[0]], ...tags.map((tag) => given[tag])])) as T;
}

/** `en`, each layer on top where it has a word of the same kind as English's (a function where English has one). */
function mergeStrings<T>(en: T, layers: unknown[]): T {
  const result = { ...en } as Record<string, unknown>;
  for (const words of layers as (Record<string, unknown> | undefined)[]) {
    if (words) for (const key of Object.keys(result)) if (typeof words[key] === typeof result[key]) result[key] = words[key];
  }
  return result as T;
}
