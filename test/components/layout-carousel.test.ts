import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { $, $$, settled } from '../helpers.js';
import { describeStates, expectNoSidewaysScroll, listIn } from './layout-states.js';

describeStates('carousel', '.carousel');

const row = (el: Element) => $(el, '.list.carousel')!;
const step = (el: Element, kind: string) => $<HTMLButtonElement>(el, `button.carousel-step.${kind}`)!;

describe('<news-list layout="carousel">', () => {
  it('shows a card at about 80% of the width at 390 px, the next one peeking in, without sideways scroll of the page', async () => {
    const el = await listIn(390, 'layout="carousel" limit="6"');
    const first = $$(el, '[part="item"]')[0].getBoundingClientRect();
    expect(first.width / row(el).clientWidth).to.be.closeTo(0.8, 0.05);
    expect($$(el, '[part="card"]')[0].classList.contains('vertical')).to.equal(true);
    expectNoSidewaysScroll(el);
  });

  it('shows three cards at 1280 px', async () => {
    const el = await listIn(1280, 'layout="carousel" limit="6"');
    const box = row(el).getBoundingClientRect();
    const inView = $$(el, '[part="item"]').filter((item) => item.getBoundingClientRect().right <= box.right + 1);
    expect(inView).to.have.length(3);
  });

  it('has a focusable, labelled row and labelled previous and next buttons, "previous" off at the start', async () => {
    const el = await listIn(800, 'layout="carousel" limit="6" lang="vi"');
    expect(row(el).tabIndex).to.equal(0);
    expect(row(el).getAttribute('aria-label')).to.equal('Tin tức');
    expect(step(el, 'previous').getAttribute('aria-label')).to.equal('Tin trước');
    expect(step(el, 'next').getAttribute('aria-label')).to.equal('Tin sau');
    expect(step(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
    expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('false');
    const size = step(el, 'next').getBoundingClientRect();
    expect(size.width).to.be.at.least(24);
    expect(size.height).to.be.at.least(24);
    // Each card's link in the tab order.
    for (const link of $$(el, '[part="link"]')) expect(link.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('scrolls by a click on next, then previous; each button off at its end', async () => {
    const el = await listIn(800, 'layout="carousel" limit="4"');
    step(el, 'next').click();
    await waitUntil(() => row(el).scrollLeft > 0, 'next did not scroll');
    await waitUntil(() => step(el, 'previous').getAttribute('aria-disabled') === 'false', 'previous stayed off');
    // To the end.
    for (let i = 0; i < 5; i++) step(el, 'next').click();
    await waitUntil(() => step(el, 'next').getAttribute('aria-disabled') === 'true', 'next stayed on at the end');
    const end = row(el).scrollLeft;
    step(el, 'next').click();
    expect(row(el).scrollLeft).to.equal(end);
    step(el, 'previous').click();
    await waitUntil(() => row(el).scrollLeft < end, 'previous did not scroll');
    await expect(el).to.be.accessible();
  });

  it('with nothing to scroll, both buttons are off', async () => {
    const el = await listIn(1280, 'layout="carousel" limit="2"');
    expect(step(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
    expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('true');
  });

  it('scrolls the other way in RTL, where next goes to the left', async () => {
    const el = await listIn(800, 'layout="carousel" limit="6" dir="rtl"');
    const first = $$(el, '[part="item"]')[0].getBoundingClientRect();
    expect(first.right).to.be.closeTo(row(el).getBoundingClientRect().right - 4, 2);
    step(el, 'next').click();
    await waitUntil(() => row(el).scrollLeft < 0, 'next did not scroll to the left');
    await waitUntil(() => step(el, 'previous').getAttribute('aria-disabled') === 'false', 'previous stayed off');
  });

  it('pages with pagination="more": the next page joins the row', async () => {
    const el = await listIn(800, 'layout="carousel" pagination="more" page-size="4"');
    expect($$(el, '[part="item"]')).to.have.length(4);
    $<HTMLButtonElement>(el, '.more')!.click();
    await el.updateComplete;
    expect($$(el, '.list.carousel [part="item"]')).to.have.length(8);
  });

  it('the buttons follow a new width of the row: wide, then narrow, then wide again', async () => {
    const el = await listIn(1280, 'layout="carousel" limit="3"');
    expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('true');
    el.parentElement!.style.width = '390px';
    await waitUntil(() => step(el, 'next').getAttribute('aria-disabled') === 'false', 'next stayed off in the narrow row');
    el.parentElement!.style.width = '1280px';
    await waitUntil(() => step(el, 'next').getAttribute('aria-disabled') === 'true', 'next stayed on in the wide row');
  });

  it('the buttons follow the row once it is shown, after it was hidden', async () => {
    const el = await listIn(800, 'layout="carousel" limit="6"', undefined, 'display: none');
    expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('true');
    el.parentElement!.style.display = '';
    await waitUntil(() => step(el, 'next').getAttribute('aria-disabled') === 'false', 'next stayed off once shown');
    expect(step(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
  });

  it("sets its buttons without a second render of the list", async () => {
    const el = await listIn(1280, 'layout="carousel" limit="3"');
    expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('true');
    let renders = 0;
    const update = (el as unknown as { update(changed: unknown): void }).update;
    (el as unknown as { update(changed: unknown): void }).update = function (this: unknown, changed: unknown) {
      renders++;
      update.call(this, changed);
    };
    // More cards than the row shows: "next" comes on.
    el.setAttribute('limit', '6');
    await settled(el);
    await nextFrame();
    expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('false');
    expect(renders).to.equal(1);
  });

  it("leaves the pager's own buttons alone: \"Trang sau\" on one line", async () => {
    const el = await listIn(800, 'layout="carousel" pagination="pages" page-size="3" lang="vi"');
    const next = $$(el, '[part="pagination"] .page.step').at(-1)!;
    expect(next.textContent!.trim()).to.equal('Trang sau');
    expect(next.getBoundingClientRect().width).to.be.greaterThan(3 * parseFloat(getComputedStyle(next).fontSize));
    const words = document.createRange();
    words.selectNodeContents(next);
    const lines = new Set([...words.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    expect(lines.size, 'more than one line').to.equal(1);
    expect(getComputedStyle(next).borderRadius).not.to.equal('50%');
  });
});
