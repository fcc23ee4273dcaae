/**
 * Whether a source is the API of a server that can search, filter and order (WordPress, Liferay), by its
 * `format`, else by its URL: a list with a query waits for its filter part only then, and the script-tag
 * entry's early load leaves only such a list alone (its URL gets the query: server-query.ts). In the entry:
 * a few bytes, so that a list of a JSON Feed or RSS loads as early with a query as without.
 */
export const WORDPRESS_API = /\/wp-json\/wp\/v2\/|[?&]rest_route=\/?wp\/v2\//;
export const LIFERAY_API = /\/o\/headless-delivery\//;

export const asksServer = (src: string, format: unknown): boolean =>
  format ? format === 'wordpress' || format === 'liferay' : WORDPRESS_API.test(src) || LIFERAY_API.test(src);
