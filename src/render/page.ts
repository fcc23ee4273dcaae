/**
 * The page the elements are in: the URL that relative URLs resolve against,
 * and the query that names the open article. In the browser, the page's own
 * (`document.baseURI`, `location.search`). On a server, where the prerender
 * renders the elements in Node and there is no page, the URL of the page the
 * markup is meant for, as the prerender was given it (its `base`), for the
 * time of one render; else none: relative URLs then make no link.
 */
let serverPage: URL | undefined;

/** The prerender's page URL for the render that `run` does (synchronously); none afterwards. */
export function onServerPage<T>(url: string | undefined, run: () => T): T {
  serverPage = url ? new URL(url) : undefined;
  try {
    return run();
  } finally {
    serverPage = undefined;
  }
}

// `typeof document/location`: in Node (the prerender) neither exists; in a browser both always do.

/** What relative URLs resolve against: the page's base URL. */
export const pageBase = (): string | undefined => (typeof document === 'undefined' ? serverPage?.href : document.baseURI);

/** The page URL's query string (`?tin=…`), '' when none. */
export const pageSearch = (): string => (typeof location === 'undefined' ? (serverPage?.search ?? '') : location.search);
