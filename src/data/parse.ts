/**
 * From a response body to the model: tells what the body is (from its content
 * type and its shape, unless a format is forced), picks the adapter, reads
 * the entries in slices (collect.ts), and turns every way a body can be wrong
 * into a `NewsError` that names what was received. An adapter that throws on
 * a payload no one foresaw is a `format` error too, never anything else.
 */
import { loadFormats } from './adapters/index.js';
import { isJsonFeed, jsonFeed } from './adapters/json-feed.js';
import { describe, isObject } from './adapters/read.js';
import type { Adapter, AdapterContext, FeedFormat } from './adapters/types.js';
import { collect, readingFeed } from './collect.js';
import { nextTask, runNow } from './yield.js';
import { NewsError } from './errors.js';
import type { NewsFeed } from './model.js';
import { loadPart, MissingPart, PARTS } from './parts.js';

export interface ParseOptions extends AdapterContext {
  /** Skip detection: read the payload as this format. */
  format?: FeedFormat;
  /** Stops a long read between slices. */
  signal?: AbortSignal;
}

const XML_FORMATS: readonly FeedFormat[] = ['rss', 'atom'];
/** JSON text beyond this is parsed in a task of its own (and never read at once, see readNow). */
const LARGE_JSON = 256 * 1024;
/** Entries beyond this are never read at once (readNow): the page would wait for them. */
const NOW_ENTRIES = 200;
/** Root elements that make markup a feed, whatever its content type says. */
const FEED_ROOTS = ['rss', 'rdf', 'feed', 'entry'];

/**
 * JSON that is JSON Feed beyond doubt: a feed that says its version, or items
 * whose titles are text and that have no `link` (WordPress's titles are
 * objects, and its posts have a `link` where JSON Feed has `url`). Only for
 * anything else does the code of the other formats load.
 */
function surelyJsonFeed(payload: unknown): boolean {
  if (isObject(payload) && typeof payload.version === 'string' && payload.version.startsWith('https://jsonfeed.org/')) return true;
  const first: unknown = Array.isArray(payload) ? payload[0] : isObject(payload) && !('items' in payload) ? payload : undefined;
  return isObject(first) && !isObject(first.title) && !('link' in first) && isJsonFeed(payload);
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

/** The adapter's reading of a payload, every entry read in slices. */
async function read(adapter: Adapter, payload: unknown, options: ParseOptions): Promise<NewsFeed> {
  let adapted;
  try {
    adapted = adapter.read(payload, options);
  } catch (error) {
    if (error instanceof NewsError) throw error;
    throw new NewsError('format', `could not be read as ${adapter.format} (${String(error)})`);
  }
  return { format: adapter.format, ...(await collect(adapted, options.signal)) };
}

/** A payload already parsed from JSON (inline data, a page's `articles`) into the model. */
export async function adaptPayload(payload: unknown, options: ParseOptions = {}): Promise<NewsFeed> {
  const adapter = await pick(payload, false, options.format);
  if (!adapter) {
    throw new NewsError('format', `not a news feed${options.format ? ` in the ${options.format} format` : ''}: got ${describe(payload)}`);
  }
  return read(adapter, payload, options);
}

/**
 * Small JSON Feed data at hand, read at once, in the same task: inline JSON
 * text (as `parseFeed` reads it, its `url` the base) or data given (as
 * `adaptPayload` reads it). For the elements whose first render cannot wait:
 * one rendered by the prerender on a server, and in the browser one taking
 * over the markup the prerender wrote (whose inline data is JSON Feed, and
 * small). Undefined for anything else (another format, a large or broken
 * payload): that is read the usual way, in slices, with its errors.
 */
export function readNow(data: unknown, options: Omit<ParseOptions, 'signal'> = {}): NewsFeed | undefined {
  if (data === undefined || (options.format !== undefined && options.format !== 'json-feed')) return undefined;
  let payload = data;
  if (typeof data === 'string') {
    if (data.length > LARGE_JSON) return undefined;
    try {
      payload = JSON.parse(data.replace(/^\uFEFF/, '').trim());
    } catch {
      return undefined;
    }
  }
  if (options.format !== 'json-feed' && !surelyJsonFeed(payload)) return undefined;
  try {
    const adapted = jsonFeed.read(payload, options);
    if (adapted.entries.length > NOW_ENTRIES) return undefined;
    const feed: NewsFeed = { format: jsonFeed.format, ...runNow(readingFeed(adapted)) };
    return typeof data === 'string' && options.base ? { url: options.base, ...feed } : feed;
  } catch {
    return undefined;
  }
}

/**
 * A response body, as text, into the model. `source` names it in messages;
 * relative URLs resolve against `options.base`, by default `source` (the
 * feed's URL), and the feed's `url` is that base.
 */
export async function parseFeed(body: string, contentType: string | null, source: string, options: ParseOptions = {}): Promise<NewsFeed> {
  const text = body.replace(/^\uFEFF/, '').trim();
  const type = contentType ? contentType.split(';')[0].trim().toLowerCase() : 'no content type';
  const fail = (message: string, code: 'parse' | 'format' = 'parse') => new NewsError(code, `${source}: ${message}`);
  if (!text) throw fail(`empty response (${type})`);
  const context = { ...options, base: options.base ?? source };
  try {
    // Markup: anything but JSON (text that opens a tag, or a server's warning before an XML declaration).
    if (!text.startsWith('{') && !text.startsWith('[') && (text.startsWith('<') || text.slice(0, 65536).includes('<?xml'))) {
      return { url: context.base, ...(await parseXml(text, type, context)) };
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (error) {
      throw fail(`invalid JSON (${(error as Error).message})`);
    }
    // A large parse is a task of its own: the page gets its main thread back before the items are read.
    if (text.length > LARGE_JSON) await nextTask();
    return { url: context.base, ...(await adaptPayload(payload, context)) };
  } catch (error) {
    // An aborted read is no error of the feed's, nor a part of the library that could not be fetched.
    if (options.signal?.aborted || error instanceof MissingPart) throw error;
    // Our own messages get the source's name in front; anything else is a `format` error that says what it was.
    if (!(error instanceof NewsError)) throw fail(`could not be read (${String(error)})`, 'format');
    throw error.message.startsWith(source) ? error : fail(error.message, error.code as 'parse' | 'format');
  }
}

async function parseXml(text: string, type: string, options: ParseOptions): Promise<NewsFeed> {
  // The XML code loads on first use, with the other formats: a page on JSON Feed never fetches it.
  const { markupStart, readXml } = await loadPart(PARTS.xml, () => import('./read-xml.js'));
  const { root, doctype } = markupStart(text);
  const name = root?.slice(root.indexOf(':') + 1).toLowerCase();
  // An HTML page here is most often an error or login page served with status 200.
  if (doctype === 'html' || name === 'html' || (!type.includes('xml') && !FEED_ROOTS.includes(name ?? ''))) {
    const what = doctype === 'html' || name === 'html' ? 'an HTML page' : root ? `markup whose root is <${root}>` : 'markup without a root element';
    throw new NewsError('parse', `got ${what} (${type}), not a feed`);
  }
  const doc = await readXml(text, options.signal);
  const adapter = await pick(doc, true, options.format);
  if (!adapter) {
    const element = doc.documentElement;
    const namespace = element.namespaceURI ? ` xmlns="${element.namespaceURI}"` : '';
    throw new NewsError('format', `XML whose root is <${element.nodeName}${namespace}>, not RSS or Atom (RSS 0.9x to 2.0, RSS 1.0, Atom 1.0)`);
  }
  return read(adapter, doc, options);
}
