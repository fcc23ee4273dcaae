/**
 * The page's first date formatter costs a phone 50–100 ms: it is built while the feed is on its way.
 * A file of its own, as its page must have built no formatter before (a formatter is built once per page).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { NewsList } from '../../src/components/news-list/news-list.js';
import '../../src/news-widgets.js';
import { $, fixtureUrl, hangingFetch, settled, spyFetch } from '../helpers.js';

describe('the first date formatter of a page, while the feed loads', () => {
  it('is built while the feed is on its way, not after it arrives', async () => {
    const spy = spyFetch((_, init) => hangingFetch(init));
    const made = sinon.spy(Intl, 'DateTimeFormat');
    try {
      const el = await fixture<NewsList>(html`<news-list src=${fixtureUrl('many.json')} lang="fr-CA" date-format="short"></news-list>`);
      await waitUntil(() => made.calledWithNew(), 'no date formatter was built while loading');
      expect(made.firstCall.args[0]).to.equal('fr-CA');
      expect($(el, '[aria-busy]')).to.exist;
    } finally {
      made.restore();
      spy.restore();
    }
  });

  it('writes the dates with the first articles once it is built', async () => {
    const el = await fixture<NewsList>(html`<news-list src=${fixtureUrl('feed.json')} lang="vi" date-format="short"></news-list>`);
    await settled(el);
    expect($(el, '.pending')).to.equal(null);
    expect($(el, 'time')!.textContent!.trim()).to.equal('26/03/2022');
  });
});
