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

/** The formatters a card's meta line needs: its date style (a relative date's title is the long date), and the list of authors. */
const metaKeys = (locale: string, style: DateFormat): string[] => [
  style === 'relative' ? `r|${locale}` : `d|${locale}|${style}`,
  ...(style === 'relative' ? [`d|${locale}|long`] : []),
  `l|${locale}`,
];

/**
 * Whether a card's dates and authors can be written now at little cost: the page's first formatter is what
 * costs (the browser's locale data loads once), another language or style after it costs a millisecond or two.
 */
export function formattersReady(locale: string, style: DateFormat): boolean {
  return formatters.size > 0 || metaKeys(locale, style).every((key) => formatters.has(key));
}

const preparing = new Map<string, { ready: Promise<void>; build: () => void }>();

/**
 * Builds the formatters of a card's meta line in a task of its own: the first
 * `Intl` formatter of a page costs 50–100 ms on a phone (the browser loads its
 * locale data), so a list paints its titles first and writes its dates a frame
 * later, rather than the reader waiting for both. `after-paint`: the articles
 * are on their way to the screen, build after the next frame; `while-fetching`:
 * the feed is on the network, build in the wait, 50 ms on (a feed that comes from a preload or a cache
 * comes sooner, and renders first; one from the network takes a round trip).
 * Resolves when built; shared by every element that asks.
 */
export function prepareFormatters(locale: string, style: DateFormat, when: 'after-paint' | 'while-fetching'): Promise<void> {
  const key = `${locale}|${style}`;
  let job = preparing.get(key);
  if (!job) {
    let resolve!: () => void;
    const ready = new Promise<void>((done) => (resolve = done));
    let built = false;
    const build = () => {
      if (built) return;
      built = true;
      try {
        const date = new Date(0);
        formatDate(date, locale, style);
        if (style === 'relative') formatDate(date, locale, 'long');
        formatList([], locale);
      } finally {
        resolve();
      }
    };
    preparing.set(key, (job = { ready, build }));
  }
  const { build } = job;
  // A hidden page paints no frame: it builds at once, in a task.
  if (when === 'while-fetching') setTimeout(build, 50);
  else if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') setTimeout(build);
  else requestAnimationFrame(() => setTimeout(build));
  return job.ready;
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
