import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, fetchSpies, FORBIDDEN_WORDS, shownText } from '../helpers.js';
import { describeStates, expectNoSidewaysScroll, expectSameHeight, listIn } from './layout-states.js';

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

  it('pauses under the pointer', async () => {
    const el = await listIn(800, 'layout="ticker" limit="3"');
    $(el, '.ticker')!.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(playState(el)).to.equal('paused');
    $(el, '.ticker')!.dispatchEvent(new MouseEvent('mouseleave'));
    await el.updateComplete;
    expect(playState(el)).to.equal('running');
  });

  it('pauses while focus is in it (a headline, the button)', async () => {
    const el = await listIn(800, 'layout="ticker" limit="3"');
    $(el, '[part="list"] a')!.focus();
    expect(playState(el)).to.equal('paused');
    $(el, 'button[part="button"]')!.focus();
    expect(playState(el)).to.equal('paused');
    $(el, 'button[part="button"]')!.blur();
    expect(playState(el)).to.equal('running');
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
