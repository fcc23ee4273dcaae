/** Shared test helpers: fixtures' URLs, waiting for a widget to settle, reading its shadow DOM. */
import { expect, waitUntil } from '@open-wc/testing';
import { NewsError } from '../src/data/errors.js';
import { clearFeedCache } from '../src/data/load.js';
import type { Adapter, AdapterContext } from '../src/data/adapters/types.js';
import { readingFeed } from '../src/data/collect.js';
import type { NewsFeed } from '../src/data/model.js';
import { assembling } from '../src/data/read-xml.js';
import { preparingXml, type PreparedXml } from '../src/data/xml-text.js';
import { runNow } from '../src/data/yield.js';
import { decodeEntity } from '../src/render/trusted-types.js';

/** A fixture's absolute URL, as served by the test runner. */
export const fixtureUrl = (name: string): string => new URL(`/test/fixtures/${name}`, location.href).href;

/**
 * Waits until an element has left its loading state (ready, empty or error), and its cards' dates are
 * written (they follow the titles by a frame on a page's first formatter: prepareFormatters), then for its render.
 */
export async function settled(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  // A property set just before may not have started its update yet.
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot && !element.shadowRoot.querySelector('[aria-busy], .pending'), 'the widget is still loading', {
    timeout: 8000,
  });
  await element.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null =>
  element.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** What a reader sees in the element's shadow root (not the words for screen readers only), whitespace collapsed. */
export function shownText(element: Element): string {
  const root = element.shadowRoot!;
  const hidden = [...root.querySelectorAll('.sr-only')];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (!hidden.some((node) => node.contains(walker.currentNode))) text += walker.currentNode.textContent;
  return text.replace(/\s+/g, ' ').trim();
}

export const FORBIDDEN_WORDS = /\b(null|undefined|NaN|Invalid Date)\b|\[object Object\]/;

/**
 * Wraps window.fetch to count requests, optionally replacing the answer for some calls.
 * Restore with the returned function.
 */
export function spyFetch(fake?: (input: RequestInfo | URL, init?: RequestInit, call?: number) => Promise<Response> | undefined) {
  const real = window.fetch;
  const calls: { url: string; init?: RequestInit }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return fake?.(input, init, calls.length) ?? real(input, init);
  };
  return {
    calls,
    restore: () => {
      window.fetch = real;
    },
  };
}

/**
 * For a describe block: `spy(fake)` wraps fetch (as spyFetch) for the test
 * that calls it; after each test, fetch is restored and the feed cache cleared.
 */
export function fetchSpies(): (fake?: Parameters<typeof spyFetch>[0]) => ReturnType<typeof spyFetch> {
  let current: ReturnType<typeof spyFetch> | undefined;
  afterEach(() => {
    current?.restore();
    current = undefined;
    resetCache();
  });
  return (fake) => {
    current?.restore();
    return (current = spyFetch(fake));
  };
}

/** A fetch answer that never comes, until the request is aborted. */
export function hangingFetch(init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
}

export function resetCache(): void {
  clearFeedCache();
}

/** What a promise rejected with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** The NewsError a promise rejected with (and that it is one). */
export async function newsErrorOf(promise: Promise<unknown>): Promise<NewsError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(NewsError);
  return error as NewsError;
}

/** The NewsError a function threw (and that it is one). */
export function thrownNewsError(run: () => unknown): NewsError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(NewsError);
    return error as NewsError;
  }
  throw new Error('expected a NewsError');
}

/** The model as JSON sees it: dates as ISO strings, absent fields gone, so a deep equal checks every field and every absence. */
export const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Every string a reader could see, with where it is; `contentHtml` is HTML on purpose and left out. */
export function shownStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'contentHtml' ? [] : shownStrings(inner, `${path}.${key}`)));
}

/**
 * XML text as a Document, as the loader makes it (mended, active namespaces
 * renamed); XML that is not well-formed even then, as the browser parses it
 * (with its `parsererror`). And an XML fixture of test/fixtures/formats/ as one.
 */
/** A generator of work steps (the library's sliced work) run to its end at once: the library's own. */
export { runNow };

/** A payload read by one adapter, every entry at once, as a load reads it in slices. */
export const parse = (adapter: Adapter, payload: unknown, context: AdapterContext = {}): NewsFeed => ({
  format: adapter.format,
  ...runNow(readingFeed(adapter.read(payload, context))),
});

/** XML text as the loader prepares it (xml-text.ts), at once. */
export const prepare = (text: string): PreparedXml => runNow(preparingXml(text, decodeEntity));

/** XML text as the loader makes it into a Document, at once; a `parse` NewsError where it cannot. */
export const readXmlNow = (text: string): Document => runNow(assembling(text));

export function xml(text: string): Document {
  try {
    return readXmlNow(text);
  } catch {
    return new DOMParser().parseFromString(text, 'application/xml');
  }
}
export const loadXml = async (name: string): Promise<Document> => xml(await (await fetch(`/test/fixtures/formats/${name}`)).text());

/** Any CSS colour (oklab(), color-mix(), rgb()) as sRGB bytes and alpha 0–1, through a canvas. */
export function rgba(color: string): [number, number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.canvas.width = context.canvas.height = 1;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** WCAG contrast ratio of a text colour (blended over the background when translucent) on an opaque background. */
export function contrast(foreground: string, background: string): number {
  const bg = rgba(background);
  const [r, g, b, a] = rgba(foreground);
  const fg = [r, g, b].map((channel, i) => channel * a + bg[i] * (1 - a));
  const luminance = (rgb: number[]) => {
    const [lr, lg, lb] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };
  const [light, dark] = [luminance(fg), luminance(bg.slice(0, 3))].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
