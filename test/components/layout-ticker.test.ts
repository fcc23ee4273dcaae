import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { $, $$, fetchSpies, FORBIDDEN_WORDS, hangingFetch, shownText } from '../helpers.js';
import { describeStates, expectNoSidewaysScroll, expectSameHeight, listIn, STORIES } from './layout-states.js';

describeStates('ticker', '.ticker.skeleton');

const playState = (el: Element) => getComputedStyle($(el, '.track')!).animationPlayState;

describe('<news-list layout="ticker">', () => {
  const spy = fetchSpies();
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('runs one line of headline links, in a labelled region, with a labelled pause button', async () => {
    const el = await listIn(800, 'layout="ticker" limit="4" lang="vi"');
    const region = $(el, 'section.ticker')!;
    expect(region.getAttribute('aria-label')).to.equal('Tin mới');
    const links = $$<HTMLAnchorElement>(el, '[part="list"] a[part="link"]');
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Tin số 1', 'Tin số 2', 'Tin số 3', 'Tin số 4'].map((t) => `${t}: Ủy ban nhân dân tỉnh họp bàn kế hoạch phát triển kinh tế xã hội năm 2025`));
    expect(links[0].href).to.equal('https://tinh.example.gov.vn/tin/1');
    // One line, moving.
    const track = $(el, '.track')!;
    expect(getComputedStyle(track).animationName).to.equal('news-ticker');
    expect(playState(el)).to.equal('running');
    expect(parseFloat(getComputedStyle(track).animationDuration)).to.be.greaterThan(10);
    const line = $(el, '[part="list"]')!;
    expect(line.getBoundingClientRect().height).to.be.lessThan(40);
    const button = $<HTMLButtonElement>(el, 'button[part="button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Tạm dừng');
    expect(button.getBoundingClientRect().width).to.be.at.least(24);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    expect(shownText(el)).not.to.match(FORBIDDEN_WORDS);
    expectNoSidewaysScroll(el);
    await expect(el).to.be.accessible();
  });

  it("hides the loop's copy from assistive technology, and nothing in it can take focus", async () => {
    const el = await listIn(800, 'layout="ticker" limit="4"');
    const copy = $(el, '.copy')!;
    expect(copy.getAttribute('aria-hidden')).to.equal('true');
    expect(copy.inert).to.equal(true);
    expect(copy.hasAttribute('part')).to.equal(false);
    for (const link of copy.querySelectorAll<HTMLElement>('a')) {
      link.focus();
      expect(el.shadowRoot!.activeElement).not.to.equal(link);
    }
    // The copy looks the same (its parts are the same), and is one of the two lines of the loop.
    expect($$(el, '[part="link"]')).to.have.length(8);
    expect($$(el, '[part="link"]:not(.copy *)')).to.have.length(4);
  });

  it('pauses and plays by its button, which says what it will do', async () => {
    const el = await listIn(800, 'layout="ticker" limit="3"');
    const button = $<HTMLButtonElement>(el, 'button[part="button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Pause');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Play');
    expect(playState(el)).to.equal('paused');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Pause');
    expect(playState(el)).to.equal('running');
  });

  it('pauses under the pointer on the moving line', async () => {
    const el = await listIn(800, 'layout="ticker" limit="3"');
    $(el, '.viewport')!.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(playState(el)).to.equal('paused');
    $(el, '.viewport')!.dispatchEvent(new MouseEvent('mouseleave'));
    await el.updateComplete;
    expect(playState(el)).to.equal('running');
  });

  it('plays at a press on "play", though the pointer and focus are on the button (mouse, keyboard)', async () => {
    const el = await listIn(800, 'layout="ticker" limit="3" lang="vi"');
    const button = $<HTMLButtonElement>(el, 'button[part="button"]')!;
    // The pointer comes to the button over the region, and presses it: paused, then playing.
    $(el, '.ticker')!.dispatchEvent(new MouseEvent('mouseenter'));
    button.dispatchEvent(new MouseEvent('mouseenter'));
    button.focus();
    button.click();
    await el.updateComplete;
    expect(playState(el)).to.equal('paused');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Tạm dừng');
    expect(playState(el)).to.equal('running');
    // The keyboard: focus stays on "Chạy tiếp", and Enter (a click on a button) starts it again.
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Chạy tiếp');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(playState(el)).to.equal('running');
  });

  it('stands still while a headline has focus, and the button does not hold it', async () => {
    const el = await listIn(800, 'layout="ticker" limit="3"');
    $(el, '[part="list"] a')!.focus();
    expect(getComputedStyle($(el, '.track')!).animationName).to.equal('none');
    $(el, 'button[part="button"]')!.focus();
    expect(playState(el)).to.equal('running');
    expect(getComputedStyle($(el, '.track')!).animationName).to.equal('news-ticker');
    $(el, 'button[part="button"]')!.blur();
    expect(playState(el)).to.equal('running');
  });

  for (const [width, dir] of [
    [800, 'ltr'],
    [800, 'rtl'],
    [390, 'ltr'],
    [390, 'rtl'],
  ] as const)
    it(`shows a focused headline, wherever the line was: whole where it fits, else from its start (${width} px, ${dir})`, async () => {
      const el = await listIn(width, `layout="ticker" limit="4" dir="${dir}"`);
      const track = $(el, '.track')!;
      // Half way through the loop, where the third link is out of sight.
      for (const animation of track.getAnimations()) animation.currentTime = (animation.effect!.getComputedTiming().duration as number) / 2;
      const links = $$<HTMLAnchorElement>(el, '[part="list"]:not(.copy) a');
      for (const link of [links[2], links[0], links[3]]) {
        link.focus();
        await nextFrame();
        const viewport = $(el, '.viewport')!.getBoundingClientRect();
        const box = link.getBoundingClientRect();
        const fits = box.width <= viewport.width - 8;
        if (fits || dir === 'ltr') expect(box.left, 'cut off on the left').to.be.at.least(viewport.left);
        if (fits || dir === 'rtl') expect(box.right, 'cut off on the right').to.be.at.most(viewport.right);
        expect(box.top).to.be.at.least(viewport.top);
        expect(box.bottom).to.be.at.most(viewport.bottom);
      }
      expect(links[2].getBoundingClientRect().width < $(el, '.viewport')!.clientWidth).to.equal(width > 390);
      // Focus leaves: the line back at its start, moving.
      links[3].blur();
      expect($(el, '.viewport')!.scrollLeft).to.equal(0);
      expect(getComputedStyle(track).animationName).to.match(/^news-ticker/);
    });

  it('gives each headline link a target 24 px tall at least, the line staying one line', async () => {
    const el = await listIn(800, 'layout="ticker" limit="4"');
    for (const link of $$(el, '[part="list"] a')) expect(link.getBoundingClientRect().height).to.be.at.least(24);
    expect($(el, '[part="list"]')!.getBoundingClientRect().height).to.be.lessThan(40);
  });

  it("once the list leaves the ticker, its cards' skeleton bones are the cards' own, full width", async () => {
    spy((_, init) => hangingFetch(init));
    const el = await fixture<NewsList>(html`<news-list src=${STORIES} layout="ticker"></news-list>`);
    await waitUntil(() => $(el, '[aria-busy="true"] .ticker.skeleton'), 'no skeleton of the ticker');
    el.setAttribute('layout', 'list');
    await waitUntil(() => !$(el, '.ticker') && $(el, '[aria-busy="true"] .bone'), "no skeleton of the list's cards");
    const bones = $$(el, '.bone:not(.short)');
    expect(bones.length).to.be.greaterThan(0);
    for (const bone of bones) expect(bone.getBoundingClientRect().width).to.be.closeTo(bone.parentElement!.clientWidth, 1);
  });

  it('moves the other way in RTL', async () => {
    const el = await listIn(800, 'layout="ticker" limit="3" dir="rtl"');
    expect(getComputedStyle($(el, '.track')!).animationName).to.equal('news-ticker-rtl');
  });

  it('ignores pagination', async () => {
    const el = await listIn(800, 'layout="ticker" limit="3" pagination="pages" page-size="2"');
    expect($$(el, '[part="list"]:not(.copy) [part="link"]')).to.have.length(3);
    expect($(el, '[part="pagination"]')).to.equal(null);
  });

  describe('under prefers-reduced-motion: reduce', () => {
    beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));

    it('nothing moves: the headlines stand still, one a line, with no copy and no button', async () => {
      const el = await listIn(390, 'layout="ticker" limit="3"');
      expect($(el, '.copy')).to.equal(null);
      expect($(el, 'button')).to.equal(null);
      expect(getComputedStyle($(el, '.track')!).animationName).to.equal('none');
      const items = $$(el, '[part="item"]');
      expect(items).to.have.length(3);
      expect(items[1].getBoundingClientRect().top).to.be.at.least(items[0].getBoundingClientRect().bottom - 0.5);
      expectNoSidewaysScroll(el);
      await expect(el).to.be.accessible();
    });

    it('a change of the setting is followed at once', async () => {
      const el = await listIn(800, 'layout="ticker" limit="3"');
      expect($(el, '.copy')).to.equal(null);
      await emulateMedia({ reducedMotion: 'no-preference' });
      await waitUntil(() => $(el, '.copy'), 'the ticker did not start moving');
      expect(getComputedStyle($(el, '.track')!).animationName).to.equal('news-ticker');
    });

    for (const width of [390, 1280])
      it(`keeps its height from the skeleton to the headlines, ${width} px`, async () => {
        await expectSameHeight(spy, width, 'layout="ticker" limit="4"', '.ticker.skeleton.still');
      });
  });
});
