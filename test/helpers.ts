/** Shared test helpers: fixtures' URLs, waiting for a widget to settle, reading its shadow DOM. */
import { waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../src/data/load.js';

/** A fixture's absolute URL, as served by the test runner. */
export const fixtureUrl = (name: string): string => new URL(`/test/fixtures/${name}`, location.href).href;

/** Waits until an element has left its loading state (ready, empty or error), then for its render. */
export async function settled(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  // A property set just before may not have started its update yet.
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot && !element.shadowRoot.querySelector('[aria-busy]'), 'the widget is still loading', {
    timeout: 8000,
  });
  await element.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null =>
  element.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** What a reader sees in the element's shadow root, whitespace collapsed. */
export const shownText = (element: Element): string => (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

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

/** A fetch answer that never comes, until the request is aborted. */
export function hangingFetch(init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
}

export function resetCache(): void {
  clearFeedCache();
}
