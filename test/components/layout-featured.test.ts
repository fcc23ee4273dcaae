import { expect } from '@open-wc/testing';
import { $, $$ } from '../helpers.js';
import { describeStates, expectNoSidewaysScroll, listIn } from './layout-states.js';

describeStates('featured', '.list.featured');

describe('<news-list layout="featured">', () => {
  const boxOf = (el: Element, i: number) => $$(el, '[part="item"]')[i].getBoundingClientRect();

  it('shows the first article large, with its image and summary, and the next ones beside it on a wide screen', async () => {
    const el = await listIn(1280, 'layout="featured" limit="5"');
    const items = $$(el, '[part="item"]');
    expect(items).to.have.length(5);
    const lead = items[0].querySelector('[part="card"]')!;
    expect(lead.classList.contains('vertical')).to.equal(true);
    expect(lead.querySelector('[part="image"]')).to.exist;
    expect(lead.querySelector('[part="summary"]')).to.exist;
    for (const item of items.slice(1)) expect(item.querySelector('[part="card"]')!.classList.contains('horizontal')).to.equal(true);
    const leadTitle = parseFloat(getComputedStyle(lead.querySelector('[part="title"]')!).fontSize);
    const sideTitle = parseFloat(getComputedStyle(items[1].querySelector('[part="title"]')!).fontSize);
    expect(leadTitle).to.be.greaterThan(sideTitle);
    // Beside: the others start to the lead's end, from its top.
    expect(boxOf(el, 1).left).to.be.at.least(boxOf(el, 0).right);
    expect(boxOf(el, 1).top).to.be.closeTo(boxOf(el, 0).top, 1);
    expect(boxOf(el, 0).width).to.be.greaterThan(boxOf(el, 1).width);
    expectNoSidewaysScroll(el);
  });

  it('leaves no blank room under the lead where the cards beside it stand taller: its image grows, never below its shape', async () => {
    const el = await listIn(1280, 'layout="featured" limit="5"');
    const lead = $(el, '.lead [part="card"]')!.getBoundingClientRect();
    const last = boxOf(el, 4);
    expect(last.bottom, 'the side column is the taller one here').to.be.greaterThan(lead.top + 10);
    expect(lead.bottom).to.be.closeTo(last.bottom, 1);
    const media = $(el, '.lead .media')!.getBoundingClientRect();
    expect(media.height).to.be.at.least(media.width * (9 / 16) - 1);
  });

  it('puts them below it on a narrow screen, without sideways scroll', async () => {
    const el = await listIn(390, 'layout="featured" limit="5"');
    expect(boxOf(el, 1).top).to.be.at.least(boxOf(el, 0).bottom);
    expect(boxOf(el, 1).left).to.be.closeTo(boxOf(el, 0).left, 1);
    expectNoSidewaysScroll(el);
  });

  it('mirrors in RTL: the lead on the right', async () => {
    const el = await listIn(1280, 'layout="featured" limit="3" dir="rtl"');
    expect(boxOf(el, 1).right).to.be.at.most(boxOf(el, 0).left);
  });

  it('pages (pagination="pages"): each page a featured block of its own', async () => {
    const el = await listIn(1280, 'layout="featured" pagination="pages" page-size="4"');
    expect($$(el, '[part="item"]')).to.have.length(4);
    ($$(el, '[part="pagination"] .page').find((b) => b.textContent!.trim() === '2') as HTMLElement).click();
    await el.updateComplete;
    const items = $$(el, '[part="item"]');
    expect(items[0].textContent).to.contain('Tin số 5');
    expect(items[0].classList.contains('lead')).to.equal(true);
    expect($(el, '.list.featured')).to.exist;
  });
});
