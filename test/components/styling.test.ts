import { expect, fixture, html } from '@open-wc/testing';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, contrast, fixtureUrl, resetCache, rgba, settled } from '../helpers.js';

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
    // The accent is a blue mixed with the page's text colour: blue, and readable on the page's white.
    const [r, g, b] = rgba(getComputedStyle($(el, '[part="category"]')!).color);
    expect(b).to.be.greaterThan(r + 40).and.greaterThan(g);
    expect(contrast(getComputedStyle($(el, '[part="category"]')!).color, 'white')).to.be.at.least(4.5);
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
    // Drawn around the card, the link's click target: the title's clamp would cut it on the link.
    const style = getComputedStyle(link.closest('[part="card"]')!);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
    expect(style.outlineColor).to.equal(getComputedStyle($(el, '[part="category"]')!).color);

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
    expect(getComputedStyle(link.closest('[part="card"]')!).outlineStyle).to.equal('dashed');
    remove();
  });

  it("sizes everything from the text where it stands, not the root's (Bootstrap 3's html { font-size: 10px })", async () => {
    const remove = pageStyle('html { font-size: 10px !important; }');
    const wrapper = await fixture(html`<div style="font-size: 14px"><news-list src=${FEED} layout="grid"></news-list><news-list src=${FEED} layout="compact"></news-list></div>`);
    const [grid, compact] = [...wrapper.children] as NewsList[];
    await settled(grid);
    await settled(compact);
    const size = (el: NewsList, part: string) => parseFloat(getComputedStyle($(el, `[part="${part}"]`)!).fontSize);
    expect(size(grid, 'title')).to.equal(14 * 1.125);
    expect(size(grid, 'summary')).to.equal(14 * 0.9375);
    expect(size(grid, 'date')).to.be.closeTo(14 * 0.8125, 0.01);
    expect(size(grid, 'category')).to.equal(14 * 0.75);
    expect(size(compact, 'title')).to.equal(14);
    // One property scales a widget; the title size acts in every layout, the compact one too.
    (wrapper as HTMLElement).style.setProperty('--news-font-size', '20px');
    (wrapper as HTMLElement).style.setProperty('--news-title-font-size', '1.5em');
    expect(size(grid, 'summary')).to.equal(20 * 0.9375);
    expect(size(grid, 'title')).to.equal(30);
    expect(size(compact, 'title')).to.equal(30);
    remove();
  });

  it('leaves room above a title line for stacked Vietnamese marks (Ễ, Ẫ): line height 1.5', async () => {
    const el = await fixture<NewsList>(html`<news-list .articles=${[{ id: 'a', title: 'HỘI THI GIẢNG VIÊN DẠY GIỎI ỄỄ ẪẪ ỮỮ' }]}></news-list>`);
    await settled(el);
    const title = getComputedStyle($(el, '[part="title"]')!);
    expect(parseFloat(title.lineHeight) / parseFloat(title.fontSize)).to.be.at.least(1.5);
  });

  it('writes the retry label in --news-color-on-accent, by default black or white, whichever reads on the accent', async () => {
    const url = fixtureUrl('missing.json');
    for (const [accent, label] of [
      ['rgb(164, 22, 26)', 'rgb(255, 255, 255)'],
      ['rgb(255, 214, 0)', 'rgb(0, 0, 0)'],
    ]) {
      const el = await fixture<NewsList>(html`<news-list src=${url} style="--news-color-accent: ${accent}"></news-list>`);
      await settled(el);
      const button = $(el, '[part="button"]')!;
      expect(getComputedStyle(button).backgroundColor).to.equal(accent);
      expect(rgba(getComputedStyle(button.querySelector('span')!).color).slice(0, 3).join()).to.equal(label.slice(4, -1).replaceAll(' ', ''));
    }
    const el = await fixture<NewsList>(html`<news-list src=${url} style="--news-color-on-accent: rgb(1, 2, 3)"></news-list>`);
    await settled(el);
    expect(getComputedStyle($(el, '[part="button"] span')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('reads on a dark page: text, categories, dates and the retry button pass axe', async () => {
    const wrapper = await fixture(html`<div style="background: rgb(27, 29, 33); color: rgb(228, 230, 235); padding: 8px">
      <news-list src=${FEED} layout="grid"></news-list><news-list src=${fixtureUrl('missing.json')}></news-list>
    </div>`);
    for (const el of wrapper.children) await settled(el as NewsList);
    for (const el of wrapper.children) await expect(el).to.be.accessible();
    const category = getComputedStyle($(wrapper.children[0], '[part="category"]')!).color;
    expect(contrast(category, 'rgb(27, 29, 33)')).to.be.at.least(4.5);
  });
});
