/**
 * Dates and text for display. `Intl` formatters are costly to build and
 * cheap to reuse, so each is built once per locale and style.
 */

export type DateFormat = 'long' | 'short' | 'relative';
export const DATE_FORMATS: readonly DateFormat[] = ['long', 'short', 'relative'];

const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

const DATE_OPTIONS: Record<'long' | 'short', Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

export function formatDate(date: Date, locale: string, style: DateFormat, now = Date.now()): string {
  if (style === 'relative') return formatRelative(date, locale, now);
  return cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, DATE_OPTIONS[style])).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

function formatRelative(date: Date, locale: string, now: number): string {
  const seconds = (date.getTime() - now) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? UNITS[UNITS.length - 1];
  const formatter = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  return formatter.format(Math.round(seconds / size), unit);
}

/** "A, B and C" in the locale's words. */
export function formatList(items: string[], locale: string): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/** Shortens text to about `max` characters at a word boundary. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  // Drop the cut word and the punctuation before it, unless the text is one long word.
  return `${cut.replace(/[\s,.;:–—-]*[^\s]*$/, '') || cut}…`;
}
