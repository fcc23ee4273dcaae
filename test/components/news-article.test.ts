import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, $$, contrast, FORBIDDEN_WORDS, fixtureUrl, hangingFetch, resetCache, settled, shownText, spyFetch } from '../helpers.js';

const FEED = fixtureUrl('articles.json');

/** Settled, and the body sanitized (it loads the sanitizer on its own). */
async function bodyReady(el: NewsArticleElement): Promise<void> {
  await settled(el);
  await waitUntil(() => !$(el, '[aria-busy]'), 'the body is still being sanitized', { timeout: 8000 });
  await el.updateComplete;
}

describe('<news-article>', () => {
  let spy: ReturnType<typeof spyFetch> | undefined;
  const start = location.href;
  afterEach(() => {
    spy?.restore();
    spy = undefined;
    resetCache();
    history.replaceState(null, '', start);
  });

  it('shows a skeleton while loading, busy only then', async () => {
    spy = spyFetch((_, init) => hangingFetch(init));
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED}></news-article>`);
    // One busy region, one status: the skeleton is hidden from assistive technology.
    expect($$(el, '[aria-busy="true"]')).to.have.length(1);
    expect($(el, '[part="article"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('Loading news…');
    expect(shownText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows the whole article: category, title, every author, both dates, image, body and tags', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED} lang="vi"></news-article>`);
    await bodyReady(el);
    expect($(el, '[part="category"]')!.getAttribute('href')).to.equal('https://portal.example/tin-tuc/tin-tuc-su-kien');
    const title = $(el, '[part="title"]')!;
    expect(title.textContent!.trim()).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
    expect(title.getAttribute('aria-level')).to.equal('1');
    expect($(el, '[part="author"]')!.textContent).to.equal('Minh Sơn – Chi bộ Khoa Xây dựng Đảng và Ngọc Hân');
    const dates = $$(el, 'time[part="date"]').map((time) => time.textContent!.trim());
    expect(dates).to.deep.equal(['26 tháng 3, 2022', '28 tháng 3, 2022']);
    expect($(el, '.updated')!.textContent).to.contain('Cập nhật');
    expect($<HTMLImageElement>(el, 'img[part="image"]')!.alt).to.equal('Quang cảnh buổi tọa đàm');
    const body = $(el, '[part="body"]')!;
    expect(body.querySelectorAll('p')).to.have.length(3);
    expect(body.textContent).to.contain('Minh Sơn – Chi bộ Khoa Xây dựng Đảng.');
    expect(body.querySelector('a')!.rel).to.equal('noopener noreferrer');
    expect($$(el, '[part="tag"]').map((tag) => tag.textContent)).to.deep.equal(['Tọa đàm', 'Sinh hoạt chuyên đề']);
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    await expect(el).to.be.accessible();
  });

  it('shows the article named by `article-id`, a text body as paragraphs, one date when updated the same day', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED} article-id="khai-giang"></news-article>`);
    await bodyReady(el);
    expect($$(el, '[part="body"] p').map((p) => p.textContent)).to.deep.equal(['Đoạn văn bản thuần thứ nhất.', 'Đoạn thứ hai.']);
    expect($$(el, 'time')).to.have.length(1);
    expect($(el, '[part="author"]')).to.equal(null);
    expect($(el, '[part="tags"]')).to.equal(null);
  });

  it('keeps iframes only from hosts the page allows, sandboxed', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED} article-id="video" embed-hosts="www.youtube.com"></news-article>`);
    await bodyReady(el);
    const frames = $$<HTMLIFrameElement>(el, '[part="body"] iframe');
    expect(frames).to.have.length(1);
    expect(frames[0].src).to.equal('https://www.youtube.com/embed/abc');
    expect(frames[0].getAttribute('sandbox')).to.contain('allow-scripts');
    el.embedHosts = '';
    await bodyReady(el);
    expect($$(el, '[part="body"] iframe')).to.have.length(0);
  });

  it("resolves the body's relative URLs against the feed, and shows its picture once", async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED} article-id="relative"></news-article>`);
    await bodyReady(el);
    const [relative, anchor, outside] = $$<HTMLAnchorElement>(el, '[part="body"] a');
    expect(relative.getAttribute('href')).to.equal(fixtureUrl('other.html'));
    // An in-page anchor points at its (prefixed) target in the body; one to anything outside the body is no link.
    expect(anchor.getAttribute('href')).to.equal('#user-content-doan-2');
    expect(outside.hasAttribute('href')).to.equal(false);
    const img = $<HTMLImageElement>(el, '[part="body"] img')!;
    expect(img.getAttribute('src')).to.equal(fixtureUrl('images/first.svg'));
    expect(img.getAttribute('srcset')).to.equal(`${fixtureUrl('images/first.svg')} 1x, ${fixtureUrl('images/first.svg')} 2x`);
    // The feed's picture is the body's: no second copy above it.
    expect($(el, '[part="image"]')).to.equal(null);
  });

  it('follows an in-page anchor of the body inside the article: focus moves there, the page URL stays', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED} article-id="relative"></news-article>`);
    await bodyReady(el);
    const url = location.href;
    $<HTMLAnchorElement>(el, '[part="body"] a[href^="#"]')!.click();
    const target = $<HTMLElement>(el, '[part="body"] h2')!;
    expect(el.shadowRoot!.activeElement).to.equal(target);
    expect(location.href).to.equal(url);
  });

  it('says when the id is unknown, with a link back to the list', async () => {
    history.replaceState(null, '', '?tin=nope&page=2');
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED} article-param="tin" lang="vi"></news-article>`);
    await settled(el);
    expect($(el, '[part="status"]')!.textContent).to.contain('Không tìm thấy bài viết.');
    const back = $<HTMLAnchorElement>(el, '[part="status"] a')!;
    expect(back.textContent).to.equal('Quay lại danh sách tin');
    // It looks like a link: the accent colour and an underline (links elsewhere in cards are plain).
    expect(getComputedStyle(back).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(back).color).to.equal(getComputedStyle($(el, '.status a')!).color);
    expect(contrast(getComputedStyle(back).color, 'white')).to.be.at.least(4.5);
    expect(new URL(back.href).search).to.equal('?page=2');
    await expect(el).to.be.accessible();
    el.removeAttribute('article-param');
    el.articleId = 'nope';
    await el.updateComplete;
    expect($<HTMLAnchorElement>(el, '[part="status"] a')!.href).to.equal('https://portal.example/tin-tuc');
  });

  it('reads the id from the page URL and follows history navigation', async () => {
    history.replaceState(null, '', '?tin=khai-giang');
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED} article-param="tin"></news-article>`);
    await bodyReady(el);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Khai giảng lớp Trung cấp lý luận chính trị');
    history.pushState(null, '', '?tin=toa-dam');
    dispatchEvent(new PopStateEvent('popstate'));
    await bodyReady(el);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
    history.back();
    await new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    await bodyReady(el);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Khai giảng lớp Trung cấp lý luận chính trị');
  });

  it('opens articles of a list on the same page in place, with a history entry, and focuses the title', async () => {
    const page = await fixture(html`<div>
      <news-article src=${FEED} article-param="tin"></news-article>
      <news-list src=${FEED} article-href="?tin={id}"></news-list>
    </div>`);
    const [article, list] = [...page.children] as [NewsArticleElement, NewsList];
    await bodyReady(article);
    await settled(list);
    $<HTMLAnchorElement>(list, '[part="link"][data-id="khai-giang"]')!.click();
    await bodyReady(article);
    expect(new URLSearchParams(location.search).get('tin')).to.equal('khai-giang');
    expect($(article, '[part="title"]')!.textContent!.trim()).to.equal('Khai giảng lớp Trung cấp lý luận chính trị');
    expect(article.shadowRoot!.activeElement).to.equal($(article, '[part="title"]'));
    // A history entry: back returns to the article shown before.
    history.back();
    await new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    await bodyReady(article);
    expect($(article, '[part="title"]')!.textContent!.trim()).to.equal('Nâng cao hiệu quả sinh hoạt chuyên đề');
  });

  it('adds no history entry for the article already open, and leaves a link to a new tab alone', async () => {
    const page = await fixture(html`<div>
      <news-article src=${FEED} article-param="tin"></news-article>
      <news-list src=${FEED} article-href="?tin={id}"></news-list>
      <news-list src=${FEED} article-href="?tin={id}" target="_blank"></news-list>
    </div>`);
    const [article, list, newTab] = [...page.children] as [NewsArticleElement, NewsList, NewsList];
    await bodyReady(article);
    await settled(list);
    await settled(newTab);
    $<HTMLAnchorElement>(list, '[part="link"][data-id="khai-giang"]')!.click();
    await bodyReady(article);
    const entries = history.length;
    $<HTMLAnchorElement>(list, '[part="link"][data-id="khai-giang"]')!.click();
    await bodyReady(article);
    expect(history.length).to.equal(entries);
    expect(article.shadowRoot!.activeElement).to.equal($(article, '[part="title"]'));
    // The reader asked for another tab: the article here does not take the click over.
    let selected: CustomEvent | undefined;
    newTab.addEventListener('news-select', (event) => (selected = event as CustomEvent));
    // The test keeps the new tab from opening, after the article (listening on the document before it) had its say.
    document.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
    const link = $<HTMLAnchorElement>(newTab, '[part="link"][data-id="toa-dam"]')!;
    const search = location.search;
    link.click();
    expect(selected!.detail.target).to.equal('_blank');
    expect(location.search).to.equal(search);
  });

  it('lets a page that routes by itself cancel news-select first', async () => {
    const page = await fixture(html`<div>
      <news-article src=${FEED} article-param="tin"></news-article>
      <news-list src=${FEED} article-href="?tin={id}"></news-list>
    </div>`);
    const list = page.children[1] as NewsList;
    await settled(list);
    list.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
    const search = location.search;
    $<HTMLAnchorElement>(list, '[part="link"][data-id="khai-giang"]')!.click();
    expect(location.search).to.equal(search);
  });

  it('writes NewsArticle JSON-LD into the light DOM only when asked, following the article shown', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED}></news-article>`);
    await bodyReady(el);
    expect(el.querySelector('script')).to.equal(null);
    el.structuredData = true;
    await el.updateComplete;
    // Written once the writer has loaded (on first use).
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Nâng cao hiệu quả sinh hoạt chuyên đề',
      datePublished: '2022-03-26T01:00:00.000Z',
      dateModified: '2022-03-28T03:00:00.000Z',
      articleSection: 'Tin tức - Sự kiện',
      keywords: 'Tọa đàm, Sinh hoạt chuyên đề',
      url: 'https://portal.example/tin-tuc/toa-dam',
      image: [fixtureUrl('images/first.svg')],
    });
    expect(data.author).to.deep.equal([
      { '@type': 'Person', name: 'Minh Sơn – Chi bộ Khoa Xây dựng Đảng' },
      { '@type': 'Person', name: 'Ngọc Hân', url: 'https://portal.example/tac-gia/ngoc-han' },
    ]);
    el.articleId = 'khai-giang';
    await bodyReady(el);
    await waitUntil(() => JSON.parse(el.querySelector('script')!.textContent!).headline === 'Khai giảng lớp Trung cấp lý luận chính trị', 'the JSON-LD did not follow');
    el.structuredData = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('escapes < in JSON-LD, so a title cannot close the script', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article structured-data></news-article>`);
    el.articles = [{ id: 'x', title: '</script><script>window.__xss_hit = 1</script>' }];
    await bodyReady(el);
    await waitUntil(() => el.querySelector('script'), 'no JSON-LD');
    const script = el.querySelector('script')!;
    expect(script.textContent).not.to.contain('<');
    expect(JSON.parse(script.textContent!).headline).to.equal('</script><script>window.__xss_hit = 1</script>');
    expect(el.querySelectorAll('script')).to.have.length(1);
  });

  it('shows its error and empty states', async () => {
    const broken = await fixture<NewsArticleElement>(html`<news-article src=${fixtureUrl('missing.json')}></news-article>`);
    await settled(broken);
    expect($(broken, '[part="button"]')).to.exist;
    await expect(broken).to.be.accessible();
    const empty = await fixture<NewsArticleElement>(html`<news-article src=${fixtureUrl('empty.json')}></news-article>`);
    await settled(empty);
    expect($(empty, '[part="status"]')!.textContent).to.contain('There is no news to show yet.');
  });

  describe('on an article page', () => {
    const pageTitle = document.title;
    afterEach(() => {
      document.title = pageTitle;
    });

    it("gives the document the open article's title, the page's own again when none is open, unless `keep-title`", async () => {
      document.title = 'Tin tức | Cổng';
      history.replaceState(null, '', '?tin=khai-giang');
      const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED} article-param="tin"></news-article>`);
      await settled(el);
      const title = $(el, '[part="title"]')!.textContent!.trim();
      expect(document.title).to.equal(`${title} | Tin tức | Cổng`);
      history.pushState(null, '', '?');
      dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(document.title).to.equal('Tin tức | Cổng');
      history.replaceState(null, '', '?tin=toa-dam');
      el.keepTitle = true;
      await el.updateComplete;
      expect(document.title).to.equal('Tin tức | Cổng');
      el.keepTitle = false;
      await el.updateComplete;
      expect(document.title).to.contain(' | Tin tức | Cổng');
      el.remove();
      expect(document.title).to.equal('Tin tức | Cổng');
    });

    it('re-levels body headings under the title, and lets a wide table scroll by keyboard', async () => {
      const cells = Array.from({ length: 7 }, (_, i) => `<td>${i}.234.567.890&nbsp;đồng</td>`).join('');
      const el = await fixture<NewsArticleElement>(html`<div style="width: 320px">
        <news-article heading-level="2" .articles=${[{ id: 'a', title: 'Bài', content_html: `<h4>A</h4><h1>B</h1><h6>C</h6><table><tr>${cells}</tr></table><p>x</p>` }]}></news-article>
      </div>`);
      const article = el.querySelector('news-article') as NewsArticleElement;
      await bodyReady(article);
      expect($$(article, '[part="body"] :is(h1, h2, h3, h4, h5, h6)').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h4']);
      const table = $(article, '[part="body"] table')!;
      await waitUntil(() => table.getAttribute('tabindex') === '0', 'the overflowing table took no focus');
      expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      await expect(article).to.be.accessible();
      // Wide enough, it is no tab stop.
      (el as HTMLElement).style.width = '2000px';
      await waitUntil(() => !table.hasAttribute('tabindex'), 'a table that fits kept its tab stop');
    });

    it('puts the image part on the <img>, cropped from the top unless --news-image-position says otherwise', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${FEED}></news-article>`);
      await bodyReady(el);
      const image = $(el, '[part="image"]')!;
      expect(image.localName).to.equal('img');
      expect(getComputedStyle(image).objectPosition).to.equal('50% 30%');
      el.style.setProperty('--news-image-position', 'left top');
      expect(getComputedStyle(image).objectPosition).to.equal('0% 0%');
    });
  });
});
