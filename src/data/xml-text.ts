/**
 * A feed's XML text made ready for the browser's strict, all-at-once XML
 * parser, in one linear pass that never builds a regular expression from the
 * text:
 *
 * - **No entity expansion.** A DOCTYPE that declares entities is refused
 *   before anything is parsed (a few kilobytes of nested entities can freeze
 *   or crash the tab); any other DOCTYPE, and the XML declaration, are dropped
 *   (the text is already decoded, and external DTDs are never loaded).
 * - **XML as feeds really write it.** HTML's named entities that the XML
 *   never declared (`&nbsp;`, `&eacute;`) become character references, a bare
 *   `&` (`AT&T`) and a stray `<` are escaped, characters XML forbids and
 *   references to them are dropped or replaced, attributes without quotes or
 *   repeated are mended, and text outside the root element (a server's
 *   warning printed before the feed) is left out. What a strict parser would
 *   refuse for a detail, a reader still gets.
 * - **Nothing active.** XHTML, SVG and MathML namespaces are renamed to inert
 *   ones, so the parsed document holds no element that could run a script or
 *   load anything, even if moved into a page (and an XHTML `style` attribute
 *   reports no CSP violation). Adapters read XHTML content by `INERT.xhtml`.
 * - **Bounded, and in pieces.** The items (`item`, `entry` under the root or
 *   its child) are cut out of the document and handed back in batches, so
 *   that a large feed parses over several tasks and never blocks the page for
 *   long. Left out: items beyond `LIMITS.items` or larger than
 *   `LIMITS.itemChars`, child elements beyond `LIMITS.itemChildren` (of an
 *   item, the channel or the root), and elements beyond `LIMITS.itemElements`
 *   in one item, or outside the items. Elements nested deeper than
 *   `MAX_DEPTH` are refused, as the browser's parser would refuse them. A
 *   marker element stands where each parent's items were, for them to go back
 *   in order. The pass itself pauses (yields) every `SLICE_CHARS`, and each of
 *   its steps costs at most the depth: no part of it is long.
 *
 * Pure: `entity` decodes an HTML entity name (the browser knows them all).
 */
import { NewsError } from './errors.js';
import { LIMITS } from './limits.js';
import { readTag, startsName, type TagAttribute } from './tag-scan.js';

/** The inert namespaces that stand for the active ones. */
export const INERT = {
  xhtml: 'urn:x-news-widgets:xhtml',
  svg: 'urn:x-news-widgets:svg',
  mathml: 'urn:x-news-widgets:mathml',
} as const;

const ACTIVE = new Map([
  ['http://www.w3.org/1999/xhtml', INERT.xhtml],
  ['http://www.w3.org/2000/svg', INERT.svg],
  ['http://www.w3.org/1998/Math/MathML', INERT.mathml],
]);

/** The element standing where a parent's items were, in the skeleton. */
export const MARKER = 'news-widgets-items';
/** The element wrapping a batch of items, with the namespaces in scope. */
export const BATCH = 'news-widgets-batch';

/** About this much item markup per batch: a few tens of milliseconds to parse. */
const BATCH_CHARS = 256 * 1024;
/** Distinct entity names looked up per feed; more are left as text. */
const MAX_ENTITY_NAMES = 300;

export interface PreparedXml {
  /** The document without its items, a `MARKER` element (attribute `n`) where each parent's items were. */
  skeleton: string;
  /** The items, in order: each batch one `BATCH` element around items of the marker `marker`. */
  batches: { marker: number; text: string }[];
}

interface Open {
  name: string;
  /** `xmlns` and `xmlns:*` declared on it, as written out (renamed where active). */
  namespaces: [string, string][];
  /** Its child elements so far. */
  children: number;
  /** For an item: the elements inside it so far. */
  elements: number;
  /** Its items' marker, once one was written. */
  marker?: number;
  item: boolean;
}

/** Deeper than this Chromium's XML parser refuses a document ("Excessive node nesting"): refused here first. */
const MAX_DEPTH = 256;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const isItemName = (name: string): boolean => ['item', 'entry'].includes(localName(name));

/** A code point XML allows in a document. */
const allowedInXml = (code: number): boolean =>
  code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

const FORBIDDEN_CHARACTERS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
/** After `&`: a character reference (leading zeros allowed, as XML allows them) or an entity name. */
const REFERENCE = /#0*(\d{1,7});|#[xX]0*([0-9a-fA-F]{1,6});|([A-Za-z_][A-Za-z0-9._-]{0,63});/y;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** How much text is read between two pauses (yields) of `preparingXml`. */
const SLICE_CHARS = 64 * 1024;

/**
 * Where the XML starts: at its declaration when a server printed something
 * before it (a PHP warning), else at the start. Not at a declaration inside
 * the feed itself (in a CDATA section or a comment, after the root began).
 */
export function xmlStart(text: string): number {
  const head = text.slice(0, 65536);
  const declaration = head.indexOf('<?xml');
  if (declaration <= 0 || !/^<\?xml\s/.test(head.slice(declaration, declaration + 6))) return 0;
  return /<!\[CDATA\[|<!--|<(?:[\w.-]+:)?(?:rss|feed|RDF|channel|entry|item)[\s>/]/i.test(head.slice(0, declaration)) ? 0 : declaration;
}

/** The text prepared, pausing (yield) every `SLICE_CHARS` characters, so that a caller can give the page its main thread back. */
export function* preparingXml(source: string, entity: (name: string) => string | undefined): Generator<void, PreparedXml> {
  const text = source.toWellFormed().replace(FORBIDDEN_CHARACTERS, '');
  const entities = new Map<string, string | undefined>();

  /** Character data with its references mended. */
  const mend = (data: string): string => {
    if (!data.includes('&') && !data.includes('<')) return data;
    let out = '';
    let from = 0;
    for (let at = 0; at < data.length; at++) {
      const code = data.charCodeAt(at);
      if (code === 60) {
        out += `${data.slice(from, at)}&lt;`;
        from = at + 1;
        continue;
      }
      if (code !== 38) continue;
      out += data.slice(from, at);
      REFERENCE.lastIndex = at + 1;
      const match = REFERENCE.exec(data);
      if (!match) out += '&amp;';
      else if (match[3] === undefined) {
        const point = match[1] !== undefined ? Number(match[1]) : parseInt(match[2], 16);
        out += allowedInXml(point) ? `&${match[0]}` : '&#xFFFD;';
      } else if (PREDEFINED.has(match[3])) out += `&${match[0]}`;
      else {
        const decoded = lookUp(match[3]);
        out += decoded === undefined ? `&amp;${match[0]}` : [...decoded].map((char) => `&#${char.codePointAt(0)};`).join('');
      }
      at = match ? REFERENCE.lastIndex - 1 : at;
      from = at + 1;
    }
    return out + data.slice(from);
  };

  const lookUp = (name: string): string | undefined => {
    if (!entities.has(name)) entities.set(name, entities.size < MAX_ENTITY_NAMES ? entity(name) : undefined);
    return entities.get(name);
  };

  /** A start tag written back: values quoted and mended, active namespaces renamed, repeats dropped. */
  const writeTag = (name: string, attributes: TagAttribute[], selfClosing: boolean, open: Open): string => {
    const seen = new Set<string>();
    let out = `<${name}`;
    for (const { name: attribute, value = '' } of attributes) {
      if (seen.has(attribute) || !startsName(attribute.charCodeAt(0))) continue;
      seen.add(attribute);
      let written = mend(value).replaceAll('"', '&quot;');
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
        // A namespace written with references (`http&#58;//…`) is refused as active: no honest feed writes one so.
        if (ACTIVE.has(value.trim()) || value.includes('&')) written = ACTIVE.get(value.trim()) ?? INERT.xhtml;
        open.namespaces.push([attribute, written]);
      }
      out += ` ${attribute}="${written}"`;
    }
    return `${out}${selfClosing ? '/>' : '>'}`;
  };

  const skeleton: string[] = [];
  const batches: PreparedXml['batches'] = [];
  const stack: Open[] = [];
  let rootClosed = false;
  let items = 0;
  /** Elements outside the items so far. */
  let outside = 0;
  /** Where the markup of the item being read goes, while one is open. */
  let item: string[] | undefined;
  let itemOwner: Open | undefined;
  let markers = 0;
  /** The depth of the open element being left out, with all it holds; Infinity when none is. */
  let droppedDepth = Infinity;

  const sink = (part: string) => {
    if (stack.length > droppedDepth) return;
    (item ?? skeleton).push(part);
  };

  /** The namespaces in scope inside `stack[0..depth)`, innermost last. */
  const scope = (depth: number): string =>
    [...new Map(stack.slice(0, depth).flatMap((open) => open.namespaces)).entries()].map(([name, value]) => ` ${name}="${value}"`).join('');

  const finishItem = (parent: Open, depth: number, dropped: boolean) => {
    const markup = item!.join('');
    item = undefined;
    itemOwner = undefined;
    if (dropped || markup.length > LIMITS.itemChars || items >= LIMITS.items) return;
    items++;
    if (parent.marker === undefined) {
      parent.marker = markers++;
      skeleton.push(`<${MARKER} n="${parent.marker}"/>`);
    }
    const last = batches.at(-1);
    if (last && last.marker === parent.marker && last.text.length < BATCH_CHARS) last.text += markup;
    else batches.push({ marker: parent.marker, text: `<${BATCH}${scope(depth)}>${markup}` });
  };

  let at = xmlStart(text);
  let paused = at;
  while (at < text.length) {
    if (at - paused > SLICE_CHARS) {
      paused = at;
      yield;
    }
    const lt = text.indexOf('<', at);
    const end = lt < 0 ? text.length : lt;
    // Text outside the root element is not XML: left out. A long text is mended a slice at a time,
    // never between the `&` and the `;` of a reference, with a pause between slices.
    for (let from = at; from < end && stack.length; ) {
      let to = Math.min(end, from + SLICE_CHARS);
      const reference = to < end ? text.lastIndexOf('&', to) : -1;
      if (reference > from && reference > to - 80) to = reference;
      sink(mend(text.slice(from, to)));
      from = to;
      if (from < end) {
        paused = from;
        yield;
      }
    }
    if (lt < 0) break;
    at = lt;
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      at = close < 0 ? text.length : close + 3;
      sink(text.slice(lt, at));
    } else if (text.startsWith('<![CDATA[', at)) {
      const close = text.indexOf(']]>', at + 9);
      at = close < 0 ? text.length : close + 3;
      if (stack.length) sink(text.slice(lt, at));
    } else if (text.startsWith('<?', at)) {
      const close = text.indexOf('?>', at + 2);
      at = close < 0 ? text.length : close + 2;
      // The XML declaration goes (the text is decoded already; the parser would re-read `encoding`).
      if (!/^<\?xml[\s?]/i.test(text.slice(lt, lt + 6))) sink(text.slice(lt, at));
    } else if (text.startsWith('<!', at)) {
      at = skipDeclaration(text, at);
    } else if (text.charCodeAt(at + 1) === 47) {
      const close = text.indexOf('>', at);
      at = close < 0 ? text.length : close + 1;
      const name = text.slice(lt + 2, close < 0 ? text.length : close).trim();
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth].name !== name) depth--;
      sink(text.slice(lt, at));
      // An end tag nothing opened: the parser says so, where it is.
      if (depth < 0) continue;
      const closed = stack[depth];
      const dropped = depth >= droppedDepth;
      stack.length = depth;
      if (depth <= droppedDepth) droppedDepth = Infinity;
      if (closed === itemOwner) finishItem(stack[depth - 1], depth, dropped);
      if (!depth) rootClosed = true;
    } else if (startsName(text.charCodeAt(at + 1)) && !rootClosed) {
      const tag = readTag(text, at);
      at = tag.end;
      const parent = stack.at(-1);
      const depth = stack.length;
      if (depth >= MAX_DEPTH) throw new NewsError('parse', `the XML nests elements more than ${MAX_DEPTH} deep: refused`);
      const isItem = !item && !!parent && depth <= 2 && isItemName(tag.name);
      // Left out, beyond a limit: this element and all it holds.
      const tooMany =
        (!!parent && !isItem && (parent.item || depth <= 2) && ++parent.children > LIMITS.itemChildren) ||
        (itemOwner ? ++itemOwner.elements > LIMITS.itemElements : !isItem && ++outside > LIMITS.itemElements) ||
        (isItem && items >= LIMITS.items);
      const open: Open = { name: tag.name, namespaces: [], children: 0, elements: 0, item: isItem };
      if (isItem) {
        item = [];
        itemOwner = open;
      }
      const written = writeTag(tag.name, tag.attributes, tag.selfClosing, open);
      if (tooMany && depth < droppedDepth) droppedDepth = depth;
      if (depth < droppedDepth) sink(written);
      if (!tag.selfClosing) stack.push(open);
      else {
        if (isItem) finishItem(parent!, depth, depth >= droppedDepth);
        if (depth <= droppedDepth) droppedDepth = Infinity;
      }
    } else {
      // A `<` that starts nothing (`a < b`), or markup after the root: text, or nothing.
      if (stack.length) sink('&lt;');
      at++;
    }
  }
  // An item never closed (a cut-off feed) stays in the document, for the parser to say what is wrong where.
  if (item) skeleton.push(item.join(''));
  for (const batch of batches) batch.text += `</${BATCH}>`;
  return { skeleton: skeleton.join(''), batches };
}

/**
 * The end of a `<!…>` declaration (a DOCTYPE with its internal subset, whose
 * comments may hold anything); a DOCTYPE that declares entities, or an entity
 * declaration anywhere, is refused.
 */
function skipDeclaration(text: string, at: number): number {
  const refuse = () => new NewsError('parse', 'the XML declares entities (<!ENTITY …>), which the widgets never expand: refused');
  if (text.startsWith('<!ENTITY', at)) throw refuse();
  let index = at + 2;
  let subset = false;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34 || code === 39) {
      const close = text.indexOf(code === 34 ? '"' : "'", index + 1);
      index = close < 0 ? text.length : close;
    } else if (code === 91) subset = true;
    else if (code === 93) subset = false;
    else if (code === 60 && subset && text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      index = close < 0 ? text.length : close + 2;
    } else if (code === 60 && subset && text.startsWith('<!ENTITY', index)) throw refuse();
    else if (code === 62 && !subset) return index + 1;
  }
  return text.length;
}

/**
 * What markup text opens with: the root element's name, past the prolog (the
 * XML declaration, comments, processing instructions, a DOCTYPE), and the
 * DOCTYPE's name. Enough to tell a feed from an HTML page before parsing.
 */
export function markupStart(text: string): { root?: string; doctype?: string } {
  let at = xmlStart(text);
  let doctype: string | undefined;
  for (let steps = 0; steps < 100; steps++) {
    at = text.indexOf('<', at);
    if (at < 0) return { doctype };
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      if (close < 0) return { doctype };
      at = close + 3;
    } else if (text.startsWith('<?', at)) {
      const close = text.indexOf('?>', at + 2);
      if (close < 0) return { doctype };
      at = close + 2;
    } else if (text.startsWith('<!', at)) {
      if (/^<!doctype\s/i.test(text.slice(at, at + 10))) doctype = /^<!doctype\s+([^\s>[]{1,64})/i.exec(text.slice(at, at + 80))?.[1].toLowerCase();
      at = text.indexOf('>', at);
      if (at < 0) return { doctype };
    } else {
      return startsName(text.charCodeAt(at + 1)) ? { root: readTag(text, at).name, doctype } : { doctype };
    }
  }
  return { doctype };
}
