/**
 * Lit's hydration (@lit-labs/ssr-client): how an element takes over the
 * markup the prerender wrote. A part of its own, loaded by the first
 * server-rendered element on a page (news-element.ts): pages without
 * prerendered markup never fetch it.
 */
export { hydrate } from '@lit-labs/ssr-client';
