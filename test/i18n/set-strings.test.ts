import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pagingEnglish } from '../../src/components/news-list/paging-strings.js';
import { filteringEnglish } from '../../src/components/news-list/filtering-strings.js';
import { layoutEnglish } from '../../src/components/news-list/layouts/layout-strings.js';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import { en, vi } from '../../src/i18n/strings.js';
import { setStrings } from '../../src/index.js';
import '../../src/news-widgets.js';
import { NEW_ITEMS_WORDS } from '../../src/render/new-items.js';
import { NOTICE_WORDS } from '../../src/render/notice.js';
import { $, $$, FORBIDDEN_WORDS, settled, shownText } from '../helpers.js';

const ITEMS = Array.from({ length: 12 }, (_, i) => ({ id: String(i + 1), title: `Article ${i + 1}`, date_published: '2024-03-26T08:00:00Z' }));
const titles = (el: Element) => $$(el, '[part="item"]:not([aria-hidden]) [part="title"]').map((title) => title.textContent!.trim());

describe('setStrings: a page’s own language and words', () => {
  it('adds a language: its words where given, English where not, dates in its own format', async () => {
    setStrings('fr', { empty: 'Aucune actualité.', loading: 'Chargement…' });
    const el = await fixture<NewsList>(html`<news-list lang="fr"></news-list>`);
    el.articles = [];
    await settled(el);
    await waitUntil(() => $(el, '[part="status"]'));
    expect($(el, '[part="status"]')!.textContent!.trim()).to.equal('Aucune actualité.');
    el.articles = ITEMS.slice(0, 1);
    await settled(el);
    await waitUntil(() => $(el, '[part="date"]')?.textContent?.trim());
    expect($(el, '[part="date"]')!.textContent!.trim()).to.match(/mars 2024/);
  });

  it('a part’s words too (the pager), a function of a number included; a region variant (fr-CA) speaks its language', async () => {
    setStrings('fr', { next: 'Suivant', page: (n: number) => `Page n° ${n}`, pages: 'Pagination' });
    const el = await fixture<NewsList>(html`<news-list lang="fr-CA" pagination="pages" page-size="5"></news-list>`);
    el.articles = ITEMS;
    await settled(el);
    await waitUntil(() => $(el, '[part="pagination"]'));
    expect($(el, '[part="pagination"]')!.getAttribute('aria-label')).to.equal('Pagination');
    const labels = $$(el, '[part="pagination"] .page').map((control) => control.textContent!.trim());
    expect(labels).to.include('Suivant');
    expect($$(el, '[part="pagination"] [aria-label]').map((control) => control.getAttribute('aria-label'))).to.include('Page n° 2');
    // Left out: English.
    el.setAttribute('pagination', 'more');
    await settled(el);
    await waitUntil(() => $(el, '.more'));
    expect($(el, '.more')!.textContent!.trim()).to.equal(pagingEnglish.more);
    await expect(el).to.be.accessible();
  });

  it('changes a word of a built-in language, keeps its others, and the widgets already shown speak it at once', async () => {
    const el = await fixture<NewsList>(html`<news-list lang="vi"></news-list>`);
    el.articles = [];
    await settled(el);
    await waitUntil(() => $(el, '[part="status"]'));
    expect($(el, '[part="status"]')!.textContent!.trim()).to.equal(vi.empty);
    setStrings('vi', { empty: 'Chưa có tin nào.' });
    await el.updateComplete;
    expect($(el, '[part="status"]')!.textContent!.trim()).to.equal('Chưa có tin nào.');
    const other = await fixture<NewsList>(html`<news-list lang="vi" src="/nowhere.json"></news-list>`);
    await waitUntil(() => $(other, '[part="status"] button'));
    expect($(other, '[part="status"] button')!.textContent!.trim()).to.equal(vi.retry);
    setStrings('vi', { empty: vi.empty });
  });

  it('ignores a value of the wrong kind, and junk, never showing undefined or throwing', async () => {
    setStrings('de', { page: 'Seite' as unknown as (n: number) => string, empty: 42 as unknown as string, nope: 'x' } as never);
    const el = await fixture<NewsList>(html`<news-list lang="de" pagination="pages" page-size="5"></news-list>`);
    el.articles = ITEMS;
    await settled(el);
    await waitUntil(() => $(el, '[part="pagination"]'));
    expect($$(el, '[part="pagination"] [aria-label]').map((control) => control.getAttribute('aria-label'))).to.include('Page 2');
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    expect(titles(el)).to.have.length(5);
    el.articles = [];
    await settled(el);
    await waitUntil(() => $(el, '[part="status"]'));
    expect($(el, '[part="status"]')!.textContent!.trim()).to.equal(en.empty);
  });

  it('takes a tag as Liferay writes it (pt_BR); keeps zh-Hant and zh-Hans apart; a region speaks its language’s words where it has none', async () => {
    setStrings('pt_BR', { empty: 'Nenhuma notícia (BR).' });
    setStrings('pt', { empty: 'Nenhuma notícia.', retry: 'Tentar de novo' });
    setStrings('zh-Hant', { empty: '沒有新聞。' });
    setStrings('zh-Hans', { empty: '没有新闻。' });
    const shown = async (lang: string) => {
      const el = await fixture<NewsList>(html`<news-list lang=${lang}></news-list>`);
      el.articles = [];
      await settled(el);
      await waitUntil(() => $(el, '[part="status"]'));
      return $(el, '[part="status"]')!.textContent!.trim();
    };
    expect(await shown('pt-BR')).to.equal('Nenhuma notícia (BR).');
    expect(await shown('pt-PT')).to.equal('Nenhuma notícia.');
    expect(await shown('zh-Hant-TW')).to.equal('沒有新聞。');
    expect(await shown('zh-Hans')).to.equal('没有新闻。');
  });

  it('the page’s English words are the fallback of every language that has no word of its own for a key', async () => {
    setStrings('en', { retry: 'Reload' });
    const list = async (lang: string) => {
      const el = await fixture<NewsList>(html`<news-list lang=${lang} src="/nowhere.json"></news-list>`);
      await waitUntil(() => $(el, '[part="status"] button'));
      return $(el, '[part="status"] button')!.textContent!.trim();
    };
    expect(await list('en')).to.equal('Reload');
    expect(await list('ja')).to.equal('Reload');
    // A language we ship keeps its own word.
    expect(await list('vi')).to.equal(vi.retry);
    setStrings('en', { retry: en.retry });
  });

  it('says so, and changes nothing, for a tag that is not one', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      setStrings('not a tag!', { empty: 'x' });
    } finally {
      console.warn = warn;
    }
    expect(String(warnings[0]?.[0])).to.match(/is not a language tag/);
  });

  it('the README lists every key, of the core and of every part', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('#### Your own language'), readme.indexOf('### Sizes and colours'));
    const tables = [en, pagingEnglish, filteringEnglish, layoutEnglish, NOTICE_WORDS.en, NEW_ITEMS_WORDS.en];
    const keys = tables.flatMap((table) => Object.keys(table));
    const missing = keys.filter((key) => !section.includes(`\`${key}\``) && !section.includes(`\`${key}(`));
    expect(missing).to.deep.equal([]);
  });
});

