/**
 * From a response body to the model: tells what the body is, picks the
 * adapter, and turns every way a body can be wrong into a `NewsError` with a
 * message that names what was received.
 */
import { isJsonFeed, parseJsonFeed } from './adapters/json-feed.js';
import { describe } from './adapters/read.js';
import { NewsError } from './errors.js';
import type { NewsFeed } from './model.js';

/** A payload already parsed from JSON (inline data, a host's object) into the model. */
export function adaptPayload(payload: unknown, base?: string): NewsFeed {
  if (isJsonFeed(payload)) return parseJsonFeed(payload, base);
  throw new NewsError('format', `not a news feed: got ${describe(payload)}`);
}

/** A response body, as text, into the model. `source` names it in messages. */
export function parseFeed(body: string, contentType: string | null, source: string): NewsFeed {
  const text = body.replace(/^\uFEFF/, '').trim();
  const type = contentType ? contentType.split(';')[0].trim().toLowerCase() : 'no content type';
  const fail = (message: string, code: 'parse' | 'format' = 'parse') => new NewsError(code, `${source}: ${message}`);
  if (!text) throw fail(`empty response (${type})`);
  // Markup here is most often an HTML error or login page served with status 200 (or an XML feed).
  if (text.startsWith('<')) throw fail(`got ${type.includes('html') ? 'an HTML page' : 'markup'} (${type}), not a JSON feed`);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw fail(`invalid JSON (${(error as Error).message})`);
  }
  try {
    return adaptPayload(payload, source);
  } catch (error) {
    throw error instanceof NewsError ? fail(error.message, error.code as 'format') : error;
  }
}
