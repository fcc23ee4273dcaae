import { expect, fixture, html } from '@open-wc/testing';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, fixtureUrl, resetCache, settled } from '../helpers.js';

const FEED = fixtureUrl('feed.json');

/** Puts a stylesheet in the page for one test. */
function pageStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

describe('styling contract', () => {
  afterEach(resetCache);

  it('reads --news-* properties set on an ancestor, e.g. :root', async () => {
    const remove = pageStyle(':root { --news-color-accent: rgb(183, 28, 28); --news-radius: 3px; --news-title-font-size: 30px; }');
    const el = await fixture<NewsList>(html`<news-list src=${FEED} layout="grid"></news-list>`);
    await settled(el);
    expect(getComputedStyle($(el, '[part="category"]')!).color).to.equal('rgb(183, 28, 28)');
    expect(getComputedStyle($(el, '[part="card"]')!).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle($(el, '[part="title"]')!).fontSize).to.equal('30px');
    remove();
  });

  it('uses the defaults when nothing is set', async () => {
    const el = await fixture<NewsList>(html`<news-list src=${FEED} layout="grid"></news-list>`);
    await settled(el);
    expect(getComputedStyle($(el, '[part="category"]')!).color).to.equal('rgb(11, 87, 208)');
    expect(getComputedStyle($(el, '[part="card"]')!).borderTopLeftRadius).to.equal('8px');
  });

  it('lets a page style the parts with ::part()', async () => {
    const remove = pageStyle('news-list::part(title) { text-transform: uppercase; } news-list::part(date) { color: rgb(1, 2, 3); }');
    const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
    await settled(el);
    expect(getComputedStyle($(el, '[part="title"]')!).textTransform).to.equal('uppercase');
    expect(getComputedStyle($(el, '[part="date"]')!).color).to.equal('rgb(1, 2, 3)');
    remove();
  });

  it('inherits the page’s font and text colour', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><news-list src=${FEED}></news-list></div>`);
    const el = wrapper.firstElementChild as NewsList;
    await settled(el);
    const summary = getComputedStyle($(el, '[part="summary"]')!);
    expect(summary.fontFamily).to.equal('Georgia, serif');
    expect(summary.color).to.equal('rgb(10, 20, 30)');
  });

  it('keeps page styles out, and its own styles in', async () => {
    const remove = pageStyle(`
      .old-portal { text-align: justify; text-indent: 2em; letter-spacing: 3px; }
      .old-portal a, a { color: rgb(0, 128, 0) !important; text-decoration: underline; }
      p, .title, .card { margin: 40px; border: 5px solid red; }
    `);
    const wrapper = await fixture(html`<div class="old-portal"><news-list src=${FEED}></news-list><p class="after">page text</p></div>`);
    const el = wrapper.firstElementChild as NewsList;
    await settled(el);
    const summary = getComputedStyle($(el, '[part="summary"]')!);
    expect(summary.textAlign).to.equal('start');
    expect(summary.textIndent).to.equal('0px');
    expect(summary.letterSpacing).to.equal('normal');
    expect(getComputedStyle($(el, '[part="title"]')!).marginTop).to.equal('0px');
    expect(getComputedStyle($(el, '[part="link"]')!).color).not.to.equal('rgb(0, 128, 0)');
    // And nothing of ours leaks out: the page's paragraph keeps the page's styles.
    expect(getComputedStyle(wrapper.querySelector('.after')!).marginTop).to.equal('40px');
    remove();
  });

  it('shows a visible focus ring on links and buttons', async () => {
    const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
    await settled(el);
    const link = $<HTMLAnchorElement>(el, '[part="link"]')!;
    link.focus();
    expect(link.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
    expect(style.outlineColor).to.equal('rgb(11, 87, 208)');

    const broken = await fixture<NewsList>(html`<news-list src=${fixtureUrl('missing.json')}></news-list>`);
    await settled(broken);
    const button = $<HTMLButtonElement>(broken, '[part="button"]')!;
    button.focus();
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
  });

  it('takes --news-focus-ring from the page', async () => {
    const remove = pageStyle(':root { --news-focus-ring: 3px dashed rgb(255, 0, 0); }');
    const el = await fixture<NewsList>(html`<news-list src=${FEED}></news-list>`);
    await settled(el);
    const link = $<HTMLAnchorElement>(el, '[part="link"]')!;
    link.focus();
    expect(getComputedStyle(link).outlineStyle).to.equal('dashed');
    remove();
  });
});
