/**
 * Where an element's feed comes from and how it is asked for, from its source
 * attributes. The element reads its properties with it; the script-tag entry
 * reads the attributes of the elements already in the document with it, to
 * start their loads before they are defined (early-load.ts): the same values
 * make the same request, which the shared cache (load.ts) makes one.
 */
import type { FeedFormat } from '../data/adapters/types.js';
import { oneOf, textAttr } from './attributes.js';

const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];
const FORMATS: readonly FeedFormat[] = ['json-feed', 'wordpress', 'liferay', 'rss', 'atom'];

export interface Source {
  /** The feed's URL as written ('' when none); or several, separated by white space, each loaded on its own (one request per URL). */
  src: string;
  credentials: RequestCredentials;
  format?: FeedFormat;
  urlBase?: string;
  proxy?: string;
}

/** The source attributes' values, as properties (an element) or as attributes (`url-base`) read them. */
export interface SourceValues {
  src?: unknown;
  credentials?: unknown;
  format?: unknown;
  urlBase?: unknown;
  proxy?: unknown;
}

export function sourceOf({ src, credentials, format, urlBase, proxy }: SourceValues): Source {
  return {
    src: textAttr(src),
    // Same-origin by default: what a `<link rel="preload" as="fetch" crossorigin>` asks with, so the preload is used.
    credentials: oneOf(credentials, CREDENTIALS, 'same-origin'),
    format: oneOf(format, FORMATS, undefined),
    urlBase: textAttr(urlBase) || undefined,
    proxy: textAttr(proxy) || undefined,
  };
}

/** The same, from an element's attributes (one not defined yet has no properties). */
export const sourceOfAttributes = (element: Element): Source =>
  sourceOf({
    src: element.getAttribute('src'),
    credentials: element.getAttribute('credentials'),
    format: element.getAttribute('format'),
    urlBase: element.getAttribute('url-base'),
    proxy: element.getAttribute('proxy'),
  });
