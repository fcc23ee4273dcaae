import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { NewsCard } from '../../src/components/news-card/news-card.js';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, $$, fetchSpies, fixtureUrl, settled } from '../helpers.js';

/** `loading="lazy"`: nothing is fetched until the element comes within about a screen of the viewport. */
const FEED = fixtureUrl('sources/ministry.json');

/** A few frames: long enough for an IntersectionObserver to have told what it sees (its records come with a frame). */
async function frames(): Promise<void> {
  for (let i = 0; i < 3; i++) await nextFrame();
}

describe('loading="lazy"', () => {
  const spy = fetchSpies();
  afterEach(() => window.scrollTo(0, 0));

  it('below the fold: fetches nothing, shows its skeleton; fetches once scrolled near', async () => {
    const { calls } = spy();
    const wrapper = await fixture(html`<div><div style="height: 400vh"></div><news-list loading="lazy" src=${FEED} limit="3"></news-list></div>`);
    const el = wrapper.querySelector<NewsList>('news-list')!;
    await frames();
    expect(calls).to.have.length(0);
    expect($$(el, '[aria-busy="true"] [part="item"]')).to.have.length(3);
    await expect(el).to.be.accessible();
    // Half a screen below the viewport: near.
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 1.5);
    await waitUntil(() => calls.length === 1, 'not fetched when near');
    await settled(el);
    expect($$(el, '[part="item"]')).to.have.length(3);
    expect(calls.map((call) => call.url)).to.deep.equal([FEED]);
  });

  it('in view: loads at once', async () => {
    const { calls } = spy();
    const el = await fixture<NewsCard>(html`<news-card loading="lazy" src=${FEED}></news-card>`);
    await settled(el);
    expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('Bộ: tin một');
    expect(calls).to.have.length(1);
  });

  it('removed before it comes near: never fetches', async () => {
    const { calls } = spy();
    const wrapper = await fixture(html`<div><div style="height: 400vh"></div><news-list loading="lazy" src=${FEED}></news-list></div>`);
    const el = wrapper.querySelector<NewsList>('news-list')!;
    await frames();
    const top = el.getBoundingClientRect().top + window.scrollY;
    el.remove();
    window.scrollTo(0, top - window.innerHeight / 2);
    await frames();
    expect(calls).to.have.length(0);
  });

  it('once loaded, only its first load waited: refresh() far below the fold asks at once', async () => {
    const { calls } = spy();
    const wrapper = await fixture(html`<div><div></div><news-list loading="lazy" src=${FEED} limit="3"></news-list></div>`);
    const el = wrapper.querySelector<NewsList>('news-list')!;
    await settled(el);
    expect(calls).to.have.length(1);
    // Moved far below the fold (the page's content above it grew).
    (wrapper.firstElementChild as HTMLElement).style.height = '400vh';
    await frames();
    const refreshing = el.refresh();
    await frames();
    expect(calls).to.have.length(2);
    await refreshing;
    const retrying = el.retry();
    await frames();
    expect(calls).to.have.length(3);
    await retrying;
    expect($$(el, '[part="item"]')).to.have.length(3);
  });

  it('removed while it waits: its observer is let go', async () => {
    const observe = sinon.spy(IntersectionObserver.prototype, 'observe');
    const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
    try {
      const { calls } = spy();
      const wrapper = await fixture(html`<div><div style="height: 400vh"></div><news-list loading="lazy" src=${FEED}></news-list></div>`);
      const el = wrapper.querySelector<NewsList>('news-list')!;
      await frames();
      const watching = observe.getCalls().filter((call) => call.args[0] === el).map((call) => call.thisValue as IntersectionObserver);
      expect(watching).to.have.length(1);
      expect(disconnect.calledOn(watching[0])).to.equal(false);
      el.remove();
      expect(disconnect.calledOn(watching[0])).to.equal(true);
      await frames();
      expect(calls).to.have.length(0);
    } finally {
      observe.restore();
      disconnect.restore();
    }
  });

  it('a new load while it waits lets the first wait go: one observer at a time', async () => {
    const observe = sinon.spy(IntersectionObserver.prototype, 'observe');
    const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
    try {
      const { calls } = spy();
      const wrapper = await fixture(html`<div><div style="height: 400vh"></div><news-list loading="lazy" src=${FEED}></news-list></div>`);
      const el = wrapper.querySelector<NewsList>('news-list')!;
      await frames();
      // Nothing shown yet: a retry waits as the first load did, in its place.
      void el.retry();
      await frames();
      const watching = observe.getCalls().filter((call) => call.args[0] === el).map((call) => call.thisValue as IntersectionObserver);
      expect(watching).to.have.length(2);
      expect(disconnect.calledOn(watching[0])).to.equal(true);
      expect(disconnect.calledOn(watching[1])).to.equal(false);
      expect(calls).to.have.length(0);
      el.remove();
      expect(disconnect.calledOn(watching[1])).to.equal(true);
    } finally {
      observe.restore();
      disconnect.restore();
    }
  });

  it('made eager while it waits: loads at once', async () => {
    const { calls } = spy();
    const wrapper = await fixture(html`<div><div style="height: 400vh"></div><news-list loading="lazy" src=${FEED}></news-list></div>`);
    const el = wrapper.querySelector<NewsList>('news-list')!;
    await frames();
    expect(calls).to.have.length(0);
    el.setAttribute('loading', 'eager');
    await settled(el);
    expect(calls).to.have.length(1);
  });
});
