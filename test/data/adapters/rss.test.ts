import { expect } from '@open-wc/testing';
import { readRfc822Date, rss } from '../../../src/data/adapters/rss.js';
import type { NewsFeed } from '../../../src/data/model.js';
import { loadXml as load, plain, shownStrings, thrownNewsError as failure, xml, parse } from '../../helpers.js';

const base = 'https://portal.example/feeds/rss.xml';

describe('RSS adapter', () => {
  let doc: Document;
  let atomDoc: Document;
  let feed: NewsFeed;
  before(async () => {
    [doc, atomDoc] = await Promise.all([load('rss.xml'), load('atom.xml')]);
    feed = parse(rss, doc, { base });
  });

  describe('detect', () => {
    it('accepts RSS 2.0, 0.91 and RSS 1.0 (RDF)', () => {
      expect(rss.format).to.equal('rss');
      expect(rss.detect(doc)).to.equal(true);
      expect(rss.detect(xml('<rss version="0.91"><channel><title>Old</title></channel></rss>'))).to.equal(true);
      expect(rss.detect(xml(RDF_FEED))).to.equal(true);
    });

    it('rejects Atom, HTML, XHTML, broken XML, an <rss> without a channel and what is not a Document', () => {
      expect(rss.detect(atomDoc)).to.equal(false);
      expect(rss.detect(new DOMParser().parseFromString('<!DOCTYPE html><title>rss</title><p>channel</p>', 'text/html'))).to.equal(false);
      expect(rss.detect(xml('<html xmlns="http://www.w3.org/1999/xhtml"><body><rss><channel/></rss></body></html>'))).to.equal(false);
      const broken = xml('<rss version="2.0"><channel><title>Cut off</channel></rss>');
      expect(broken.getElementsByTagName('parsererror')).to.have.length.above(0);
      expect(rss.detect(broken)).to.equal(false);
      expect(rss.detect(xml('<rss version="2.0"/>'))).to.equal(false);
      for (const payload of [null, undefined, '<rss/>', { items: [] }, []]) expect(rss.detect(payload)).to.equal(false);
    });

    it('refuses to parse what it does not detect, naming what it got', () => {
      const error = failure(() => parse(rss, atomDoc, { base }));
      expect(error.code).to.equal('format');
      expect(error.message).to.contain('not an RSS feed').and.to.contain('<feed>');
      expect(failure(() => parse(rss, xml('<rss><channel>'), {})).message).to.contain('XML with errors');
      expect(failure(() => parse(rss, { items: [] }, {})).message).to.contain('an object with keys: items');
    });
  });

  it('reads the channel: title, home page, language, and the atom:link rel="next" for paging', () => {
    expect(feed.title).to.equal('Tin tức & Sự kiện - Cổng thông tin điện tử');
    expect(feed.homePageUrl).to.equal('https://portal.example/tin-tuc');
    expect(feed.language).to.equal('vi');
    expect(feed.paging).to.deep.equal({ nextUrl: 'https://portal.example/feeds/rss.xml?page=2' });
  });

  it('skips items with nothing to show and repeated guids, keeping feed order', () => {
    expect(feed.items.map((item) => item.id)).to.deep.equal([
      'portal-1024',
      'https://portal.example/en/news/budget-2023',
      'https://portal.example/thong-bao/nghi-le-30-4.html',
      'item-4',
    ]);
  });

  it('maps a full item: content:encoded, dc:creator ×2, categories, an image enclosure, a +0700 date', () => {
    expect(plain(feed.items[0])).to.deep.equal({
      id: 'portal-1024',
      url: 'https://portal.example/tin-tuc/hoi-nghi-chuyen-doi-so.html',
      title: 'Hội nghị “Chuyển đổi số” & cải cách hành chính năm 2022',
      summary: 'Sáng 26/3, tại Hà Nội, hội nghị tổng kết công tác chuyển đổi số… Xem thêm',
      contentHtml:
        '<p>Sáng 26/3, tại Hà Nội, hội nghị tổng kết công tác chuyển đổi số năm 2022.</p>\n' +
        '<figure><img src="/images/hoi-nghi-noi-dung.jpg" alt="Quang cảnh hội nghị"><figcaption>Quang cảnh hội nghị</figcaption></figure>\n' +
        '<p>Đại biểu thống nhất &#8220;lấy người dân làm trung tâm&#8221;.</p>',
      image: { url: 'https://portal.example/images/hoi-nghi.jpg', alt: '' },
      published: '2022-03-26T01:00:00.000Z',
      authors: [{ name: 'Minh Sơn' }, { name: 'Ngọc Hân' }],
      category: { title: 'Tin tức - Sự kiện' },
      tags: ['Tin tức - Sự kiện', 'Chuyển đổi số', 'Hội nghị'],
      language: 'vi',
    });
  });

  it('maps an item without guid: the link as id, escaped HTML and entities decoded, the author e-mail\'s name, the widest Media RSS image', () => {
    expect(plain(feed.items[1])).to.deep.equal({
      id: 'https://portal.example/en/news/budget-2023',
      url: 'https://portal.example/en/news/budget-2023',
      title: 'City council approves 2023 budget “without delay”',
      summary: 'The council voted 12–3 on Tuesday… Read more',
      // No content:encoded, and the description has markup: it is the body too.
      contentHtml: '<p>The council voted 12&ndash;3 on Tuesday&hellip;</p> <p><b>Read more</b></p>',
      // 1280 wide beats 640 and the thumbnail; the wider video and the audio enclosure are not images.
      image: { url: 'https://cdn.portal.example/budget-1280.jpg', alt: 'Councillors voting in the chamber, wide' },
      published: '2022-12-13T14:30:00.000Z',
      authors: [{ name: 'Jane Doe' }],
      category: { title: 'Politics' },
      tags: ['Politics'],
      language: 'vi',
    });
  });

  it('maps a portal-style item: the picture from the description, a permalink guid as url, an unparsable date absent', () => {
    expect(plain(feed.items[2])).to.deep.equal({
      id: 'https://portal.example/thong-bao/nghi-le-30-4.html',
      url: 'https://portal.example/thong-bao/nghi-le-30-4.html',
      title: 'Thông báo lịch nghỉ lễ 30/4 & 1/5',
      summary: 'Cán bộ, công chức được nghỉ 4 ngày liên tục.',
      contentHtml:
        '<a href="https://portal.example/thong-bao/nghi-le-30-4.html"><img src="https://cdn.portal.example/nghi-le.jpg" alt="Lịch nghỉ lễ"></a></br>' +
        'Cán bộ, công chức được nghỉ 4 ngày liên tục.<img src="https://stats.portal.example/pixel.gif" width="1" height="1">',
      image: { url: 'https://cdn.portal.example/nghi-le.jpg', alt: 'Lịch nghỉ lễ' },
      authors: [{ name: 'toasoan@portal.example' }],
      category: { title: 'Thông báo' },
      tags: ['Thông báo', 'Văn hóa & Thể thao'],
      language: 'vi',
    });
    expect(feed.items[2].published).to.equal(undefined);
  });

  it('maps a bare item: item-N as id, a plain description as summary only, an empty dc:creator falling back to author, a media:group', () => {
    expect(plain(feed.items[3])).to.deep.equal({
      id: 'item-4',
      title: 'Weather warning for the weekend',
      summary: 'Heavy rain is expected across the north.',
      image: { url: 'https://portal.example/feeds/rain-large.jpg', alt: 'Rain over the river' },
      published: '2022-12-05T14:15:00.000Z',
      authors: [{ name: 'Met Desk' }],
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

  it('reads RSS 1.0: items beside the channel, rdf:about as id, dc:date', () => {
    const rdf = parse(rss, xml(RDF_FEED), {});
    expect(plain(rdf)).to.deep.equal({
      format: 'rss',
      title: 'Cổng thông tin',
      homePageUrl: 'https://portal.example/',
      items: [
        {
          id: 'https://portal.example/tin-tuc/a',
          url: 'https://portal.example/tin-tuc/a',
          title: 'Tin A',
          summary: 'Tóm tắt A',
          published: '2022-03-26T01:00:00.000Z',
          authors: [{ name: 'Minh Sơn' }],
          tags: [],
          language: 'vi',
        },
      ],
    });
  });

  it('resolves relative links against the feed URL and xml:base; has no paging without a next link', () => {
    const relative = parse(rss, 
      xml(`<rss version="2.0"><channel><link>/</link>
        <item xml:base="/tin-tuc/"><title>A</title><link>a.html</link><enclosure url="img/a.png" type="image/png"/></item>
      </channel></rss>`),
      { base },
    );
    expect(relative.homePageUrl).to.equal('https://portal.example/');
    expect(relative.items[0].url).to.equal('https://portal.example/tin-tuc/a.html');
    expect(relative.items[0].image).to.deep.equal({ url: 'https://portal.example/tin-tuc/img/a.png', alt: '' });
    expect(relative.paging).to.equal(undefined);
    expect(relative.title).to.equal(undefined);
  });
});

describe('RSS as real feeds write it', () => {
  const channel = (body: string, namespaces = '') => xml(`<rss version="2.0" ${namespaces}><channel><title>Kênh</title>${body}</channel></rss>`);
  const first = (body: string, namespaces = '') => parse(rss, channel(`<item>${body}</item>`, namespaces), { base: 'https://portal.example/rss.xml' }).items[0];

  it('reads extension namespaces however they are written: trailing slash or not, https, other case, old names', () => {
    for (const [dc, media, content] of [
      ['http://purl.org/dc/elements/1.1', 'http://search.yahoo.com/mrss', 'http://purl.org/rss/1.0/modules/content'],
      ['https://purl.org/dc/elements/1.1/', 'https://search.yahoo.com/mrss/', 'https://purl.org/rss/1.0/modules/content/'],
      ['http://purl.org/dc/elements/1.1/', 'http://tools.search.yahoo.com/mrss/', 'http://purl.org/rss/1.0/modules/content/'],
    ]) {
      const article = first(
        '<title>A</title><dc:creator>Minh Sơn</dc:creator><media:thumbnail url="https://img.example/a.jpg"/><content:encoded><![CDATA[<p>Thân</p>]]></content:encoded>',
        `xmlns:dc="${dc}" xmlns:media="${media}" xmlns:content="${content}"`,
      );
      expect(article.authors, dc).to.deep.equal([{ name: 'Minh Sơn' }]);
      expect(article.image?.url, media).to.equal('https://img.example/a.jpg');
      expect(article.contentHtml, content).to.equal('<p>Thân</p>');
    }
  });

  it('reads a podcast: itunes author, image and summary (the DTD namespace in any case)', () => {
    for (const itunes of ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'http://www.itunes.com/DTDs/Podcast-1.0.dtd']) {
      const article = first('<title>Tập 1</title><itunes:author>Đài phát thanh</itunes:author><itunes:image href="/art/1.jpg"/><itunes:summary>Tóm tắt tập</itunes:summary>', `xmlns:itunes="${itunes}"`);
      expect(article.authors, itunes).to.deep.equal([{ name: 'Đài phát thanh' }]);
      expect(article.image, itunes).to.deep.equal({ url: 'https://portal.example/art/1.jpg', alt: '' });
      expect(article.summary, itunes).to.equal('Tóm tắt tập');
    }
  });

  it('takes dc:title when an item has no <title>, and an <author> written as Atom writes it by its name', () => {
    const article = first('<dc:title>Tiêu đề DC</dc:title><author><email>toasoan@portal.example</email><name>Ngọc Hân</name></author>', 'xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(article.title).to.equal('Tiêu đề DC');
    expect(article.authors).to.deep.equal([{ name: 'Ngọc Hân' }]);
  });

  it('reads a date whose zone is named like an object property as UTC, and never a date that is not one', () => {
    for (const zone of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(readRfc822Date(`Sat, 26 Mar 2022 08:00:00 ${zone}`)?.toISOString(), zone).to.equal('2022-03-26T08:00:00.000Z');
    }
    expect(readRfc822Date(`Sat, 26 Mar 2022 08:00:00 ${'x'.repeat(200)}`)).to.equal(undefined);
  });
});

describe('readRfc822Date', () => {
  const iso = (text?: string) => readRfc822Date(text)?.toISOString();

  it('reads numeric zones, GMT/UT and named zones', () => {
    expect(iso('Sat, 26 Mar 2022 08:00:00 +0700')).to.equal('2022-03-26T01:00:00.000Z');
    expect(iso('Sat, 26 Mar 2022 08:00:00 -0330')).to.equal('2022-03-26T11:30:00.000Z');
    expect(iso('Tue, 13 Dec 2022 14:30:00 GMT')).to.equal('2022-12-13T14:30:00.000Z');
    expect(iso('Sun, 06 Nov 1994 08:49:37 UT')).to.equal('1994-11-06T08:49:37.000Z');
    expect(iso('Mon, 05 Dec 2022 09:15:00 EST')).to.equal('2022-12-05T14:15:00.000Z');
    expect(iso('Tue, 05 Jul 2022 09:15:00 PDT')).to.equal('2022-07-05T16:15:00.000Z');
    expect(iso('Sat, 26 Mar 2022 08:00:00 ICT')).to.equal('2022-03-26T01:00:00.000Z');
    // An unknown zone name is UTC ("-0000"), as RFC 2822 says.
    expect(iso('Sat, 26 Mar 2022 08:00:00 XYZ')).to.equal('2022-03-26T08:00:00.000Z');
  });

  it('reads two-digit years, no weekday or seconds, full names, +07:00 and GMT+0700', () => {
    expect(iso('Mon, 05 Dec 22 09:15:00 EST')).to.equal('2022-12-05T14:15:00.000Z');
    expect(iso('Sun, 06 Nov 94 08:49:37 GMT')).to.equal('1994-11-06T08:49:37.000Z');
    expect(iso('6 Nov 2022 08:49 +0000')).to.equal('2022-11-06T08:49:00.000Z');
    expect(iso('Saturday, 26 March 2022 08:00:00 +07:00')).to.equal('2022-03-26T01:00:00.000Z');
    expect(iso('Sat, 26 Mar 2022 08:00:00 GMT+0700')).to.equal('2022-03-26T01:00:00.000Z');
    expect(iso('  Sat,26 Mar 2022 08:00:00 +0700 ')).to.equal('2022-03-26T01:00:00.000Z');
  });

  it('reads a date without a zone as local time, and ISO 8601 dates some feeds send instead', () => {
    expect(readRfc822Date('Sat, 26 Mar 2022 08:00:00')?.getTime()).to.equal(new Date(2022, 2, 26, 8).getTime());
    expect(iso('2022-03-26T08:00:00+07:00')).to.equal('2022-03-26T01:00:00.000Z');
  });

  it('leaves anything else absent', () => {
    for (const text of [
      undefined,
      '',
      'Thứ Bảy, 26/03/2022 - 15:20',
      '26/03/2022 08:00',
      '03/26/2022',
      'tomorrow',
      'Sat, 31 Feb 2022 08:00:00 GMT',
      'Sat, 26 Foo 2022 08:00:00 GMT',
      'Sat, 26 Mar 2022 25:00:00 GMT',
      'Sat, 26 Mar 2022 08:61:00 GMT',
    ]) {
      expect(readRfc822Date(text), String(text)).to.equal(undefined);
    }
  });
});

const RDF_FEED = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://portal.example/">
    <title>Cổng thông tin</title>
    <link>https://portal.example/</link>
    <description>Tin mới</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://portal.example/tin-tuc/a"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://portal.example/tin-tuc/a">
    <title>Tin A</title>
    <link>https://portal.example/tin-tuc/a</link>
    <description>Tóm tắt A</description>
    <dc:date>2022-03-26T08:00:00+07:00</dc:date>
    <dc:creator>Minh Sơn</dc:creator>
    <dc:language>vi</dc:language>
  </item>
</rdf:RDF>`;
