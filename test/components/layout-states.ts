/** Shared checks of the layouts that are parts of their own (featured, ticker, carousel): each state, with axe, and no shift. */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, fetchSpies, FORBIDDEN_WORDS, fixtureUrl, hangingFetch, settled, shownText } from '../helpers.js';

export const STORIES = fixtureUrl('layouts/stories.json');
/** The browser's own fetch, before any test spies on it. */
const realFetch = window.fetch.bind(window);

/** A list of `layout` in a box `width` px wide (`style`: more of the box's style, `display: none`). */
export async function listIn(width: number, attrs: string, src = STORIES, style = ''): Promise<NewsList> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px; ${style}"></div>`);
  box.innerHTML = `<news-list src="${src}" ${attrs}></news-list>`;
  const el = box.firstElementChild as NewsList;
  await settled(el);
  return el;
}

/** No sideways scroll: nothing in the list is wider than it. */
export function expectNoSidewaysScroll(el: HTMLElement): void {
  const box = el.parentElement!;
  expect(box.scrollWidth, 'the page scrolls sideways').to.be.at.most(box.clientWidth);
  expect(el.getBoundingClientRect().width).to.be.at.most(box.clientWidth + 0.5);
}

/** Loading, ready, empty, error: each axe-clean, with no forbidden words; the skeleton takes the final room. */
export function describeStates(layout: string, skeletonSelector: string, extra = ''): void {
  describe(`layout="${layout}": each state`, () => {
    const spy = fetchSpies();

    it('loading: the skeleton of the layout, hidden from assistive technology, axe-clean', async () => {
      spy((_, init) => hangingFetch(init));
      const el = await fixture<NewsList>(html`<news-list src=${STORIES} layout=${layout}></news-list>`);
      await waitUntil(() => $(el, `[aria-busy="true"] ${skeletonSelector}`), 'no skeleton of the layout');
      expect(shownText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('ready: axe-clean, no forbidden words', async () => {
      const el = await listIn(800, `layout="${layout}" ${extra}`);
      expect(shownText(el)).to.contain('Tin số 1');
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      await expect(el).to.be.accessible();
    });

    it('empty: the message, axe-clean', async () => {
      const el = await listIn(800, `layout="${layout}"`, fixtureUrl('empty.json'));
      expect($(el, '[part="status"]')).to.exist;
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      await expect(el).to.be.accessible();
    });

    it('error: the message and its retry, axe-clean', async () => {
      spy(() => Promise.resolve(new Response('no', { status: 500 })));
      const el = await listIn(800, `layout="${layout}"`);
      expect($(el, '[part="status"] [part="button"]')).to.exist;
      expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
      await expect(el).to.be.accessible();
    });

    for (const width of [390, 1280])
      for (const attrs of ['', 'limit="5"', 'show="title date"', 'limit="3" show="image category"'])
        it(`keeps its height from the skeleton to the articles: ${width} px, ${attrs || 'defaults'}`, async () => {
          await expectSameHeight(spy, width, `layout="${layout}" ${attrs}`, skeletonSelector);
        });
  });
}

/** The list's height while its feed is held (its skeleton) equals its height once the articles are there. */
export async function expectSameHeight(spy: ReturnType<typeof fetchSpies>, width: number, attrs: string, skeletonSelector: string): Promise<void> {
  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  spy((input) => (String(input) === STORIES ? held.then(() => realFetch(STORIES)) : undefined));
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  box.innerHTML = `<news-list src="${STORIES}" ${attrs}></news-list>`;
  const el = box.firstElementChild as NewsList;
  await waitUntil(() => $(el, `[aria-busy="true"] ${skeletonSelector}`), 'no skeleton of the layout');
  await nextFrame();
  const loading = el.getBoundingClientRect().height;
  expect(loading).to.be.greaterThan(20);
  answer();
  await settled(el);
  await nextFrame();
  expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 1);
  expectNoSidewaysScroll(el);
}
