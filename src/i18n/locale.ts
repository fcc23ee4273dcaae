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

/**
 * A locale's entry of a table of strings by language subtag, English when it has none. The words of a
 * feature that loads on first use (pagination, refresh) live in its own part, in a table of their own.
 */
export function pickStrings<T>(table: { en: T } & Record<string, T>, locale: string): T {
  return table[locale.split('-')[0].toLowerCase()] ?? table.en;
}
