import { expect } from '@open-wc/testing';
import { adaptPayload, parseFeed } from '../../src/data/parse.js';
import { newsErrorOf } from '../helpers.js';

describe('parseFeed', () => {
  const src = 'https://portal.example/feed.json';

  it('reads JSON with a byte-order mark and surrounding whitespace', async () => {
    expect((await parseFeed('\uFEFF  {"items":[{"id":"a","title":"A"}]} \n', 'application/feed+json', src)).items).to.have.length(1);
  });

  it('names an HTML page, such as a login or error page served with 200', async () => {
    const error = await newsErrorOf(parseFeed('<!DOCTYPE html><html><body>Login</body></html>', 'text/html; charset=utf-8', src));
    expect(error.code).to.equal('parse');
    expect(error.message).to.contain(src).and.to.contain('HTML page').and.to.contain('text/html');
  });

  it('names XML that is not a feed by its root element', async () => {
    expect((await newsErrorOf(parseFeed('<?xml version="1.0"?><rss/>', 'application/rss+xml', src))).message).to.contain('XML whose root is <rss>');
  });

  it('reports truncated JSON and empty bodies', async () => {
    expect((await newsErrorOf(parseFeed('{"items": [ {"id": "a"', 'application/json', src))).message).to.contain('invalid JSON');
    expect((await newsErrorOf(parseFeed('   ', null, src))).message).to.contain('empty response');
  });

  it('reports JSON of the wrong shape as a format error', async () => {
    const error = await newsErrorOf(parseFeed('{"posts": []}', 'application/json', src));
    expect(error.code).to.equal('format');
    expect(error.message).to.contain('posts');
    expect((await newsErrorOf(adaptPayload(null))).code).to.equal('format');
  });
});
