import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, $$, FORBIDDEN_WORDS, settled, shownText } from '../helpers.js';

/** JSON Feed items: categories (the `_news` extension), tags, dates. */
const ITEMS = [
  { id: '1', title: 'Khai giảng lớp bồi dưỡng', summary: 'Tin tức đào tạo', date_published: '2024-03-01T08:00:00Z', tags: ['Tuyển sinh'], _news: { category: { title: 'Đào tạo' } } },
  { id: '2', title: 'Ăn Tết an toàn', summary: 'Hội nghị', date_published: '2024-05-01T08:00:00Z', tags: ['Hội nghị'], _news: { category: { title: 'Tin tức' } } },
  { id: '3', title: 'Bế giảng khóa học', content_text: 'Đoàn công tác', date_published: '2024-01-01T08:00:00Z', tags: ['tuyển sinh'], _news: { category: { title: 'Đào tạo' } } },
  { id: '4', title: 'Âm nhạc dân tộc', summary: 'Văn hóa', _news: { category: { title: 'Văn hóa' } } },
  { id: '5', title: 'Đại hội chi bộ', summary: 'Tin tức', date_published: '2024-04-01T08:00:00Z', _news: { category: { title: 'Tin tức' } } },
];

const titles = (el: Element) => $$(el, '[part="item"]:not([aria-hidden]) [part="title"]').map((title) => title.textContent!.trim());
const announced = (el: Element) => $(el, '.filter-status')?.textContent?.trim();

async function list(attributes: Record<string, string> = {}, items: unknown[] = ITEMS): Promise<NewsList> {
  const el = await fixture<NewsList>(html`<news-list lang="vi"></news-list>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.articles = items;
  await settled(el);
  await waitUntil(() => !$(el, '[aria-busy]'));
  await el.updateComplete;
  return el;
}

describe('<news-list> filters, search and order', () => {
  describe('attributes', () => {
    it('category: any of a comma-separated list, without regard to case and accents', async () => {
      const el = await list({ category: 'dao tao, VĂN HÓA' });
      expect(titles(el)).to.deep.equal(['Khai giảng lớp bồi dưỡng', 'Bế giảng khóa học', 'Âm nhạc dân tộc']);
      await expect(el).to.be.accessible();
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    });

    it('tag: any of a comma-separated list, without regard to case and accents', async () => {
      const el = await list({ tag: 'Tuyen Sinh,hoi nghi' });
      expect(titles(el)).to.deep.equal(['Khai giảng lớp bồi dưỡng', 'Ăn Tết an toàn', 'Bế giảng khóa học']);
    });

    it('search: every word, in title, summary or text, accents and đ folded', async () => {
      const el = await list({ search: 'tin tuc' });
      expect(titles(el)).to.deep.equal(['Khai giảng lớp bồi dưỡng', 'Đại hội chi bộ']);
      el.search = 'doan cong';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Bế giảng khóa học']);
      el.search = 'đai hoi';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Đại hội chi bộ']);
    });

    it('sort: newest, oldest (undated last), title in Vietnamese order, feed', async () => {
      const el = await list({ sort: 'newest' });
      expect(titles(el).map((t) => t[0])).to.deep.equal(['Ă', 'Đ', 'K', 'B', 'Â']);
      el.sort = 'oldest';
      await el.updateComplete;
      expect(titles(el).map((t) => t[0])).to.deep.equal(['B', 'K', 'Đ', 'Ă', 'Â']);
      el.sort = 'title';
      await el.updateComplete;
      expect(titles(el).map((t) => t[0])).to.deep.equal(['Ă', 'Â', 'B', 'Đ', 'K']);
      el.sort = 'feed';
      await el.updateComplete;
      expect(titles(el).map((t) => t[0])).to.deep.equal(['K', 'Ă', 'B', 'Â', 'Đ']);
    });

    it('combines the attributes (AND), before limit, and re-filters when they change at run time', async () => {
      const el = await list({ category: 'Đào tạo, Tin tức', limit: '2', sort: 'oldest' });
      expect(titles(el)).to.deep.equal(['Bế giảng khóa học', 'Khai giảng lớp bồi dưỡng']);
      el.setAttribute('tag', 'Hội nghị');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Ăn Tết an toàn']);
      el.removeAttribute('tag');
      el.removeAttribute('category');
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
    });

    it('pages the filtered list (pagination="pages"): its page count', async () => {
      const el = await list({ category: 'dao tao,tin tuc', pagination: 'pages', 'page-size': '2' });
      await waitUntil(() => $(el, '[part="pagination"]'), 'no pager');
      expect(titles(el)).to.deep.equal(['Khai giảng lớp bồi dưỡng', 'Ăn Tết an toàn']);
      const numbers = $$(el, '[part="pagination"] .page.number').map((page) => page.textContent!.trim());
      expect(numbers).to.deep.equal(['1', '2']);
      el.search = 'tin tuc';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Khai giảng lớp bồi dưỡng', 'Đại hội chi bộ']);
      expect($(el, '[part="pagination"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says what was searched when nothing matches, with a button that clears the search (not the page’s category)', async () => {
      const el = await list({ search: 'khong co gi' });
      expect(shownText(el)).to.equal('Không có tin nào khớp với “khong co gi”. Xóa tìm kiếm');
      await expect(el).to.be.accessible();
      el.lang = 'en';
      el.category = 'Đào tạo';
      await el.updateComplete;
      expect(shownText(el)).to.equal('No news matches “khong co gi”, “Đào tạo”. Clear search');
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      el.search = undefined;
      el.category = 'Không có';
      await el.updateComplete;
      expect(shownText(el)).to.equal('No news matches “Không có”.');
      expect($(el, '[part="status"] button')).to.equal(null);
    });

    it('clears the search from an empty result: news-filter first (cancelable), then the attribute; focus on the first article', async () => {
      const items = ITEMS.map((item) => ({ ...item, url: `https://example.vn/${item.id}` }));
      const el = await list({ search: 'khong co gi' }, items);
      el.addEventListener('news-filter', (event) => event.preventDefault(), { once: true });
      $<HTMLButtonElement>(el, '[part="status"] button')!.click();
      await el.updateComplete;
      expect(el.getAttribute('search')).to.equal('khong co gi');
      expect(shownText(el)).to.contain('Không có tin nào khớp');
      const fired = oneEvent(el, 'news-filter');
      $<HTMLButtonElement>(el, '[part="status"] button')!.click();
      const event = (await fired) as CustomEvent;
      expect(event.detail).to.deep.equal({ search: 'khong co gi', active: false });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(el.hasAttribute('search')).to.equal(false);
      expect(titles(el)).to.have.length(5);
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="link"]'), 'focus is not on the first article');
    });

    it('announces what a search found when it changes, and nothing stale', async () => {
      const el = await list({ filterable: '' });
      $<HTMLButtonElement>(el, 'button[part="category"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="chip"] button')!.click();
      await el.updateComplete;
      expect(announced(el)).to.equal('Đã bỏ lọc, hiện tất cả tin');
      el.search = 'tin tuc';
      await el.updateComplete;
      expect(announced(el)).to.equal('Tìm thấy 2 tin cho “tin tuc”.');
      el.search = 'khong co';
      await el.updateComplete;
      // None: the message itself is said, in the element's live region; nothing else.
      expect($(el, '.live[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Không có tin nào khớp với “khong co”\./);
      expect(announced(el) ?? '').to.equal('');
      el.search = 'hoi';
      await el.updateComplete;
      expect(announced(el)).to.equal('Tìm thấy 2 tin cho “hoi”.');
      el.lang = 'en';
      el.search = 'dai hoi';
      await el.updateComplete;
      expect(announced(el)).to.equal('1 article found for “dai hoi”.');
      el.search = 'hoi';
      await el.updateComplete;
      expect(announced(el)).to.equal('2 articles found for “hoi”.');
      el.search = '';
      await el.updateComplete;
      expect(announced(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('says "no news" as ever where the feed is empty and nothing filters', async () => {
      const el = await list({ sort: 'title' }, []);
      expect(shownText(el)).not.to.contain('khớp');
      expect($(el, '[part="status"]')).to.exist;
    });
  });

  describe('filterable', () => {
    it('makes each category a labelled button; a click filters in place, with a chip, an announcement and news-filter', async () => {
      const el = await list({ filterable: '' });
      const buttons = $$<HTMLButtonElement>(el, 'button[part="category"]');
      expect(buttons).to.have.length(5);
      expect(buttons[0].getAttribute('aria-label')).to.equal('Lọc theo Đào tạo');
      expect(buttons[0].getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();
      const fired = oneEvent(el, 'news-filter');
      buttons[0].click();
      const event = (await fired) as CustomEvent;
      expect(event.detail).to.deep.equal({ category: 'Đào tạo', active: true });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Khai giảng lớp bồi dưỡng', 'Bế giảng khóa học']);
      const chip = $(el, '[part="chip"]')!;
      expect(shownText(el)).to.match(/^Đào tạo ×/);
      const remove = chip.querySelector('button')!;
      expect(remove.getAttribute('aria-label')).to.equal('Bỏ lọc Đào tạo');
      expect(announced(el)).to.equal('Đang lọc theo: Đào tạo');
      await waitUntil(() => el.shadowRoot!.activeElement === remove, 'focus is not on the chip');
      expect($(el, 'button[part="category"]')!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    });

    it('combines the reader’s filter with the attributes', async () => {
      const el = await list({ filterable: '', search: 'giang' });
      $<HTMLButtonElement>(el, 'button[part="category"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Khai giảng lớp bồi dưỡng', 'Bế giảng khóa học']);
    });

    it('removes the filter with the chip’s ×: announced, news-filter, focus back on the category', async () => {
      const el = await list({ filterable: '' });
      $$<HTMLButtonElement>(el, 'button[part="category"]')[1].click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Ăn Tết an toàn', 'Đại hội chi bộ']);
      const fired = oneEvent(el, 'news-filter');
      $<HTMLButtonElement>(el, '[part="chip"] button')!.click();
      expect(((await fired) as CustomEvent).detail).to.deep.equal({ category: 'Tin tức', active: false });
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
      expect($(el, '[part="chip"]')).to.equal(null);
      expect(announced(el)).to.equal('Đã bỏ lọc, hiện tất cả tin');
      await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.category === 'Tin tức', 'focus is lost');
    });

    it('does nothing when news-filter is cancelled (the page routes it)', async () => {
      const el = await list({ filterable: '' });
      el.addEventListener('news-filter', (event) => event.preventDefault(), { once: true });
      $<HTMLButtonElement>(el, 'button[part="category"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
      expect($(el, '[part="chip"]')).to.equal(null);
      expect(announced(el)).to.equal('');
    });

    it('an empty result of the reader’s filter offers to clear it', async () => {
      const el = await list({ filterable: '' });
      $<HTMLButtonElement>(el, 'button[part="category"]')!.click();
      await el.updateComplete;
      el.search = 'hoi nghi';
      await el.updateComplete;
      expect(shownText(el)).to.equal('Không có tin nào khớp với “hoi nghi”, “Đào tạo”. Bỏ lọc');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="status"] button')!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Ăn Tết an toàn']);
    });

    for (const linked of [true, false])
      it(`after the empty result’s “Bỏ lọc”, the search still set, focus goes into the list (${linked ? 'its first link' : 'the list'})`, async () => {
        const items = linked ? ITEMS.map((item) => ({ ...item, url: `https://example.vn/${item.id}` })) : ITEMS;
        const el = await list({ filterable: '' }, items);
        $<HTMLButtonElement>(el, 'button[part="category"]')!.click();
        await el.updateComplete;
        el.search = 'hoi nghi';
        await el.updateComplete;
        $<HTMLButtonElement>(el, '[part="status"] button')!.click();
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['Ăn Tết an toàn']);
        const target = linked ? $(el, '[part="link"]') : $(el, '[part="list"]');
        await waitUntil(() => el.shadowRoot!.activeElement === target, 'focus is lost');
        expect(document.activeElement).to.equal(el);
        await expect(el).to.be.accessible();
      });

    it('speaks English where the list does', async () => {
      const el = await list({ filterable: '', lang: 'en' });
      expect($(el, 'button[part="category"]')!.getAttribute('aria-label')).to.equal('Filter by Đào tạo');
      $<HTMLButtonElement>(el, 'button[part="category"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="chip"] button')!.getAttribute('aria-label')).to.equal('Remove filter Đào tạo');
      expect(announced(el)).to.equal('Filtered by: Đào tạo');
    });

    it('keeps the category’s box, with a target of 24 px at least, under a 10 px root font', async () => {
      document.documentElement.style.fontSize = '10px';
      try {
        const el = await list({ filterable: '' });
        el.style.fontSize = '1rem';
        await el.updateComplete;
        const button = $(el, 'button[part="category"]')!;
        const before = getComputedStyle(button, '::before');
        expect(parseFloat(before.height)).to.be.at.least(24);
        const chipEl = await list({ filterable: '' });
        chipEl.style.fontSize = '1rem';
        $<HTMLButtonElement>(chipEl, 'button[part="category"]')!.click();
        await chipEl.updateComplete;
        const box = $(chipEl, '[part="chip"] button')!.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });
});
