/**
 * A feed's XML text into one Document, parsed in pieces (see xml-text.ts):
 * the document without its items first, then the items batch by batch, each
 * batch's items put back where the marker of their parent stands.
 * `assembling` pauses (yields) between steps; `readXml` runs it, giving the
 * page its main thread back between them.
 */
import { decodeEntity, parseXml } from '../render/trusted-types.js';
import { NewsError } from './errors.js';
import { BATCH, MARKER, preparingXml } from './xml-text.js';
import { runSliced } from './yield.js';

export { markupStart } from './xml-text.js';

/** Parsed, or a `parse` error that says where. */
function parsed(text: string, where: string): Document {
  const result = parseXml(text);
  if (!result) throw new NewsError('parse', "this page's Trusted Types policy does not allow news-widgets to parse XML");
  if (result.error !== undefined) throw new NewsError('parse', `invalid XML (${where}${result.error})`);
  return result.doc;
}

/** The document, pausing (yield) before each batch of items. */
export function* assembling(text: string): Generator<void, Document> {
  const prepared = yield* preparingXml(text, decodeEntity);
  const doc = parsed(prepared.skeleton, '');
  const markers = [...doc.getElementsByTagName(MARKER)];
  for (const [index, batch] of prepared.batches.entries()) {
    yield;
    const wrapper = parsed(batch.text, `in the items, part ${index + 1}: `).documentElement;
    if (wrapper.localName === BATCH) markers[batch.marker]?.before(...wrapper.children);
  }
  for (const marker of markers) marker.remove();
  return doc;
}

/** The Document, with every item in place. Not well-formed, even after xml-text.ts's mending: a `parse` error. */
export const readXml = (text: string, signal?: AbortSignal): Promise<Document> => runSliced(assembling(text), signal);
