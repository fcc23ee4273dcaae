/**
 * The page's first date formatter costs a phone 50–100 ms: a list whose data is at hand paints its titles
 * first and writes its dates a frame later, in the same room. A file of its own, as its page must have
 * built no formatter before (a formatter is built once per page).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, $$, settled } from '../helpers.js';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin',
  items: [1, 2, 3].map((n) => ({
    id: `t${n}`,
    url: `https://example.com/t${n}`,
    title: `Tin số ${n}`,
    summary: 'Tóm tắt.',
    date_published: '2022-03-26T08:00:00+07:00',
    authors: [{ name: 'Minh Sơn' }, { name: 'Ngọc Hân' }],
  })),
};

describe('the first date formatter of a page, with the data at hand', () => {
  it('paints the titles first, then the dates and authors in the same room', async () => {
    // The render that follows the load, in the same task (microtasks only): no frame, no timer between.
    let loaded!: () => void;
    const load = new Promise<void>((resolve) => (loaded = resolve));
    const el = await fixture<NewsList>(
      html`<news-list lang="vi" date-format="long" @news-load=${() => loaded()}><script type="application/json">${JSON.stringify(FEED)}</script></news-list>`,
    );
    await load;
    await el.updateComplete;
    expect($$(el, '[part="title"] a')).to.have.length(3);
    // The titles are on screen; each meta line is held, as tall as it will be, with no text to read.
    const pending = $$(el, '.meta .pending');
    expect(pending).to.have.length(3);
    expect($(el, 'time')).to.equal(null);
    const heights = $$(el, '[part="item"]').map((item) => item.getBoundingClientRect().height);
    await settled(el);
    await nextFrame();
    expect($(el, '.pending')).to.equal(null);
    expect($(el, 'time')!.textContent!.trim()).to.equal('26 tháng 3, 2022');
    expect($(el, '[part="author"]')!.textContent).to.equal('Minh Sơn và Ngọc Hân');
    expect($$(el, '[part="item"]').map((item) => item.getBoundingClientRect().height)).to.deep.equal(heights);
    await expect(el).to.be.accessible();
  });
});
