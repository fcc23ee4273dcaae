/**
 * From a response body to the model: tells what the body is (from its content
 * type and its shape, unless a format is forced), picks the adapter, and turns
 * every way a body can be wrong into a `NewsError` that names what was received.
 */
import { loadFormats } from './adapters/index.js';
import { isJsonFeed, jsonFeed } from './adapters/json-feed.js';
import { describe, isObject } from './adapters/read.js';
import type { Adapter, AdapterContext, FeedFormat } from './adapters/types.js';
import { NewsError } from './errors.js';
import type { NewsFeed } from './model.js';

export interface ParseOptions extends AdapterContext {
  /** Skip detection: read the payload as this format. */
  format?: FeedFormat;
}

const XML_FORMATS: readonly FeedFormat[] = ['rss', 'atom'];

/**
 * JSON that is JSON Feed beyond doubt: a feed that says its version, or items
 * whose titles are text (WordPress's are objects). Only for anything else does
 * the code of the other formats load.
 */
function surelyJsonFeed(payload: unknown): boolean {
  if (isObject(payload) && typeof payload.version === 'string' && payload.version.startsWith('https://jsonfeed.org/')) return true;
  const first: unknown = Array.isArray(payload) ? payload[0] : isObject(payload) && !('items' in payload) ? payload : undefined;
  return isObject(first) && !isObject(first.title) && isJsonFeed(payload);
}

/**
 * The adapter for a payload: the forced one, else the first whose shape
 * matches, the stricter shapes first (WordPress's array of posts before JSON
 * Feed's bare array of items).
 */
async function pick(payload: unknown, xml: boolean, format?: FeedFormat): Promise<Adapter | undefined> {
  if (!xml && (format === 'json-feed' || (!format && surelyJsonFeed(payload)))) return jsonFeed;
  const [wordpress, liferay, ...others] = await loadFormats();
  const candidates = [wordpress, liferay, jsonFeed, ...others].filter((adapter) => XML_FORMATS.includes(adapter.format) === xml);
  return format ? candidates.find((adapter) => adapter.format === format) : candidates.find((adapter) => adapter.detect(payload));
}

/** A payload already parsed from JSON (inline data, a page's `articles`) into the model. */
export async function adaptPayload(payload: unknown, options: ParseOptions = {}): Promise<NewsFeed> {
  const adapter = await pick(payload, false, options.format);
  if (!adapter) {
    throw new NewsError('format', `not a news feed${options.format ? ` in the ${options.format} format` : ''}: got ${describe(payload)}`);
  }
  return { format: adapter.format, ...adapter.parse(payload, options) };
}

/** A response body, as text, into the model. `source` names it in messages. */
export async function parseFeed(body: string, contentType: string | null, source: string, options: ParseOptions = {}): Promise<NewsFeed> {
  const text = body.replace(/^\uFEFF/, '').trim();
  const type = contentType ? contentType.split(';')[0].trim().toLowerCase() : 'no content type';
  const fail = (message: string, code: 'parse' | 'format' = 'parse') => new NewsError(code, `${source}: ${message}`);
  if (!text) throw fail(`empty response (${type})`);
  const context = { base: source, ...options };
  try {
    if (text.startsWith('<')) return { url: source, ...(await parseXml(text, type, context, fail)) };
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (error) {
      throw fail(`invalid JSON (${(error as Error).message})`);
    }
    return { url: source, ...(await adaptPayload(payload, context)) };
  } catch (error) {
    // Adapters' own messages get the source's name in front.
    throw error instanceof NewsError && !error.message.startsWith(source) ? fail(error.message, error.code as 'format') : error;
  }
}

async function parseXml(
  text: string,
  type: string,
  options: ParseOptions,
  fail: (message: string, code?: 'parse' | 'format') => NewsError,
): Promise<NewsFeed> {
  // An HTML page here is most often an error or login page served with status 200.
  const isXml = type.includes('xml') || /^<\?xml|^<(rss|feed|rdf:RDF)[\s>]/i.test(text);
  if (!isXml) throw fail(`got ${type.includes('html') ? 'an HTML page' : 'markup'} (${type}), not a feed`);
  const { parseMarkup } = await import('./adapters/markup.js');
  const doc = parseMarkup(text, 'application/xml');
  if (!doc) throw fail("this page's Trusted Types policy does not allow news-widgets to parse XML");
  if (doc.getElementsByTagName('parsererror').length) throw fail(`invalid XML (${type})`);
  const adapter = await pick(doc, true, options.format);
  if (!adapter) throw fail(`XML whose root is <${doc.documentElement.nodeName}>, not RSS or Atom`, 'format');
  return { format: adapter.format, ...adapter.parse(doc, options) };
}
