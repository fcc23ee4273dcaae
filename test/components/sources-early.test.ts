import { expect, fixture, html } from '@open-wc/testing';
import { loadEarly } from '../../src/components/early-load.js';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { fetchSpies, fixtureUrl, settled } from '../helpers.js';

/**
 * The script-tag entry's early loads (loadEarly) with a `src` of several URLs: each starts at once, and is the
 * request the element then makes. A tag not defined yet stands for an element the entry has not defined.
 */
const MINISTRY = fixtureUrl('sources/ministry.json');
const SCHOOL = fixtureUrl('sources/school.json');

describe('early loads of several sources', () => {
  const spy = fetchSpies();

  it('start each URL of a src list, and the element then asks for none again', async () => {
    const { calls } = spy();
    await fixture(html`<div><early-sources-list src="  ${MINISTRY}   ${SCHOOL} "></early-sources-list></div>`);
    loadEarly(['early-sources-list']);
    expect(calls.map((call) => call.url)).to.deep.equal([MINISTRY, SCHOOL]);
    const el = await fixture<NewsList>(html`<news-list src="${MINISTRY} ${SCHOOL}"></news-list>`);
    await settled(el);
    expect(calls).to.have.length(2);
    expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(6);
  });

  it('skip a lazy element: it waits to come near', async () => {
    const { calls } = spy();
    await fixture(html`<div><early-sources-list loading="lazy" src="${MINISTRY} ${SCHOOL}"></early-sources-list></div>`);
    loadEarly(['early-sources-list']);
    expect(calls).to.have.length(0);
  });
});
