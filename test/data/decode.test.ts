/**
 * Responses in legacy encodings: decoded by BOM, Content-Type charset, XML
 * declaration, else UTF-8, through the loader as a portal meets them.
 */
import { expect } from '@open-wc/testing';
import { charsetOf, decodeBody } from '../../src/data/decode.js';
import { loadFeed } from '../../src/data/load.js';
import { fetchSpies } from '../helpers.js';

/**
 * Text in a single-byte encoding, by a reverse table of what the browser
 * decodes each byte as. A letter the encoding lacks is written as a composed
 * letter it has, then combining marks (as windows-1258 writes "ứ": "ư" and a
 * combining acute).
 */
function singleByte(text: string, encoding: string): Uint8Array<ArrayBuffer> {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 255; byte >= 0; byte--) table.set(decoder.decode(new Uint8Array([byte])), byte);
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    if (table.has(char)) {
      bytes.push(table.get(char)!);
      continue;
    }
    // A base letter with some of its marks composed, the other marks after it (most marks first).
    const [base, ...marks] = [...char.normalize('NFD')];
    const choices = Array.from({ length: 1 << marks.length }, (_, set) => marks.filter((_mark, i) => set & (1 << i)));
    const found = choices
      .sort((a, b) => b.length - a.length)
      .map((kept) => [(base + kept.join('')).normalize('NFC'), ...marks.filter((mark) => !kept.includes(mark))])
      .find((written) => written.every((part) => table.has(part)));
    if (!found) throw new Error(`${char} is not in ${encoding}`);
    bytes.push(...found.map((part) => table.get(part)!));
  }
  return new Uint8Array(bytes);
}

/** UTF-16 with its byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(bytes);
}

const rss = (title: string, declaration = '') =>
  `${declaration}<rss version="2.0"><channel><title>Kênh</title><item><title>${title}</title><link>https://portal.example/a</link></item></channel></rss>`;

describe('decoding responses', () => {
  const spy = fetchSpies();

  /** The first title of a feed served as `bytes` with `contentType`. */
  async function titleOf(bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<string | undefined> {
    spy(() => Promise.resolve(new Response(bytes, { headers: { 'content-type': contentType } })));
    const feed = await loadFeed(`https://legacy.example/feed-${Math.random()}.xml`);
    return feed.items[0].title;
  }

  it('reads the charset of the Content-Type (ISO-8859-1: "Mãe … Raríssimas", not "M�e … Rar�ssimas")', async () => {
    const title = 'Mãe de Raríssimas';
    expect(await titleOf(singleByte(rss(title), 'iso-8859-1'), 'application/rss+xml; charset=ISO-8859-1')).to.equal(title);
    expect(await titleOf(singleByte(rss(title), 'windows-1252'), 'text/xml; charset="windows-1252"')).to.equal(title);
  });

  it('else the encoding of the XML declaration: windows-1258 for older Vietnamese sites, Shift_JIS', async () => {
    // windows-1258 writes most tones as combining marks: the decoded text is composed again (NFC).
    const bytes = singleByte(rss('Tin tức – Sự kiện', '<?xml version="1.0" encoding="windows-1258"?>'), 'windows-1258');
    expect(new TextDecoder('windows-1258').decode(bytes), 'control: the bytes hold combining marks').not.to.contain('tức');
    expect(await titleOf(bytes, 'application/rss+xml')).to.equal('Tin tức – Sự kiện');
    const japanese = new Uint8Array([0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58]);
    expect(new TextDecoder('shift_jis').decode(japanese), 'control: the bytes are ニュース').to.equal('ニュース');
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="Shift_JIS"?><rss><channel><item><title>');
    const tail = new TextEncoder().encode('</title></item></channel></rss>');
    expect(await titleOf(new Uint8Array([...head, ...japanese, ...tail]), 'application/xml')).to.equal('ニュース');
  });

  it('else a byte-order mark (which wins even over a header that says otherwise), else UTF-8', async () => {
    const title = 'Đào tạo – 研修';
    expect(await titleOf(utf16(rss(title), 'le'), 'application/rss+xml')).to.equal(title);
    expect(await titleOf(utf16(rss(title), 'be'), 'application/rss+xml; charset=iso-8859-1')).to.equal(title);
    expect(await titleOf(new TextEncoder().encode(`\uFEFF${rss(title)}`), 'application/rss+xml')).to.equal(title);
    expect(await titleOf(new TextEncoder().encode(rss(title)), 'application/rss+xml')).to.equal(title);
  });

  it('reads UTF-8 whose declaration says utf-16 (as .NET writes it): a declaration readable as ASCII is not UTF-16', async () => {
    const title = 'Đào tạo – Mãe';
    expect(await titleOf(new TextEncoder().encode(rss(title, '<?xml version="1.0" encoding="utf-16"?>')), 'application/xml')).to.equal(title);
  });

  it("finds the declaration's encoding after a server's warning too", async () => {
    const title = 'Mãe';
    const bytes = singleByte(`<b>Notice</b>: x<br />\n${rss(title, '<?xml version="1.0" encoding="iso-8859-1"?>')}`, 'iso-8859-1');
    expect(await titleOf(bytes, 'application/xml')).to.equal(title);
  });

  it('skips an encoding it does not know, or one unsafe to decode, for the next source', async () => {
    const title = 'Mãe';
    const bytes = singleByte(rss(title, '<?xml version="1.0" encoding="iso-8859-1"?>'), 'iso-8859-1');
    expect(await titleOf(bytes, 'application/xml; charset=x-no-such-encoding')).to.equal(title);
    expect(await titleOf(bytes, 'application/xml; charset=iso-2022-kr')).to.equal(title);
  });

  it('decodes JSON by its charset too', async () => {
    const json = JSON.stringify({ items: [{ id: '1', title: 'Mãe' }] });
    spy(() => Promise.resolve(new Response(singleByte(json, 'iso-8859-1'), { headers: { 'content-type': 'application/json; charset=latin1' } })));
    expect((await loadFeed('https://legacy.example/feed.json')).items[0].title).to.equal('Mãe');
  });

  it('reads charset parameters as servers write them', () => {
    expect(charsetOf('text/xml;charset=UTF-8')).to.equal('UTF-8');
    expect(charsetOf('text/xml; Charset = "windows-1258" ; q=1')).to.equal('windows-1258');
    expect(charsetOf('application/json')).to.equal(undefined);
    expect(charsetOf(null)).to.equal(undefined);
    // Invalid bytes are U+FFFD, never an error.
    expect(decodeBody(new Uint8Array([0x61, 0xff, 0x62]).buffer, 'text/plain; charset=utf-8')).to.equal('a\uFFFDb');
  });
});
