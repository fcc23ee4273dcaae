import { expect } from '@open-wc/testing';
import { applyQuery, fold, isFiltering, matchesWords, parseList, parseWords, sortArticles } from '../../src/data/filter.js';
import type { NewsArticle } from '../../src/data/model.js';

const article = (id: string, fields: Partial<NewsArticle> = {}): NewsArticle => ({ id, authors: [], tags: [], ...fields });
const ids = (items: NewsArticle[]) => items.map((item) => item.id);

describe('filter (pure)', () => {
  describe('fold', () => {
    it('strips case, Vietnamese accents and đ, trims and collapses spaces', () => {
      expect(fold('  Đào   tạo ')).to.equal('dao tao');
      expect(fold('Tin tức – Sự kiện')).to.equal('tin tuc – su kien');
      expect(fold('ĐỒNG THÁP ơ ư ễ')).to.equal('dong thap o u e');
      expect(fold('Nghị quyết\tsố\n12')).to.equal('nghi quyet so 12');
    });
    it('folds composed and decomposed text alike', () => {
      expect(fold('Tin t\u1ee9c')).to.equal(fold('Tin tu\u031b\u0301c'));
    });
    it('is empty for anything but a string', () => {
      for (const value of [null, undefined, 3, {}, []]) expect(fold(value)).to.equal('');
    });
  });

  describe('lists and words', () => {
    it('parses a comma-separated list, folded, blanks dropped', () => {
      expect(parseList(' Đào tạo, ,Tin tức ,')).to.deep.equal(['dao tao', 'tin tuc']);
      expect(parseList(null)).to.deep.equal([]);
    });
    it('parses keywords', () => {
      expect(parseWords('  Tin   TỨC ')).to.deep.equal(['tin', 'tuc']);
      expect(parseWords('   ')).to.deep.equal([]);
    });
  });

  describe('search', () => {
    const item = article('a', { title: 'Tin tức đào tạo', summary: 'Hội nghị', text: 'Nội dung chi tiết' });
    it('needs every word, anywhere in title, summary or text, accent-insensitive', () => {
      expect(matchesWords(item, parseWords('tin tuc'))).to.equal(true);
      expect(matchesWords(item, parseWords('hoi nghi chi tiet'))).to.equal(true);
      expect(matchesWords(item, parseWords('tin khác'))).to.equal(false);
    });
    it('finds đ with d, and d with đ', () => {
      expect(matchesWords(item, parseWords('d'))).to.equal(true);
      expect(matchesWords(article('b', { title: 'Dân số' }), parseWords('đân'))).to.equal(true);
    });
    it('searches an HTML body (WordPress, RSS) where there is no plain text: tags and common entities dropped', () => {
      const post = article('wp', {
        title: 'Thông báo',
        contentHtml: '<p>Lịch <strong>tiếp&nbsp;công dân</strong> tháng 5 &amp; 6</p><script>var hidden = 1</script><p>Ph&#432;&#7901;ng 3 &#x2014; xã</p>',
      });
      expect(matchesWords(post, parseWords('tiep cong dan'))).to.equal(true);
      expect(matchesWords(post, parseWords('5 & 6'))).to.equal(true);
      expect(matchesWords(post, parseWords('phuong 3'))).to.equal(true);
      expect(matchesWords(post, parseWords('strong'))).to.equal(false);
      expect(matchesWords(post, parseWords('hidden'))).to.equal(false);
      // Junk is never thrown: a code point beyond Unicode, an unclosed tag.
      expect(matchesWords(article('junk', { contentHtml: 'a &#99999999; <b b' }), parseWords('a'))).to.equal(true);
    });
    it('does not join the title and the summary into one word', () => {
      expect(matchesWords(article('c', { title: 'ab', summary: 'cd' }), parseWords('abcd'))).to.equal(false);
    });
  });

  describe('applyQuery', () => {
    const items = [
      article('1', { title: 'Một', category: { title: 'Đào tạo' }, tags: ['Tuyển sinh'] }),
      article('2', { title: 'Hai', category: { title: 'Tin tức' }, tags: ['Hội nghị', 'tuyển sinh'] }),
      article('3', { title: 'Ba', category: { title: 'Nghiên cứu' } }),
      article('4', { title: 'Bốn' }),
    ];
    it('category: any of a list, names folded', () => {
      expect(ids(applyQuery(items, { category: 'dao tao, NGHIEN CUU' }, 'vi'))).to.deep.equal(['1', '3']);
    });
    it('tag: any of a list, names folded', () => {
      expect(ids(applyQuery(items, { tag: 'tuyen sinh' }, 'vi'))).to.deep.equal(['1', '2']);
      expect(ids(applyQuery(items, { tag: 'hoi nghi,khac' }, 'vi'))).to.deep.equal(['2']);
    });
    it('combines the filters, and a reader’s filter, with AND', () => {
      expect(ids(applyQuery(items, { category: 'Đào tạo, Tin tức', tag: 'Hội nghị' }, 'vi'))).to.deep.equal(['2']);
      expect(ids(applyQuery(items, { tag: 'tuyển sinh', reader: { category: 'Tin Tức' } }, 'vi'))).to.deep.equal(['2']);
    });
    it('takes a reader’s category with a comma as one name', () => {
      const odd = [article('x', { category: { title: 'Kinh tế, xã hội' } })];
      expect(ids(applyQuery(odd, { reader: { category: 'Kinh tế, xã hội' } }, 'vi'))).to.deep.equal(['x']);
    });
    it('leaves everything for an empty query, and never sorts the input in place', () => {
      const copy = [...items];
      expect(ids(applyQuery(items, { category: ' , ', sort: 'title' }, 'vi'))).to.deep.equal(['3', '4', '2', '1']);
      expect(items).to.deep.equal(copy);
    });
    it('says whether a query leaves articles out', () => {
      expect(isFiltering({ sort: 'newest' })).to.equal(false);
      expect(isFiltering({ search: '  ' })).to.equal(false);
      expect(isFiltering({ search: 'a' })).to.equal(true);
      expect(isFiltering({ reader: { category: 'x' } })).to.equal(true);
    });
    it('filters 5,000 articles by a keyword, each folded once', () => {
      const many = Array.from({ length: 5000 }, (_, i) => article(String(i), { title: `Tin tức số ${i}`, summary: i % 2 ? 'đào tạo' : 'khác' }));
      expect(applyQuery(many, { search: 'dao tao' }, 'vi')).to.have.length(2500);
      expect(applyQuery(many, { search: 'dao tao so 4999' }, 'vi')).to.have.length(1);
    });
  });

  describe('sort', () => {
    const d = (iso: string) => new Date(iso);
    const items = [
      article('undated-1'),
      article('mid', { published: d('2024-05-02') }),
      article('old', { published: d('2024-01-01') }),
      article('updated-only', { updated: d('2024-06-01') }),
      article('undated-2'),
      article('new', { published: d('2024-07-01'), updated: d('2020-01-01') }),
    ];
    it('feed: as it is', () => {
      expect(ids(sortArticles(items, 'feed', 'vi'))).to.deep.equal(ids(items));
    });
    it('newest: by published, else updated; undated last, in the feed’s order', () => {
      expect(ids(sortArticles(items, 'newest', 'vi'))).to.deep.equal(['new', 'updated-only', 'mid', 'old', 'undated-1', 'undated-2']);
    });
    it('oldest: the other way; undated still last', () => {
      expect(ids(sortArticles(items, 'oldest', 'vi'))).to.deep.equal(['old', 'mid', 'updated-only', 'new', 'undated-1', 'undated-2']);
    });
    it('title: Vietnamese collation, A Ă Â B C D Đ E Ê', () => {
      const letters = ['Ê', 'Đ', 'B', 'Â', 'E', 'D', 'Ă', 'C', 'A'].map((title) => article(title, { title: `${title} tin` }));
      expect(ids(sortArticles(letters, 'title', 'vi'))).to.deep.equal(['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê']);
    });
    it('title: untitled last; an invalid locale still sorts', () => {
      const list = [article('none'), article('b', { title: 'b' }), article('a', { title: 'a' })];
      expect(ids(sortArticles(list, 'title', 'not a locale!'))).to.deep.equal(['a', 'b', 'none']);
    });
    it('an unknown order: as it is', () => {
      expect(ids(sortArticles(items, 'random', 'vi'))).to.deep.equal(ids(items));
    });
  });
});
