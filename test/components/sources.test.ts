import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import type { NewsBreadcrumb } from '../../src/components/news-breadcrumb/news-breadcrumb.js';
import type { NewsCard } from '../../src/components/news-card/news-card.js';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import type { NewsFeed } from '../../src/data/model.js';
import '../../src/news-widgets.js';
import { $, $$, FORBIDDEN_WORDS, fetchSpies, fixtureUrl, settled, shownText } from '../helpers.js';

/** `src` with several URLs: merged, deduplicated, newest first; a source that fails leaves the others. */
const MINISTRY = fixtureUrl('sources/ministry.json');
const SCHOOL = fixtureUrl('sources/school.json');
/** A source on another site, answered by the tests' fake fetch. */
const OTHER = 'https://truong.example/feed.json';

const titles = (el: Element) => $$(el, '[part="item"] [part="title"]').map((title) => title.textContent!.trim());
const notFound = () => Promise.resolve(new Response('not here', { status: 404 }));
/** The second fixture's text, read before fetch is spied on. */
let schoolText = '';
before(async () => {
  schoolText = await (await fetch(SCHOOL)).text();
});
const school = () => Promise.resolve(new Response(schoolText, { headers: { 'content-type': 'application/feed+json' } }));

describe('several sources in one src', () => {
  const spy = fetchSpies();

  it('shows the items of both, without duplicates, newest first, after one request per URL', async () => {
    const calls = spy().calls;
    const el = await fixture<NewsList>(html`<news-list src="${MINISTRY}  ${SCHOOL}" lang="vi"></news-list>`);
    const loaded = oneEvent(el, 'news-load');
    await settled(el);
    expect(titles(el)).to.deep.equal(['Trường: tin một', 'Bộ: tin một', 'Bộ: tin chung', 'Trường: tin năm', 'Bộ: tin không ngày', 'Trường: tin không ngày']);
    expect(calls.map((call) => call.url).sort()).to.deep.equal([MINISTRY, SCHOOL].sort());
    const feed = ((await loaded) as CustomEvent<NewsFeed>).detail;
    expect(feed.items.map((item) => item.id)).to.deep.equal(['2:1', '1', '2', '5', '3', '6']);
    expect(feed.title).to.equal('Bộ Giáo dục - Tin tức');
    expect($(el, '[part="notice"]')).to.equal(null);
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    await expect(el).to.be.accessible();
  });

  it('merges the feed of the other fixtures too (feed.json and a second source)', async () => {
    const el = await fixture<NewsList>(html`<news-list src="${fixtureUrl('feed.json')} ${SCHOOL}" limit="20"></news-list>`);
    await settled(el);
    const shown = titles(el);
    expect(shown[0]).to.equal('Trường: tin một');
    expect(shown).to.include('Nâng cao hiệu quả sinh hoạt chuyên đề');
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
  });

  it('a source that fails: the others show, with a notice naming it and news-error for it', async () => {
    spy((input) => (String(input) === OTHER ? notFound() : undefined));
    const errors: CustomEvent[] = [];
    const el = document.createElement('news-list') as NewsList;
    el.addEventListener('news-error', (event) => errors.push(event as CustomEvent));
    el.setAttribute('lang', 'vi');
    el.setAttribute('src', `${MINISTRY} ${OTHER}`);
    await fixture(el);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Bộ: tin một', 'Bộ: tin chung', 'Bộ: tin không ngày']);
    const notice = $(el, '[part="notice"]')!;
    expect(notice.textContent).to.contain('Không tải được tin từ truong.example.');
    expect(notice.querySelector('[part="button"]')).to.exist;
    expect(errors.map((event) => event.detail.src)).to.deep.equal([OTHER]);
    expect(errors[0].detail.error.status).to.equal(404);
    expect(el.renderRoot.querySelector('[role="status"]')!.textContent!.trim(), 'the list is no error').to.equal('');
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    await expect(el).to.be.accessible();
  });

  it('the notice in English, and its retry asks again only the source that failed, the list kept meanwhile', async () => {
    let down = true;
    const { calls } = spy((input) => (String(input) === OTHER ? (down ? notFound() : school()) : undefined));
    const el = await fixture<NewsList>(html`<news-list src="${MINISTRY} ${OTHER}" lang="en"></news-list>`);
    await settled(el);
    expect($(el, '[part="notice"]')!.textContent).to.contain('News from truong.example could not be loaded.');
    expect(calls.length).to.equal(2);
    down = false;
    const button = el.renderRoot.querySelector<HTMLButtonElement>('[part="notice"] [part="button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Try again: news from truong.example');
    button.focus();
    const loaded = oneEvent(el, 'news-load');
    button.click();
    await el.updateComplete;
    // Still the list, not the skeleton: the retry is on its way in place.
    expect($(el, '[aria-busy]')).to.equal(null);
    expect(titles(el)).to.have.length(3);
    const feed = ((await loaded) as CustomEvent<NewsFeed>).detail;
    await waitUntil(() => !$(el, '[part="notice"]'), 'the notice stays');
    expect(feed.failures).to.equal(undefined);
    expect(calls.map((call) => call.url)).to.deep.equal([MINISTRY, OTHER, OTHER]);
    expect(titles(el)).to.deep.equal(['Trường: tin một', 'Bộ: tin một', 'Bộ: tin chung', 'Trường: tin năm', 'Bộ: tin không ngày', 'Trường: tin không ngày']);
    // Focus, on the button that went with its source, goes to the first article that source brought.
    expect((el.renderRoot as ShadowRoot).activeElement?.getAttribute('data-id')).to.equal('2:1');
    await expect(el).to.be.accessible();
  });

  it('a retry that fails again keeps the notice and the focus on its button, says so politely, and fires no news-load', async () => {
    const { calls } = spy((input) => (String(input) === OTHER ? notFound() : undefined));
    const el = await fixture<NewsList>(html`<news-list src="${MINISTRY} ${OTHER}"></news-list>`);
    await settled(el);
    const loads: Event[] = [];
    el.addEventListener('news-load', (event) => loads.push(event));
    // The polite region is there with the notice, empty, so that what comes into it is announced.
    const region = $(el, '[part="notice"] [role="status"]')!;
    expect(region.textContent!.trim()).to.equal('');
    const button = el.renderRoot.querySelector<HTMLButtonElement>('[part="notice"] [part="button"]')!;
    button.focus();
    button.click();
    // Its fetch is asked at once: the retry has ended only when the button, busy meanwhile, is back.
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => calls.length === 3 && button.getAttribute('aria-disabled') === 'false', 'the retry did not end');
    expect(calls.map((call) => call.url)).to.deep.equal([MINISTRY, OTHER, OTHER]);
    expect(el.renderRoot.querySelector('[part="notice"] [part="button"]')).to.equal(button);
    expect((el.renderRoot as ShadowRoot).activeElement).to.equal(button);
    expect($(el, '[part="notice"] [role="status"]')).to.equal(region);
    expect(region.textContent!.trim()).to.equal('News from truong.example still could not be loaded.');
    expect(region.classList.contains('sr-only')).to.equal(true);
    expect(loads).to.have.length(0);
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    await expect(el).to.be.accessible();
    // Again: the region empties while the retry is on its way, so that the same words are said again.
    button.click();
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => calls.length === 4 && button.getAttribute('aria-disabled') === 'false', 'the second retry did not end');
    expect(region.textContent!.trim()).to.equal('News from truong.example still could not be loaded.');
  });

  it('in Vietnamese, and only for the sources still failing', async () => {
    const THIRD = 'https://so.example/feed.json';
    let schoolUp = false;
    const { calls } = spy((input) => (String(input) === OTHER ? (schoolUp ? school() : notFound()) : String(input) === THIRD ? notFound() : undefined));
    const el = await fixture<NewsList>(html`<news-list src="${MINISTRY} ${OTHER} ${THIRD}" lang="vi"></news-list>`);
    await settled(el);
    expect($$(el, '[part="notice"] p')).to.have.length(2);
    schoolUp = true;
    el.renderRoot.querySelector<HTMLButtonElement>('[part="notice"] [part="button"]')!.click();
    await waitUntil(() => calls.length === 5 && $$(el, '[part="notice"] p').length === 1, 'the retry did not end');
    await el.updateComplete;
    expect($(el, '[part="notice"]')!.textContent).to.contain('Không tải được tin từ so.example.');
    expect($(el, '[part="notice"] [role="status"]')!.textContent!.trim()).to.equal('Vẫn chưa tải được tin từ so.example.');
    expect(titles(el)).to.include('Trường: tin một');
    await expect(el).to.be.accessible();
  });

  it('the notice’s retry is a target of at least 24 px on a theme’s 10 px root, and of 44 px on touch', async () => {
    spy((input) => (String(input) === OTHER ? notFound() : undefined));
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 10px !important; }';
    document.head.append(style);
    try {
      const el = await fixture<NewsList>(html`<news-list src="${MINISTRY} ${OTHER}" lang="vi"></news-list>`);
      await settled(el);
      const box = $(el, '[part="notice"] [part="button"]')!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      // Touch (no way to emulate the pointer here): the notice's styles make its buttons 44 px there.
      const sheets = (el.renderRoot as ShadowRoot).adoptedStyleSheets;
      const touch = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === '(pointer: coarse)' && rule.cssText.includes('sources-notice'));
      const target = touch?.cssRules[0] as CSSStyleRule | undefined;
      expect(target?.style.minHeight).to.equal('44px');
      expect(target?.style.minWidth).to.equal('44px');
    } finally {
      style.remove();
    }
  });

  it('every source failing: the usual error state, and news-error for each', async () => {
    spy(() => notFound());
    const errors: CustomEvent[] = [];
    const el = document.createElement('news-list') as NewsList;
    el.addEventListener('news-error', (event) => errors.push(event as CustomEvent));
    el.setAttribute('src', 'https://a.example/feed.json https://b.example/feed.json');
    await fixture(el);
    await settled(el);
    expect($(el, '[part="status"]')!.textContent).to.contain('The news could not be loaded.');
    expect($(el, '[part="status"] [part="button"]')).to.exist;
    expect($(el, '[part="notice"]')).to.equal(null);
    expect(errors.map((event) => event.detail.src)).to.deep.equal(['https://a.example/feed.json', 'https://b.example/feed.json', undefined]);
    expect(errors[2].detail.error).to.equal(errors[0].detail.error);
    await expect(el).to.be.accessible();
  });

  it('<news-card> and <news-article> find an article of any source, by the id its merged feed gave it', async () => {
    const calls = spy().calls;
    const src = `${MINISTRY} ${SCHOOL}`;
    const card = await fixture<NewsCard>(html`<news-card src=${src} article-id="5"></news-card>`);
    const renamed = await fixture<NewsCard>(html`<news-card src=${src} article-id="2:1"></news-card>`);
    const first = await fixture<NewsCard>(html`<news-card src=${src} article-id="1"></news-card>`);
    const article = await fixture<NewsArticleElement>(html`<news-article src=${src} article-id="6"></news-article>`);
    for (const el of [card, renamed, first, article]) await settled(el);
    expect($(card, '[part="title"]')!.textContent!.trim()).to.equal('Trường: tin năm');
    expect($(renamed, '[part="title"]')!.textContent!.trim()).to.equal('Trường: tin một');
    // The first source keeps its ids.
    expect($(first, '[part="title"]')!.textContent!.trim()).to.equal('Bộ: tin một');
    expect($(article, '[part="title"]')!.textContent!.trim()).to.equal('Trường: tin không ngày');
    // Four elements, two URLs: two requests.
    expect(calls.length).to.equal(2);
    await expect(card).to.be.accessible();
  });

  it('<news-card> and <news-article> whose article is not in the sources that loaded, while one failed: the error and a retry, not "not found"', async () => {
    spy((input) => (String(input) === OTHER ? notFound() : undefined));
    const src = `${MINISTRY} ${OTHER}`;
    const card = await fixture<NewsCard>(html`<news-card src=${src} article-id="khac" lang="vi"></news-card>`);
    const article = await fixture<NewsArticleElement>(html`<news-article src=${src} article-id="khac" lang="vi"></news-article>`);
    for (const el of [card, article]) {
      await settled(el);
      expect($(el, '[part="status"]')!.textContent).to.contain('Không tải được tin.');
      expect($(el, '[part="status"]')!.textContent).not.to.contain('Không tìm thấy');
      expect($(el, '[part="button"]')).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('<news-breadcrumb> shows the first source’s trail', async () => {
    const el = await fixture<NewsBreadcrumb>(html`<news-breadcrumb src="${MINISTRY} ${SCHOOL}"></news-breadcrumb>`);
    await settled(el);
    expect($$(el, '[part="crumb"]').map((crumb) => crumb.textContent!.trim())).to.deep.equal(['Bộ Giáo dục', 'Tin tức']);
  });

  it('one URL loads as before, without the sources part', async () => {
    const el = await fixture<NewsList>(html`<news-list src=${MINISTRY}></news-list>`);
    const feed = ((await oneEvent(el, 'news-load')) as CustomEvent<NewsFeed>).detail;
    expect(feed.format).to.equal('json-feed');
    expect(feed.failures).to.equal(undefined);
  });
});
