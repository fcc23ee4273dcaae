import { expect, fixture, html } from '@open-wc/testing';
import type { NewsCard } from '../../src/components/news-card/news-card.js';
import '../../src/news-widgets.js';
import { $, FORBIDDEN_WORDS, fixtureUrl, hangingFetch, resetCache, settled, shownText, spyFetch } from '../helpers.js';

const FEED = fixtureUrl('feed.json');

describe('<news-card>', () => {
  let spy: ReturnType<typeof spyFetch> | undefined;
  afterEach(() => {
    spy?.restore();
    spy = undefined;
    resetCache();
  });

  it('shows a skeleton card while loading, busy only then', async () => {
    spy = spyFetch((_, init) => hangingFetch(init));
    const el = await fixture<NewsCard>(html`<news-card src=${FEED}></news-card>`);
    expect($(el, '[aria-busy="true"] .skeleton')).to.exist;
    await expect(el).to.be.accessible();
    spy.restore();
    spy = undefined;
    resetCache();
    el.src = `${FEED}?again`;
    await settled(el);
    expect($(el, '[aria-busy]')).to.equal(null);
  });

  it('shows the first item by default', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${FEED}></news-card>`);
    await settled(el);
    expect($(el, '[part="link"]')!.textContent!.trim()).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
    expect($(el, '[part="card"]')!.classList.contains('vertical')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the item named by `article-id`', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${FEED} article-id="2" variant="horizontal"></news-card>`);
    await settled(el);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Thông báo lịch học tháng 01/2022 cho các lớp tập trung.');
    expect($(el, '[part="category"]')!.textContent).to.equal('Thông báo');
    expect($(el, '[part="card"]')!.classList.contains('horizontal')).to.equal(true);
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    await expect(el).to.be.accessible();
  });

  it('shows the first item again when `article-id` is removed', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${FEED} article-id="2"></news-card>`);
    await settled(el);
    el.removeAttribute('article-id');
    el.removeAttribute('variant');
    await el.updateComplete;
    expect($(el, '[part="link"]')!.textContent!.trim()).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
  });

  it('says so when `article-id` is not in the feed', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${FEED} article-id="nope" lang="vi"></news-card>`);
    await settled(el);
    expect($(el, '[part="status"]')!.textContent).to.contain('Không tìm thấy bài viết.');
    await expect(el).to.be.accessible();
  });

  it('says so when the feed is empty', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${fixtureUrl('empty.json')}></news-card>`);
    await settled(el);
    expect($(el, '[part="status"]')!.textContent).to.contain('There is no news to show yet.');
  });

  it('shows an error with a retry button', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${fixtureUrl('not-a-feed.json')}></news-card>`);
    await settled(el);
    expect($(el, '[part="status"]')!.textContent).to.contain('The news could not be loaded.');
    expect($(el, '[part="button"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('falls back to the vertical variant for an unknown one; compact has no image or summary', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${FEED} variant="giant"></news-card>`);
    await settled(el);
    expect($(el, '[part="card"]')!.classList.contains('vertical')).to.equal(true);
    el.variant = 'compact';
    await el.updateComplete;
    expect($(el, '[part="image"]')).to.equal(null);
    expect($(el, '[part="summary"]')).to.equal(null);
  });

  it('shares one request with every other element of the same src', async () => {
    spy = spyFetch();
    const page = await fixture(html`<div>
      <news-list src=${FEED}></news-list>
      <news-card src=${FEED}></news-card>
      <news-card src=${FEED} article-id="2"></news-card>
      <news-list src="/test/fixtures/feed.json" layout="grid"></news-list>
    </div>`);
    for (const el of page.children) await settled(el as NewsCard);
    expect(spy.calls).to.have.length(1);
  });
});
