import { expect } from '@open-wc/testing';
import { liferay } from '../../../src/data/adapters/liferay.js';
import { NewsError } from '../../../src/data/errors.js';
import type { NewsFeed } from '../../../src/data/model.js';
import { parse } from '../../helpers.js';

const base = 'https://api.portal.example/o/headless-delivery/v1.0/sites/20121/structured-contents?page=1&pageSize=4';
const urlBase = 'https://www.portal.example/web/guest/w/';
const envelope = { actions: {}, facets: [], lastPage: 1, page: 1, pageSize: 20, totalCount: 0 };

/** Every string in the model but the HTML body. */
function texts(feed: NewsFeed): string[] {
  const strings: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string' && key !== 'contentHtml') strings.push(value);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(feed);
  return strings;
}

describe('Liferay adapter', () => {
  let raw: { items: Record<string, unknown>[] } & Record<string, unknown>;
  before(async () => {
    raw = await (await fetch('/test/fixtures/formats/liferay-structured-contents.json')).json();
  });

  describe('detect', () => {
    it('accepts a page of structured contents, an empty page and a page of content-set elements', () => {
      expect(liferay.detect(raw)).to.equal(true);
      expect(liferay.detect({ ...envelope, items: [] })).to.equal(true);
      expect(liferay.detect({ ...envelope, items: [{ id: 1, contentType: 'StructuredContent', title: 'A', content: raw.items[0] }] })).to.equal(true);
      expect(liferay.detect({ ...envelope, items: [{ id: 1, title: 'A', friendlyUrlPath: 'a' }] })).to.equal(true);
    });

    it('rejects JSON Feed, WordPress, other Liferay collections and non-feeds', () => {
      expect(liferay.detect({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin', items: [{ id: '1', title: 'A' }] })).to.equal(false);
      // JSON Feed items with Liferay-like fields, still without the page envelope.
      expect(liferay.detect({ items: raw.items })).to.equal(false);
      expect(liferay.detect({ items: raw.items, totalCount: 23 })).to.equal(false);
      expect(liferay.detect([{ id: 1, date: '2022-03-26T08:00:00', link: 'https://wp.example/?p=1', title: { rendered: 'A' }, content: { rendered: '<p>B</p>' } }])).to.equal(false);
      expect(liferay.detect({ ...envelope, items: [{ id: 7, headline: 'Blog', articleBody: '<p>x</p>' }] })).to.equal(false);
      expect(liferay.detect({})).to.equal(false);
      expect(liferay.detect(null)).to.equal(false);
      expect(liferay.detect('items')).to.equal(false);
    });
  });

  it('maps a full item into the model', () => {
    const [first] = parse(liferay, raw, { base, urlBase }).items;
    expect(first.id).to.equal('40201');
    expect(first.url).to.equal('https://www.portal.example/web/guest/w/nang-cao-hieu-qua-sinh-hoat-chuyen-de');
    expect(first.title).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
    expect(first.summary).to.equal('“Sinh hoạt chuyên đề” gắn với thực tiễn & hiệu quả cao');
    // The field named content, not the html caption before it nor the string subtitle.
    expect(first.contentHtml).to.equal(
      '<p>Sáng 26/3, Đảng ủy tổ chức tọa đàm &ldquo;Nâng cao hiệu quả sinh hoạt chuyên đề&rdquo;.</p><p>Tham dự có đại diện các chi bộ trực thuộc.</p>',
    );
    expect(first.text).to.equal(undefined);
    expect(first.image).to.deep.equal({
      url: 'https://www.portal.example/documents/20121/0/toa-dam.jpg/5b1f8c2e-3a4d-6e7f-8a9b-0c1d2e3f4a5b?t=1648256400000',
      alt: 'Quang cảnh buổi tọa đàm',
    });
    expect(first.published?.toISOString()).to.equal('2022-03-26T01:00:00.000Z');
    expect(first.updated?.toISOString()).to.equal('2022-03-27T02:30:00.000Z');
    // profileURL is site-relative: no author URL.
    expect(first.authors).to.deep.equal([{ name: 'Minh Sơn' }]);
    expect(first.category).to.deep.equal({ title: 'Tin tức - Sự kiện' });
    expect(first.tags).to.deep.equal(['tọa đàm', 'sinh hoạt chuyên đề']);
    expect(first.language).to.equal(undefined);
  });

  it('reads the awkward items: entities in titles, nested fields, no image, no creator name, bad dates', () => {
    const [, second, third, fourth] = parse(liferay, raw, { base, urlBase }).items;

    expect(second.id).to.equal('40305');
    expect(second.title).to.equal('Hỏi & đáp về chính sách bảo hiểm xã hội');
    expect(second.summary).to.equal(undefined);
    // Inside a fieldset's nestedContentFields, found by its label "Nội dung".
    expect(second.contentHtml).to.equal('<p>Hỏi: Người lao động nghỉ việc có được hưởng trợ cấp một lần?</p><p>Đáp: Có, theo điều 60&hellip;</p>');
    expect(second.image).to.equal(undefined);
    expect(second.published?.toISOString()).to.equal('2022-03-20T03:45:00.000Z');
    expect(second.authors).to.deep.equal([]);
    expect(second.category).to.equal(undefined);
    expect(second.tags).to.deep.equal([]);

    expect(third.summary).to.equal('Lớp bồi dưỡng khai giảng với 60 học viên.');
    expect(third.contentHtml).to.equal('<p>Lễ khai giảng lớp bồi dưỡng lý luận chính trị khóa I năm 2022.</p>');
    // An absolute contentUrl stays; a file name is no text alternative.
    expect(third.image).to.deep.equal({
      url: 'https://cdn.portal.example/documents/20121/40060/le-khai-giang.jpg/77aa88bb-99cc-4ddd-8eee-ffff00001111?t=1646100000000',
      alt: '',
    });
    // datePublished unparsable: dateCreated; dateModified unparsable: absent.
    expect(third.published?.toISOString()).to.equal('2022-03-01T02:00:00.000Z');
    expect(third.updated).to.equal(undefined);
    expect(third.authors).to.deep.equal([{ name: 'Ngọc Hân', url: 'https://portal.example/web/ngochan' }]);
    expect(third.category).to.deep.equal({ title: 'Đào tạo' });
    expect(third.tags).to.deep.equal(['khai giảng']);

    expect(fourth.id).to.equal('40520');
    expect(fourth.contentHtml).to.equal(undefined);
    expect(fourth.image).to.equal(undefined);
    expect(fourth.authors).to.deep.equal([]);
  });

  it('builds article URLs only from urlBase, appending friendlyUrlPath as one encoded segment', () => {
    expect(parse(liferay, raw, { base }).items.map((item) => item.url)).to.deep.equal([undefined, undefined, undefined, undefined]);
    const one = (path: string, options: { base?: string; urlBase?: string }) =>
      parse(liferay, { ...envelope, items: [{ id: 1, title: 'A', friendlyUrlPath: path }] }, options).items[0].url;
    expect(one('tin-moi', { urlBase: 'https://portal.example/web/guest/w' })).to.equal('https://portal.example/web/guest/w/tin-moi');
    expect(one('tin-moi', { urlBase: 'https://portal.example/chi-tiet?slug=' })).to.equal('https://portal.example/chi-tiet?slug=tin-moi');
    expect(one('tin-moi', { base, urlBase: '/web/guest/w/' })).to.equal('https://api.portal.example/web/guest/w/tin-moi');
    expect(one('javascript:alert(1)', { urlBase })).to.equal('https://www.portal.example/web/guest/w/javascript%3Aalert(1)');
    expect(one('//evil.example/x', { urlBase })).to.equal('https://www.portal.example/web/guest/w/evil.example%2Fx');
  });

  it('resolves a relative image against the feed URL without urlBase', () => {
    expect(parse(liferay, raw, { base }).items[0].image?.url).to.equal(
      'https://api.portal.example/documents/20121/0/toa-dam.jpg/5b1f8c2e-3a4d-6e7f-8a9b-0c1d2e3f4a5b?t=1648256400000',
    );
  });

  it('reads paging from the envelope and the language from Content-Language', () => {
    const feed = parse(liferay, raw, { base, urlBase });
    expect(feed.format).to.equal('liferay');
    expect(feed.paging).to.deep.equal({ total: 23, pages: 6 });
    expect(feed.language).to.equal(undefined);
    const headers = { get: (name: string) => (name.toLowerCase() === 'content-language' ? 'vi-VN' : null) };
    expect(parse(liferay, raw, { base, headers }).language).to.equal('vi-VN');
    expect(parse(liferay, { ...envelope, totalCount: 1.5, lastPage: -1, items: [] }, {}).paging).to.equal(undefined);
  });

  it('reads content-set elements, skipping those that are not web content', () => {
    const payload = {
      ...envelope,
      items: [
        { id: 1, contentType: 'StructuredContent', title: 'Tin A', content: raw.items[0] },
        { id: 2, contentType: 'BlogPosting', title: 'Blog', content: { id: 9, headline: 'Blog', articleBody: '<p>x</p>' } },
        { id: 3, contentType: 'StructuredContent', title: 'Tin C', content: { ...raw.items[3], title: undefined } },
      ],
    };
    const items = parse(liferay, payload, { urlBase }).items;
    expect(items.map((item) => [item.id, item.title])).to.deep.equal([
      ['40201', 'Nâng cao hiệu quả sinh hoạt chuyên đề'],
      ['40520', 'Tin C'],
    ]);
  });

  it('skips entries that are not items, have nothing to show, or repeat an id', () => {
    const payload = { ...envelope, items: [raw.items[0], 'x', null, { id: 5, contentFields: [] }, raw.items[0], raw.items[1]] };
    expect(parse(liferay, payload, {}).items.map((item) => item.id)).to.deep.equal(['40201', '40305']);
  });

  it('leaves no markup, entity, null or "undefined" in the model', () => {
    for (const feed of [parse(liferay, raw, { base, urlBase }), parse(liferay, raw, {})]) {
      for (const text of texts(feed)) expect(text).not.to.match(/&ldquo;|&rdquo;|&nbsp;|&amp;|<|\u00a0/);
      expect(JSON.stringify(feed)).not.to.match(/\bnull\b|"undefined"|NaN/);
    }
  });

  it('rejects a payload it does not detect, naming what it got', () => {
    const reading = (payload: unknown) => () => parse(liferay, payload, { base });
    expect(reading({ version: 'https://jsonfeed.org/version/1.1', items: [] }))
      .to.throw(NewsError, 'not Liferay structured contents: got an object with keys: version, items')
      .with.property('code', 'format');
    expect(reading([])).to.throw(NewsError, 'not Liferay structured contents: got an array');
  });

  it('asks for a page by page and pageSize, keeping the other parameters', () => {
    const url = 'https://portal.example/o/headless-delivery/v1.0/sites/20121/structured-contents?sort=datePublished%3Adesc&page=1&pageSize=4';
    expect(liferay.pageUrl!(url, 3, 10)).to.equal(
      'https://portal.example/o/headless-delivery/v1.0/sites/20121/structured-contents?sort=datePublished%3Adesc&page=3&pageSize=10',
    );
    expect(liferay.pageUrl!(url, 2)).to.equal(
      'https://portal.example/o/headless-delivery/v1.0/sites/20121/structured-contents?sort=datePublished%3Adesc&page=2&pageSize=4',
    );
    expect(liferay.pageUrl!('https://portal.example/o/headless-delivery/v1.0/content-sets/40600/content-set-elements', 2, 12)).to.equal(
      'https://portal.example/o/headless-delivery/v1.0/content-sets/40600/content-set-elements?page=2&pageSize=12',
    );
  });
});
