import { expect } from '@open-wc/testing';
import { adaptPayload } from '../../src/data/parse.js';

// A page of its own (each test file is): nothing here has loaded the other formats yet.
describe('a page on JSON Feed', () => {
  it('never loads the code of the other formats', async () => {
    const formats = () => performance.getEntriesByType('resource').filter((entry) => /adapters\/(formats|wordpress|liferay|rss|atom)/.test(entry.name));
    expect((await adaptPayload({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'A' }] })).format).to.equal('json-feed');
    expect((await adaptPayload([{ id: 'a', title: 'A' }])).format).to.equal('json-feed');
    expect((await adaptPayload({ id: 'a', title: 'One item' })).format).to.equal('json-feed');
    expect(formats()).to.deep.equal([]);
    // And a WordPress payload does load them.
    expect((await adaptPayload([{ id: 1, title: { rendered: 'A' } }])).format).to.equal('wordpress');
    expect(formats().length).to.be.greaterThan(0);
  });
});
