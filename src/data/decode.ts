/**
 * A response's bytes as text, in the encoding they were written in. Feeds of
 * older sites still come in ISO-8859-1, windows-1252, windows-1258
 * (Vietnamese), Shift_JIS…, which `response.text()` would read as UTF-8
 * ("M�e" for "Mãe"). The encoding is, in order:
 *
 * 1. a byte-order mark (as the Encoding Standard and RFC 7303 say: it cannot
 *    be there by accident, and wins even over the header);
 * 2. the `charset` of the `Content-Type`;
 * 3. the `encoding` of an XML declaration (`<?xml version="1.0" encoding="windows-1258"?>`);
 * 4. UTF-8.
 *
 * A label `TextDecoder` does not know is skipped for the next source. Bytes
 * invalid in the encoding become U+FFFD, never an error.
 */

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function decoder(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label.trim());
    // "replacement" stands for encodings that are unsafe to decode (ISO-2022-KR…): it would yield one U+FFFD.
    return decoder.encoding === 'replacement' ? undefined : decoder;
  } catch {
    return undefined;
  }
}

/** The `charset` parameter of a Content-Type, quotes removed. */
export function charsetOf(contentType: string | null): string | undefined {
  for (const parameter of contentType?.split(';').slice(1) ?? []) {
    const [name, value] = parameter.split('=');
    if (name.trim().toLowerCase() === 'charset' && value) return value.trim().replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}

/**
 * The `encoding` of an XML declaration near the start (after a server's
 * warning, at most), read as ASCII. A declaration that can be read as ASCII
 * is not in UTF-16, whatever it says (.NET writes `encoding="utf-16"` into
 * feeds it then sends as UTF-8): then UTF-8, as HTML's prescan reads it.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const label = /<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head)?.[1];
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

/** The decoder for a response, chosen from its first bytes (the first 1024 are enough) and its Content-Type. */
export function decoderFor(head: Uint8Array, contentType: string | null): TextDecoder {
  const bom = BOMS.find(([marks]) => marks.every((byte, i) => head[i] === byte));
  return (bom && decoder(bom[1])) ?? decoder(charsetOf(contentType)) ?? decoder(declaredEncoding(head)) ?? new TextDecoder();
}

/** Decoded text as the model wants it: windows-1258 writes most Vietnamese tones as combining marks, composed here as every other source writes them. */
export const composed = (decoder: TextDecoder, text: string): string => (decoder.encoding === 'windows-1258' ? text.normalize('NFC') : text);

/** A whole body at once. */
export function decodeBody(buffer: ArrayBuffer, contentType: string | null): string {
  const bytes = new Uint8Array(buffer);
  const chosen = decoderFor(bytes, contentType);
  return composed(chosen, chosen.decode(bytes));
}
