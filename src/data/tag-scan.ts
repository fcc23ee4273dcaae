/**
 * Reading one start tag out of markup text, as the HTML tokenizer does (names
 * end at whitespace, `/` or `>`; values are quoted or run to whitespace or
 * `>`). Shared by the text passes that run before the browser parses a feed's
 * XML or a field's HTML (xml-text.ts, render/inline-code.ts). Linear in the
 * tag's length; never a regular expression built from the text.
 */

export interface TagAttribute {
  /** As written (XML names are case-sensitive; HTML callers lowercase it). */
  name: string;
  /** Where the attribute starts and ends in the text (value and quotes included). */
  start: number;
  end: number;
  /** The value as written, without quotes; undefined for an attribute without one. */
  value?: string;
}

export interface Tag {
  name: string;
  attributes: TagAttribute[];
  /** Just after the `>` (or the end of the text, for a tag never closed). */
  end: number;
  /** Written `<name/>`. */
  selfClosing: boolean;
}

/** Attributes read from one tag; the rest of a tag with more is skipped (no honest tag has so many). */
export const MAX_ATTRIBUTES = 256;

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

/** Ends a name: whitespace, `/`, `>`, and for attribute names `=` too. */
function nameEnd(text: string, from: number, equalsEnds: boolean): number {
  let at = from;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isSpace(code) || code === 47 || code === 62 || (equalsEnds && code === 61 && at > from)) break;
  }
  return at;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The start tag at `at` (which holds `<` followed by a name). */
export function readTag(text: string, at: number): Tag {
  const length = text.length;
  let index = nameEnd(text, at + 1, false);
  const name = text.slice(at + 1, index);
  const attributes: TagAttribute[] = [];
  let selfClosing = false;
  while (index < length) {
    if (attributes.length >= MAX_ATTRIBUTES) {
      const close = text.indexOf('>', index);
      return { name, attributes, end: close < 0 ? length : close + 1, selfClosing: close > 0 && text.charCodeAt(close - 1) === 47 };
    }
    index = skipSpaces(text, index);
    const code = text.charCodeAt(index);
    if (code === 62) return { name, attributes, end: index + 1, selfClosing };
    if (code === 47) {
      selfClosing = text.charCodeAt(index + 1) === 62;
      index++;
      continue;
    }
    selfClosing = false;
    const start = index;
    index = nameEnd(text, index, true);
    const attribute: TagAttribute = { name: text.slice(start, index), start, end: index };
    const afterName = skipSpaces(text, index);
    if (text.charCodeAt(afterName) === 61) {
      let valueStart = skipSpaces(text, afterName + 1);
      const quote = text.charCodeAt(valueStart);
      let valueEnd: number;
      if (quote === 34 || quote === 39) {
        valueStart++;
        valueEnd = text.indexOf(quote === 34 ? '"' : "'", valueStart);
        if (valueEnd < 0) valueEnd = length;
        index = Math.min(valueEnd + 1, length);
      } else {
        valueEnd = valueStart;
        while (valueEnd < length && !isSpace(text.charCodeAt(valueEnd)) && text.charCodeAt(valueEnd) !== 62) valueEnd++;
        index = valueEnd;
      }
      attribute.value = text.slice(valueStart, valueEnd);
      attribute.end = index;
    }
    attributes.push(attribute);
  }
  return { name, attributes, end: length, selfClosing };
}

/** A letter: what starts a tag name (otherwise `<` is text). */
export const startsName = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58 || code > 127;

/** Text with some ranges left out (ranges sorted, not overlapping). */
export function cut(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (!ranges.length) return text;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
