import { expect } from '@open-wc/testing';
import { NewsError } from '../../src/data/errors.js';
import { adaptPayload, parseFeed } from '../../src/data/parse.js';

async function failure(run: () => Promise<unknown>): Promise<NewsError> {
  try {
    await run();
  } catch (error) {
    expect(error).to.be.instanceOf(NewsError);
    return error as NewsError;
  }
  throw new Error('expected a NewsError');
}

describe('parseFeed', () => {
  const src = 'https://portal.example/feed.json';

  it('reads JSON with a byte-order mark and surrounding whitespace', async () => {
    expect((await parseFeed('\uFEFF  {"items":[{"id":"a","title":"A"}]} \n', 'application/feed+json', src)).items).to.have.length(1);
  });

  it('names an HTML page, such as a login or error page served with 200', async () => {
    const error = await failure(() => parseFeed('<!DOCTYPE html><html><body>Login</body></html>', 'text/html; charset=utf-8', src));
    expect(error.code).to.equal('parse');
    expect(error.message).to.contain(src).and.to.contain('HTML page').and.to.contain('text/html');
  });

  it('names XML that is not a feed by its root element', async () => {
    expect((await failure(() => parseFeed('<?xml version="1.0"?><rss/>', 'application/rss+xml', src))).message).to.contain('XML whose root is <rss>');
  });

  it('reports truncated JSON and empty bodies', async () => {
    expect((await failure(() => parseFeed('{"items": [ {"id": "a"', 'application/json', src))).message).to.contain('invalid JSON');
    expect((await failure(() => parseFeed('   ', null, src))).message).to.contain('empty response');
  });

  it('reports JSON of the wrong shape as a format error', async () => {
    const error = await failure(() => parseFeed('{"posts": []}', 'application/json', src));
    expect(error.code).to.equal('format');
    expect(error.message).to.contain('posts');
    expect((await failure(() => adaptPayload(null))).code).to.equal('format');
  });
});
