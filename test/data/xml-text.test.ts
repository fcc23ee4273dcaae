/**
 * XML as real feeds write it, and XML meant to hurt: what the text pass
 * (xml-text.ts) mends, refuses and cuts before the browser parses it, and the
 * document it makes in pieces (read-xml.ts).
 */
import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/data/limits.js';
import { parseFeed } from '../../src/data/parse.js';
import { INERT } from '../../src/data/xml-text.js';
import { newsErrorOf, prepare, readXmlNow } from '../helpers.js';

const base = 'https://portal.example/rss.xml';
const rssOf = (items: string, channel = '') => `<rss version="2.0"><channel><title>Kênh</title>${channel}${items}</channel></rss>`;
const item = (title: string, extra = '') => `<item><title>${title}</title><link>https://portal.example/${encodeURIComponent(title)}</link>${extra}</item>`;
const read = (text: string, type = 'application/rss+xml') => parseFeed(text, type, base);

describe('XML as feeds write it', () => {
  it('reads HTML entities the XML never declared, and a bare & or <', async () => {
    const feed = await read(rssOf(item('Tin&nbsp;tức &eacute;t&eacute; &hellip; AT&T &amp; Co &#8220;x&#8221; a < b &unknown;')));
    expect(feed.items[0].title).to.equal('Tin tức été … AT&T & Co “x” a < b &unknown;');
  });

  it('leaves CDATA and comments as they are', () => {
    const { skeleton } = prepare('<a><!-- &nbsp; --><b><![CDATA[&nbsp; <p>]]></b></a>');
    expect(skeleton).to.equal('<a><!-- &nbsp; --><b><![CDATA[&nbsp; <p>]]></b></a>');
  });

  it('drops characters XML forbids, and references to them', async () => {
    const feed = await read(rssOf(item('A\u0001B\u000BC&#0;D&#xD800;E\uFFFE')));
    expect(feed.items[0].title).to.equal('ABC\uFFFDD\uFFFDE');
  });

  it('mends attributes: unquoted, without a value, repeated, with a bare &', async () => {
    const doc = readXmlNow('<feed xmlns="http://www.w3.org/2005/Atom"><link href=a.html?x=1&y=2 rel=alternate rel="self" hidden/></feed>');
    const link = doc.documentElement.firstElementChild!;
    expect(link.getAttribute('href')).to.equal('a.html?x=1&y=2');
    expect(link.getAttribute('rel')).to.equal('alternate');
    expect(link.getAttribute('hidden')).to.equal('');
  });

  it('starts at the XML declaration when a server printed a warning before it, and ignores what follows the root', async () => {
    const junk = '<br />\n<b>Notice</b>: Undefined index in <b>/var/www/feed.php</b> on line <b>12</b><br />\n';
    const feed = await read(`${junk}<?xml version="1.0" encoding="UTF-8"?>${rssOf(item('A'))}\n<!-- 0.12s --> trailing text <p>`);
    expect(feed.items.map((entry) => entry.title)).to.deep.equal(['A']);
  });

  it("says where XML that no mending can save is broken, in the browser's words and no more", async () => {
    const error = await newsErrorOf(read(rssOf('<item><title>A</item>')));
    expect(error.code).to.equal('parse');
    expect(error.message).to.match(/invalid XML \(.*error on line 1 at column \d+/);
    expect(error.message).not.to.contain('Below is a rendering');
  });

  it('reads character references with leading zeros, as XML allows them', async () => {
    const feed = await read('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title>&#00000065;&#x0000042;C</title></entry></feed>', 'application/atom+xml');
    expect(feed.items[0].title).to.equal('ABC');
  });

  it('keeps a feed whole whose text holds an XML declaration (in CDATA, in a comment)', async () => {
    for (const holder of ['<![CDATA[<?xml version="1.0"?><svg></svg>]]>', '<!-- <?xml version="1.0"?> -->']) {
      const feed = await read(rssOf(item('A', `<description>${holder}</description>`)));
      expect(feed.items.map((entry) => entry.title), holder).to.deep.equal(['A']);
    }
  });

  it("reads a feed after a server's warning even when it is not served as XML", async () => {
    const feed = await read(`<br />\n<b>Warning</b>: x<br />\n<?xml version="1.0"?>${rssOf(item('A'))}`, 'text/html; charset=UTF-8');
    expect(feed.items.map((entry) => entry.title)).to.deep.equal(['A']);
  });
});

describe('XML meant to hurt', () => {
  it('refuses a DOCTYPE that declares entities, before anything is expanded', async () => {
    const lol = '<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">';
    const uses = '&a;'.repeat(2000);
    const doctypes = [`<!DOCTYPE rss [${lol}]>`, `<!DOCTYPE rss SYSTEM "x.dtd" [ <!-- ] > --> ${lol} ]>`, `<!DOCTYPE rss [<!ENTITY % p "x"> ]>`, `<!DOCTYPE rss>${lol}`];
    for (const doctype of doctypes) {
      const error = await newsErrorOf(read(`<?xml version="1.0"?>${doctype}${rssOf(item(`x ${uses}`))}`));
      expect(error.code).to.equal('parse');
      expect(error.message).to.contain('declares entities');
    }
    // A DOCTYPE that declares nothing is only dropped: the RSS 0.91 DTD, which is never loaded.
    const old = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">';
    expect((await read(`${old}${rssOf(item('Cũ &eacute;'))}`)).items[0].title).to.equal('Cũ é');
  });

  it('makes no HTML, SVG or MathML element: the namespaces are renamed inert', () => {
    const doc = readXmlNow(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/><svg xmlns="http://www.w3.org/2000/svg"><script>alert(2)</script></svg><math xmlns="http://www.w3.org/1998/Math/MathML"/></div></content></entry></feed>',
    );
    for (const namespace of ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML']) {
      expect(doc.getElementsByTagNameNS(namespace, '*'), namespace).to.have.length(0);
    }
    expect(doc.getElementsByTagNameNS(INERT.xhtml, 'img')).to.have.length(1);
    expect(doc.getElementsByTagNameNS(INERT.svg, 'script')).to.have.length(1);
  });

  it("refuses elements nested deeper than the browser's parser would take, before they cost anything", async () => {
    for (const nested of ['<br>'.repeat(60_000), '<b>'.repeat(30_000) + 'x' + '</b>'.repeat(30_000)]) {
      const error = await newsErrorOf(read(rssOf(item('A', `<description>${nested}</description>`))));
      expect([error.code, error.message]).to.satisfy(([code, message]: string[]) => code === 'parse' && message.includes('more than 256 deep'));
    }
  });

  it('reads at most 256 attributes of one tag', () => {
    const attributes = Array.from({ length: 1000 }, (_, i) => ` a${i}="${i}"`).join('');
    const doc = readXmlNow(`<feed xmlns="http://www.w3.org/2005/Atom"><entry${attributes}><id>x</id><title>A</title></entry></feed>`);
    const entry = doc.querySelector('entry')!;
    expect(entry.attributes).to.have.length(256);
    expect(entry.querySelector('title')!.textContent).to.equal('A');
  });

  it('takes a namespace written with references (which could only be a trick) as inert too', () => {
    const doc = readXmlNow('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><x:p xmlns:x="http&#58;//www.w3.org/1999/xhtml"/></entry></feed>');
    expect(doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', '*')).to.have.length(0);
    expect(doc.getElementsByTagNameNS(INERT.xhtml, 'p')).to.have.length(1);
  });
});

describe('XML in pieces, within limits', () => {
  it('parses the items apart from the rest, and puts them back in order, under the namespaces in scope', () => {
    const items = Array.from({ length: 3000 }, (_, i) => item(`Tin ${i}`, `<dc:creator>Tác giả ${i}</dc:creator>`)).join('');
    const text = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Kênh</title>${items}<link>https://portal.example/</link></channel></rss>`;
    const prepared = prepare(text);
    expect(prepared.batches.length, 'several batches').to.be.greaterThan(1);
    expect(prepared.skeleton.length).to.be.lessThan(300);
    const doc = readXmlNow(text);
    const titles = [...doc.querySelectorAll('item > title')].map((title) => title.textContent);
    expect(titles).to.have.length(3000);
    expect(titles[0]).to.equal('Tin 0');
    expect(titles[2999]).to.equal('Tin 2999');
    expect(doc.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[1234].textContent).to.equal('Tác giả 1234');
    // The channel's own elements stay where they were around the items.
    expect(doc.querySelector('channel > link')!.textContent).to.equal('https://portal.example/');
  });

  it(`reads at most ${LIMITS.items} items, and skips an item larger than ${LIMITS.itemChars} characters`, async () => {
    const many = Array.from({ length: LIMITS.items + 50 }, (_, i) => item(`Tin ${i}`)).join('');
    const feed = await read(rssOf(many));
    expect(feed.items).to.have.length(LIMITS.items);
    expect(feed.items.at(-1)!.title).to.equal(`Tin ${LIMITS.items - 1}`);
    const huge = item('Lớn', `<description>${'x'.repeat(LIMITS.itemChars)}</description>`);
    expect((await read(rssOf(item('A') + huge + item('B')))).items.map((entry) => entry.title)).to.deep.equal(['A', 'B']);
  });

  it(`reads at most ${LIMITS.itemChildren} child elements of an item or of the channel`, () => {
    const categories = '<category>c</category>'.repeat(200_000);
    // A literal "</item>" in the CDATA of a child left out is text, not the item's end.
    const text = rssOf(item('A', `${categories}<description><![CDATA[a </item> b]]></description><itemRef>after the cut</itemRef>`) + item('B'), '<x/>'.repeat(5000));
    const prepared = prepare(text);
    const doc = readXmlNow(text);
    expect(prepared.batches[0].text.length).to.be.lessThan(60_000);
    expect(doc.querySelectorAll('item:first-of-type > category')).to.have.length(LIMITS.itemChildren - 2);
    expect(doc.querySelectorAll('channel > x')).to.have.length(LIMITS.itemChildren - 1);
    expect([...doc.querySelectorAll('item > title')].map((title) => title.textContent)).to.deep.equal(['A', 'B']);
  });

  it(`reads at most ${LIMITS.itemElements} elements in one item, however deep, and as many outside the items`, () => {
    const grandchildren = `<image>${'<x/>'.repeat(100_000)}</image>`;
    const text = rssOf(item('A', `<description><div>${'<p>x</p>'.repeat(50_000)}</div></description>`) + item('B'), grandchildren);
    const doc = readXmlNow(text);
    expect(doc.querySelectorAll('image > x').length).to.be.at.most(LIMITS.itemElements);
    expect(doc.querySelectorAll('item p').length).to.be.at.most(LIMITS.itemElements);
    expect([...doc.querySelectorAll('item > title')].map((title) => title.textContent)).to.deep.equal(['A', 'B']);
  });

  it(`keeps what follows the items when it reads only the first ${LIMITS.items} (a next link at the end of the channel)`, async () => {
    const many = Array.from({ length: LIMITS.items + 20 }, (_, i) => item(`Tin ${i}`)).join('');
    const text = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>K</title>${many}<atom:link rel="next" href="https://portal.example/rss?page=2"/></channel></rss>`;
    const feed = await read(text);
    expect(feed.items).to.have.length(LIMITS.items);
    expect(feed.paging?.nextUrl).to.equal('https://portal.example/rss?page=2');
  });
});
