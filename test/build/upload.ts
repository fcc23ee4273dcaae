/** Helpers for the tests of the built files as uploaded (test/build/): they load dist/ itself, never the sources. */
import { waitUntil } from '@open-wc/testing';

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; articles?: unknown };

/** A built file, as served under /test/upload/ (web-test-runner.config.mjs); never bundled by the runner. */
export const loadBuild = (path: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ String(path));

/** An element of the build, with these attributes, in the page. */
export function place(tag: string, attributes: Record<string, string> = {}): Widget {
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** Waits until the element has left its loading state and rendered. */
export async function settled(element: Widget): Promise<void> {
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot && !element.shadowRoot.querySelector('[aria-busy]'), `<${element.localName}> is still loading`, {
    timeout: 8000,
  });
  await element.updateComplete;
}

/** What a reader sees in the element's shadow root, whitespace collapsed. */
export const shown = (element: Element, selector?: string): string =>
  ((selector ? element.shadowRoot!.querySelector(selector) : element.shadowRoot)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The paths this page fetched under a prefix, with their HTTP status. */
export const fetchedUnder = (prefix: string): { path: string; status: number }[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => ({ path: new URL(entry.name).pathname, status: (entry as PerformanceResourceTiming).responseStatus }))
    .filter(({ path }) => path.startsWith(prefix));
