import { expect } from '@open-wc/testing';
import { atom } from '../../../src/data/adapters/atom.js';
import type { NewsFeed } from '../../../src/data/model.js';
import { loadXml as load, plain, shownStrings, thrownNewsError as failure, xml, parse } from '../../helpers.js';

const base = 'https://portal.example/feeds/atom.xml';
const entries = (body: string, attributes = '') => xml(`<feed xmlns="http://www.w3.org/2005/Atom" ${attributes}>${body}</feed>`);

const feedAuthor = { name: 'Ban biên tập', url: 'https://portal.example/gioi-thieu/ban-bien-tap' };

describe('Atom adapter', () => {
  let doc: Document;
  let rssDoc: Document;
  let feed: NewsFeed;
  before(async () => {
    [doc, rssDoc] = await Promise.all([load('atom.xml'), load('rss.xml')]);
    feed = parse(atom, doc, { base });
  });

  describe('detect', () => {
    it('accepts a feed in the Atom namespace', () => {
      expect(atom.format).to.equal('atom');
      expect(atom.detect(doc)).to.equal(true);
      expect(atom.detect(xml('<a:feed xmlns:a="http://www.w3.org/2005/Atom"/>'))).to.equal(true);
      // As some feeds are written: no namespace at all.
      expect(atom.detect(xml('<feed><entry/></feed>'))).to.equal(true);
    });

    it('rejects RSS, HTML, XHTML, broken XML, a <feed> in another namespace and what is not a Document', () => {
      expect(atom.detect(rssDoc)).to.equal(false);
      expect(atom.detect(new DOMParser().parseFromString('<!DOCTYPE html><title>feed</title><feed></feed>', 'text/html'))).to.equal(false);
      expect(atom.detect(xml('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>feed</p></body></html>'))).to.equal(false);
      const broken = xml('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Cut off</entry></feed>');
      expect(broken.getElementsByTagName('parsererror')).to.have.length.above(0);
      expect(atom.detect(broken)).to.equal(false);
      expect(atom.detect(xml('<feed xmlns="http://purl.org/atom/ns#"/>'))).to.equal(false);
      for (const payload of [null, undefined, '<feed/>', { entries: [] }, []]) expect(atom.detect(payload)).to.equal(false);
    });

    it('refuses to parse what it does not detect, naming what it got', () => {
      const error = failure(() => parse(atom, rssDoc, { base }));
      expect(error.code).to.equal('format');
      expect(error.message).to.contain('not an Atom feed').and.to.contain('<rss>');
      expect(failure(() => parse(atom, xml('<feed xmlns="http://www.w3.org/2005/Atom">'), {})).message).to.contain('XML with errors');
      expect(failure(() => parse(atom, 42, {})).message).to.contain('number');
    });
  });

  it('reads the feed: html title, the text/html alternate under xml:base, xml:lang, the next link', () => {
    expect(feed.title).to.equal('Tin tức & Sự kiện');
    // xml:base="/tin-tuc/" resolves against the feed's URL; the JSON alternate loses to the HTML one.
    expect(feed.homePageUrl).to.equal('https://portal.example/tin-tuc/');
    expect(feed.language).to.equal('vi');
    expect(feed.paging).to.deep.equal({ nextUrl: 'https://portal.example/feeds/atom.xml?page=2' });
  });

  it('skips entries with nothing to show and repeated ids, keeping feed order', () => {
    expect(feed.items.map((item) => item.id)).to.deep.equal([
      'tag:portal.example,2022:1024',
      'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
      'tag:portal.example,2022:1030',
      'tag:portal.example,2022:1040',
    ]);
  });

  it('maps a full entry: html title and summary, xhtml content, two authors, labelled categories, an image enclosure', () => {
    expect(plain(feed.items[0])).to.deep.equal({
      id: 'tag:portal.example,2022:1024',
      url: 'https://portal.example/tin-tuc/hoi-nghi-chuyen-doi-so.html',
      title: 'Hội nghị “Chuyển đổi số” & cải cách hành chính',
      summary: 'Sáng 26/3, hội nghị tổng kết công tác chuyển đổi số…',
      // The div's children, written as HTML (no namespaces, void elements without an end tag).
      contentHtml:
        '<p>Sáng 26/3, tại <a href="/tin-tuc">Hà Nội</a>, hội nghị “Chuyển đổi số”.</p>' +
        '<p>Đại biểu &amp; khách mời.<br></p>',
      image: { url: 'https://portal.example/images/hoi-nghi.jpg', alt: 'Quang cảnh hội nghị' },
      published: '2022-03-26T01:00:00.000Z',
      updated: '2022-03-27T02:30:00.000Z',
      authors: [{ name: 'Minh Sơn', url: 'https://portal.example/tac-gia/minh-son' }, { name: 'Ngọc Hân' }],
      category: { title: 'Tin tức - Sự kiện' },
      // A label when there is one, else the term.
      tags: ['Tin tức - Sự kiện', 'Chuyển đổi số', 'hoi-nghi'],
      language: 'vi',
    });
  });

  it('maps an entry with xhtml title and summary, html content, only updated, the feed\'s author, its own xml:base and xml:lang', () => {
    expect(plain(feed.items[1])).to.deep.equal({
      id: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
      url: 'https://portal.example/en/news/budget-2023',
      title: 'City council approves 2023 budget',
      summary: 'The council voted 12–3. Debate ran late.',
      contentHtml: '<p>The council voted <strong>12&ndash;3</strong> on Tuesday.</p>',
      image: { url: 'https://cdn.portal.example/budget-640.jpg', alt: '' },
      published: '2022-12-13T14:30:00.000Z',
      updated: '2022-12-13T14:30:00.000Z',
      authors: [feedAuthor],
      tags: [],
      language: 'en',
    });
  });

  it('maps a plain-text entry: entities decoded by XML, whitespace collapsed, the body as text, an unparsable date absent', () => {
    expect(plain(feed.items[2])).to.deep.equal({
      id: 'tag:portal.example,2022:1030',
      title: 'Thông báo “lịch nghỉ lễ” 30/4 & 1/5',
      summary: 'Lịch nghỉ lễ năm 2022.',
      // A body keeps its paragraphs: the article shows them as such.
      text: 'Cán bộ được nghỉ 4 ngày.\n\nLịch trực sẽ được thông báo sau.',
      published: '2022-04-20T03:00:00.000Z',
      authors: [{ name: 'Phòng Hành chính' }],
      category: { title: 'Thông báo' },
      tags: ['Thông báo'],
      language: 'vi',
    });
    expect(feed.items[2].updated).to.equal(undefined);
  });

  it('maps an entry whose picture is only in its html content', () => {
    expect(plain(feed.items[3])).to.deep.equal({
      id: 'tag:portal.example,2022:1040',
      url: 'https://portal.example/tin-tuc/hoi-bao-xuan.html',
      title: 'Khai mạc Hội báo Xuân',
      contentHtml: '<p><img src="images/hoi-bao.jpg" alt="Gian trưng bày">Hội báo Xuân khai mạc sáng nay.</p>',
      image: { url: 'https://portal.example/tin-tuc/images/hoi-bao.jpg', alt: 'Gian trưng bày' },
      published: '2022-01-28T00:30:00.000Z',
      updated: '2022-01-28T00:30:00.000Z',
      authors: [feedAuthor],
      tags: [],
      language: 'vi',
    });
  });

  it('shows no entity, escaped markup or tag, and no null or "undefined"', () => {
    const strings = shownStrings(feed);
    expect(strings.length).to.be.above(30);
    for (const [path, text] of strings) {
      expect(text, path).not.to.match(/&#|&amp;|&hellip;|&nbsp;|</);
      expect(text, path).to.equal(text.trim());
    }
    expect(JSON.stringify(feed)).not.to.match(/null|"undefined"|NaN/);
  });

  it('keeps type="text" literal: a < there is a character, not a tag', () => {
    const [entry] = parse(atom, entries('<entry><id>a</id><title type="text">x &lt;b&gt; y &amp;amp; z</title></entry>'), {}).items;
    expect(entry.title).to.equal('x <b> y &amp; z');
  });

  it('resolves relative links against the feed URL when there is no xml:base, prefers no-rel links over others, and leaves no paging', () => {
    const relative = parse(atom, 
      entries(`<link rel="alternate" href="/"/>
        <entry><id>a</id><link rel="related" href="other.html"/><link href="a.html"/>
          <author><name>A</name><uri>/a</uri></author><media:content xmlns:media="http://search.yahoo.com/mrss/" url="a.jpg" medium="image"/></entry>`),
      { base },
    );
    expect(relative.homePageUrl).to.equal('https://portal.example/');
    expect(relative.paging).to.equal(undefined);
    expect(relative.language).to.equal(undefined);
    const [entry] = relative.items;
    expect(entry.url).to.equal('https://portal.example/feeds/a.html');
    expect(entry.authors).to.deep.equal([{ name: 'A', url: 'https://portal.example/a' }]);
    expect(entry.image).to.deep.equal({ url: 'https://portal.example/feeds/a.jpg', alt: '' });
  });
});

describe('Atom as real feeds write it', () => {
  it('reads a feed whose root carries no namespace', () => {
    const feed = parse(atom, xml('<feed><title>Kênh</title><author><name>Ban biên tập</name></author><entry><id>a</id><title>Tin A</title><link href="/a"/><updated>2022-03-26T01:00:00Z</updated></entry></feed>'), {
      base: 'https://portal.example/atom.xml',
    });
    expect(feed.title).to.equal('Kênh');
    expect(plain(feed.items)).to.deep.equal([
      { id: 'a', url: 'https://portal.example/a', title: 'Tin A', published: '2022-03-26T01:00:00.000Z', updated: '2022-03-26T01:00:00.000Z', authors: [{ name: 'Ban biên tập' }], tags: [] },
    ]);
  });

  it('reads an Entry Document (root <entry>) as a feed of one item', () => {
    const feed = parse(atom, xml('<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><id>e</id><title type="html">Tin &lt;b&gt;một&lt;/b&gt;</title><content type="html">&lt;p&gt;Thân&lt;/p&gt;</content></entry>'), {});
    expect(feed.items.map((item) => [item.id, item.title, item.contentHtml, item.language])).to.deep.equal([['e', 'Tin một', '<p>Thân</p>', 'vi']]);
  });

  it('reads type="" as text, and xhtml content whose div forgot its namespace', () => {
    const [entry] = parse(atom, entries(
      '<entry><id>x</id><title type="">a &lt;b&gt; c</title><content type="xhtml"><div><p>Một <a name="top"/>đoạn</p><iframe src="https://v.example/1"/></div></content></entry>',
    ), {}).items;
    expect(entry.title).to.equal('a <b> c');
    // Written as HTML: an empty <a/> or <iframe/> closes, and takes nothing after it.
    expect(entry.contentHtml).to.equal('<p>Một <a name="top"></a>đoạn</p><iframe src="https://v.example/1"></iframe>');
  });
});
