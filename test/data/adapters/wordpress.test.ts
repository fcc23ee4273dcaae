import { expect } from '@open-wc/testing';
import { wordpress } from '../../../src/data/adapters/wordpress.js';
import { NewsError } from '../../../src/data/errors.js';
import type { NewsFeed } from '../../../src/data/model.js';
import { parse } from '../../helpers.js';

const base = 'https://portal.example/wp-json/wp/v2/posts?_embed';
const site = 'https://portal.example';

async function load(name: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/formats/${name}`)).json();
}

/** Every string a widget could show from a feed (but an image's alt, which is '' when decorative). */
function texts(feed: NewsFeed): string[] {
  return feed.items
    .flatMap((item) => [item.title, item.summary, item.category?.title, ...item.tags, ...item.authors.map((author) => author.name), item.image?.alt || undefined])
    .filter((text): text is string => text !== undefined);
}

/** A minimal post, as WordPress sends one with `_fields`. */
const post = (fields: Record<string, unknown> = {}) => ({ id: 7, title: { rendered: 'A post' }, link: 'https://site.example/a-post/', ...fields });

describe('WordPress adapter', () => {
  let posts: unknown;
  let noEmbed: unknown;
  let feed: NewsFeed;
  before(async () => {
    [posts, noEmbed] = await Promise.all([load('wordpress-posts.json'), load('wordpress-posts-no-embed.json')]);
    feed = parse(wordpress, posts, { base });
  });
  const item = (id: string) => feed.items.find((entry) => entry.id === id)!;

  describe('detect', () => {
    it('claims an array of posts, with or without _embed, and a single post', () => {
      expect(wordpress.detect(posts)).to.equal(true);
      expect(wordpress.detect(noEmbed)).to.equal(true);
      expect(wordpress.detect((posts as unknown[])[0])).to.equal(true);
      expect(wordpress.detect([{ id: 1, content: { rendered: '<p>x</p>' } }])).to.equal(true);
    });

    it('leaves other shapes to their adapters', () => {
      const jsonFeed = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'A', url: 'a.html' }] };
      expect(wordpress.detect(jsonFeed)).to.equal(false);
      // A JSON Feed bare array, whose titles are strings.
      expect(wordpress.detect([{ id: 1, title: 'A', url: 'a.html' }])).to.equal(false);
      expect(wordpress.detect({ items: [{ id: 40123, title: 'Tin', contentFields: [] }], page: 1, pageSize: 20, totalCount: 1, lastPage: 1 })).to.equal(false);
      // Empty: as much an empty JSON Feed item array, which reads the same.
      expect(wordpress.detect([])).to.equal(false);
      expect(wordpress.detect('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')).to.equal(false);
      expect(wordpress.detect({ id: '7', title: { rendered: 'A' } })).to.equal(false);
      expect(wordpress.detect({ code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } })).to.equal(false);
      for (const payload of [null, undefined, 42, [null, 1]]) expect(wordpress.detect(payload)).to.equal(false);
    });
  });

  describe('parse', () => {
    it('reads every post, in order, with the numeric id as a string', () => {
      expect(feed.format).to.equal('wordpress');
      expect(feed.title).to.equal(undefined);
      expect(feed.language).to.equal(undefined);
      expect(feed.items.map((entry) => entry.id)).to.deep.equal(['1204', '1198', '1190', '1175', '1160']);
    });

    it('maps a full embedded post into the model', () => {
      const first = item('1204');
      expect(first.url).to.equal(`${site}/2022/03/26/hoc-tap-va-lam-theo/`);
      expect(first.title).to.equal('“Học tập” & làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
      expect(first.summary).to.equal(
        'Sáng 26/3, Đảng ủy khối cơ quan tổ chức hội nghị chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2022. ' +
          'Phát biểu khai mạc, đồng chí Bí thư Đảng ủy nhấn mạnh việc học tập phải đi đôi với làm theo…',
      );
      // The body stays HTML, as WordPress rendered it: the article sanitizes it.
      expect(first.contentHtml).to.match(/^<p>Sáng 26\/3,/);
      expect(first.contentHtml).to.contain('<figure class="wp-block-image size-large">');
      expect(first.published?.toISOString()).to.equal('2022-03-26T01:00:00.000Z');
      expect(first.updated?.toISOString()).to.equal('2022-03-27T02:30:00.000Z');
      expect(first.authors).to.deep.equal([{ name: 'Minh Sơn', url: `${site}/author/minhson/` }]);
      // The smallest generated size at least 768px wide, not the 1600px upload.
      expect(first.image).to.deep.equal({ url: `${site}/wp-content/uploads/2022/03/hoi-nghi-hoc-tap-768x432.jpg`, alt: 'Quang cảnh hội nghị & tọa đàm chuyên đề' });
      // The first of the categories; term names decoded.
      expect(first.category).to.deep.equal({ title: 'Tin tức', url: `${site}/category/tin-tuc/` });
      expect(first.tags).to.deep.equal(['Học tập & làm theo', 'Chuyên đề']);
      expect(first.language).to.equal(undefined);
      expect(first.text).to.equal(undefined);
    });

    it('turns tags in a title into text, and drops a theme\'s "Continue reading “Title”" link', () => {
      const second = item('1198');
      expect(second.title).to.equal('Digital transformation: what’s next for local portals');
      expect(second.summary).to.equal('Officials from twelve provinces met on Friday to review how local portals publish news, forms and notices…');
      expect(second.category).to.deep.equal({ title: 'News & Events', url: `${site}/category/news-events/` });
      expect(second.tags).to.deep.equal(['Digital', 'Portals & forms']);
    });

    it('skips embedded errors: an author the reader may not see, a private featured image', () => {
      expect(item('1198').authors).to.deep.equal([]);
      expect(item('1198').image).to.equal(undefined);
      const third = item('1190');
      expect(third.image).to.equal(undefined);
      // An author without a name is skipped too.
      expect(third.authors).to.deep.equal([{ name: 'Hải Bình', url: `${site}/author/haibinh/` }]);
      expect(third.title).to.equal('Khai giảng lớp bồi dưỡng lý luận chính trị…');
      expect(third.tags).to.deep.equal([]);
    });

    it('shows no summary or body of a password-protected post, only its title and link', () => {
      const locked = item('1175');
      expect(locked.title).to.equal('Tài liệu hội nghị cán bộ, công chức năm 2022');
      expect(locked.url).to.equal(`${site}/2022/03/10/tai-lieu-hoi-nghi-can-bo/`);
      expect(locked.summary).to.equal(undefined);
      expect(locked.contentHtml).to.equal(undefined);
      expect(locked.category).to.deep.equal({ title: 'Thông báo', url: `${site}/category/thong-bao/` });
      expect(JSON.stringify(locked)).not.to.contain('password');
    });

    it('leaves unparsable dates absent, and takes the upload when no size is wide enough', () => {
      const fifth = item('1160');
      expect(fifth.published).to.equal(undefined);
      expect(fifth.updated).to.equal(undefined);
      expect(fifth.title).to.equal('Lịch tiếp công dân tháng 4 – Thông báo');
      expect(fifth.summary).to.equal('Lãnh đạo Ủy ban nhân dân tiếp công dân vào sáng thứ Năm hằng tuần tại Trụ sở tiếp công dân.');
      // No alt text: decorative, an empty alt.
      expect(fifth.image).to.deep.equal({ url: `${site}/wp-content/uploads/2022/03/khai-giang.png`, alt: '' });
    });

    it('never lets an entity, a tag or WordPress\'s […] through, nor null or "undefined"', () => {
      const all = texts(feed);
      expect(all.length).to.be.greaterThan(15);
      for (const text of all) {
        expect(text, text).not.to.match(/&#|&hellip;|\[…\]|</);
        expect(text, text).to.equal(text.trim());
        expect(text, 'no empty strings').not.to.equal('');
      }
      const json = JSON.stringify(feed);
      expect(json).not.to.match(/null|"undefined"|NaN/);
      expect(JSON.stringify(parse(wordpress, noEmbed, { base }))).not.to.match(/null|"undefined"|NaN/);
    });

    it('reads posts without _embed: no authors, image, category or tags', () => {
      const plain = parse(wordpress, noEmbed, { base });
      expect(plain.items.map((entry) => entry.id)).to.deep.equal(['2301', '2298']);
      const [first, second] = plain.items;
      expect(first.title).to.equal('Kế hoạch chuyển đổi số năm 2023');
      expect(first.published?.toISOString()).to.equal('2023-01-05T07:00:00.000Z');
      expect(first.authors).to.deep.equal([]);
      expect(first.tags).to.deep.equal([]);
      expect(first.image).to.equal(undefined);
      expect(first.category).to.equal(undefined);
      expect(second.title).to.equal('Budget 2023 approved & published');
      expect(second.summary).to.equal('The district council approved the 2023 budget on Tuesday.');
    });

    it('reads a single post', () => {
      const one = parse(wordpress, (posts as unknown[])[1], { base });
      expect(one.items.map((entry) => entry.id)).to.deep.equal(['1198']);
    });
  });

  describe('dates', () => {
    it('reads date_gmt, which has no zone designator, as UTC', () => {
      const [one] = parse(wordpress, [post({ date_gmt: '2022-03-26T01:00:00', modified_gmt: '2022-03-26T01:00:00.5' })], {}).items;
      expect(one.published?.toISOString()).to.equal('2022-03-26T01:00:00.000Z');
      expect(one.updated?.toISOString()).to.equal('2022-03-26T01:00:00.500Z');
    });

    it('keeps a zone the date already has', () => {
      const [one] = parse(wordpress, [post({ date_gmt: '2022-03-26T01:00:00Z', modified_gmt: '2022-03-26T08:00:00+07:00' })], {}).items;
      expect(one.published?.toISOString()).to.equal('2022-03-26T01:00:00.000Z');
      expect(one.updated?.toISOString()).to.equal('2022-03-26T01:00:00.000Z');
    });

    it('falls back to the site-local date, read in the reader\'s zone, only without date_gmt', () => {
      // The tests run in Asia/Ho_Chi_Minh (UTC+7).
      const [one, two] = parse(wordpress, [post({ date: '2022-03-26T08:00:00', date_gmt: null }), post({ id: 8, date: '2022-03-26T08:00:00', date_gmt: '2022-03-26T02:00:00' })], {}).items;
      expect(one.published?.toISOString()).to.equal('2022-03-26T01:00:00.000Z');
      expect(two.published?.toISOString()).to.equal('2022-03-26T02:00:00.000Z');
    });

    it('leaves garbage absent', () => {
      for (const date of ['0000-00-00T00:00:00', 'hôm qua', '', 20220326, null]) {
        const [one] = parse(wordpress, [post({ date_gmt: date, date })], {}).items;
        expect(one.published, String(date)).to.equal(undefined);
      }
    });
  });

  describe('summaries', () => {
    const summary = (excerpt: string, title = 'Tiêu đề bài viết') =>
      parse(wordpress, [post({ title: { rendered: title }, excerpt: { rendered: excerpt, protected: false } })], {}).items[0].summary;

    it('drops WordPress\'s "more" endings, decoded', () => {
      expect(summary('<p>Nội dung tóm tắt [&hellip;]</p>\n')).to.equal('Nội dung tóm tắt');
      expect(summary('<p>Nội dung tóm tắt&nbsp;[&hellip;]</p>')).to.equal('Nội dung tóm tắt');
      expect(summary('<p>Summary [...]</p>')).to.equal('Summary');
      expect(summary('<p>Summary&hellip; <a class="more-link" href="/x">Continue reading <span class="meta-nav">&rarr;</span></a></p>')).to.equal('Summary…');
      expect(summary('<p>Summary</p><p class="link-more"><a href="/x" class="more-link">Continue reading<span class="screen-reader-text"> &#8220;A &amp; B&#8221;</span></a></p>', 'A &amp; B')).to.equal('Summary');
      expect(summary('<p>Summary</p><div class="more-link-container"><a class="more-link" href="/x">Continue reading <span class="screen-reader-text">A (B)?</span></a></div>', 'A (B)?')).to.equal('Summary');
      expect(summary('<p>Tóm tắt [&hellip;] <a href="/x">Đọc tiếp &raquo;</a></p>')).to.equal('Tóm tắt');
      expect(summary('<p>Summary. <a href="/x">Read More...</a></p>')).to.equal('Summary.');
      expect(summary('<p><a href="/x">Continue reading</a></p>')).to.equal(undefined);
    });

    it('keeps the words "read more" inside the text, and a plain ellipsis', () => {
      expect(summary('<p>Read more about the plan in the report.</p>')).to.equal('Read more about the plan in the report.');
      expect(summary('<p>Còn tiếp&hellip;</p>')).to.equal('Còn tiếp…');
    });
  });

  it('resolves relative URLs against the feed', () => {
    const [one] = parse(wordpress, 
      [
        post({
          link: '/?p=7',
          _embedded: {
            author: [{ id: 1, name: 'Biên tập', link: '/author/bien-tap/' }],
            'wp:featuredmedia': [{ id: 2, source_url: '/wp-content/uploads/a.jpg', alt_text: 'Ảnh' }],
            'wp:term': [[{ id: 3, name: 'Tin', taxonomy: 'category', link: '/category/tin/' }]],
          },
        }),
      ],
      { base },
    ).items;
    expect(one.url).to.equal(`${site}/?p=7`);
    expect(one.authors).to.deep.equal([{ name: 'Biên tập', url: `${site}/author/bien-tap/` }]);
    expect(one.image).to.deep.equal({ url: `${site}/wp-content/uploads/a.jpg`, alt: 'Ảnh' });
    expect(one.category).to.deep.equal({ title: 'Tin', url: `${site}/category/tin/` });
  });

  it('skips entries that are not posts, have nothing to show, or repeat an id', () => {
    const parsed = parse(wordpress, [post(), null, 'x', { id: 9, title: { rendered: '' } }, post({ title: { rendered: 'Again' } }), post({ id: 10 })], {});
    expect(parsed.items.map((entry) => [entry.id, entry.title])).to.deep.equal([
      ['7', 'A post'],
      ['10', 'A post'],
    ]);
  });

  describe('paging', () => {
    it('reads the totals and the next page from the headers', () => {
      const headers = new Headers({
        'X-WP-Total': '42',
        'X-WP-TotalPages': '5',
        Link: '<https://site.example/wp-json/wp/v2/posts?page=2>; rel="next"',
      });
      expect(parse(wordpress, posts, { base, headers }).paging).to.deep.equal({
        total: 42,
        pages: 5,
        nextUrl: 'https://site.example/wp-json/wp/v2/posts?page=2',
      });
    });

    it('finds rel="next" among several links, and resolves it', () => {
      const headers = new Headers({
        Link: '<https://portal.example/wp-json/wp/v2/posts?_embed&page=1>; rel="prev", </wp-json/wp/v2/posts?_embed&page=3>; rel="next"',
      });
      expect(parse(wordpress, posts, { base, headers }).paging).to.deep.equal({ nextUrl: `${site}/wp-json/wp/v2/posts?_embed&page=3` });
      const last = new Headers({ 'X-WP-Total': '42', 'X-WP-TotalPages': '5', Link: '<https://portal.example/wp-json/wp/v2/posts?page=4>; rel="prev"' });
      expect(parse(wordpress, posts, { base, headers: last }).paging).to.deep.equal({ total: 42, pages: 5 });
    });

    it('has no paging without headers, or with headers that are not counts', () => {
      expect(feed.paging).to.equal(undefined);
      const odd = new Headers({ 'X-WP-Total': 'many', 'X-WP-TotalPages': '', Link: 'nonsense' });
      expect(parse(wordpress, posts, { base, headers: odd }).paging).to.equal(undefined);
      expect(JSON.stringify(parse(wordpress, posts, { base, headers: odd }))).not.to.match(/null|"undefined"|NaN/);
    });
  });

  describe('pageUrl', () => {
    it('sets page and per_page, keeping the other parameters', () => {
      const url = new URL(wordpress.pageUrl!('https://site.example/wp-json/wp/v2/posts?_embed&categories=5&page=1', 3, 10));
      expect(url.origin + url.pathname).to.equal('https://site.example/wp-json/wp/v2/posts');
      expect(url.searchParams.get('page')).to.equal('3');
      expect(url.searchParams.get('per_page')).to.equal('10');
      expect(url.searchParams.get('categories')).to.equal('5');
      expect(url.searchParams.has('_embed')).to.equal(true);
    });

    it('leaves per_page alone when no page size is given', () => {
      const url = new URL(wordpress.pageUrl!('https://site.example/wp-json/wp/v2/posts?per_page=6', 2));
      expect([url.searchParams.get('page'), url.searchParams.get('per_page')]).to.deep.equal(['2', '6']);
    });
  });

  it('rejects what is not WordPress posts with a format error naming what it got', () => {
    for (const [payload, got] of [
      [{ items: [] }, 'keys: items'],
      [[], 'an array'],
      ['text', 'string'],
    ] as const) {
      try {
        parse(wordpress, payload, {});
        expect.fail('should have thrown');
      } catch (error) {
        expect(error).to.be.instanceOf(NewsError);
        expect((error as NewsError).code).to.equal('format');
        expect((error as NewsError).message).to.match(/^not WordPress posts: got /).and.contain(got);
      }
    }
  });
});
