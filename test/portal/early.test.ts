import { expect, waitUntil } from '@open-wc/testing';

/**
 * The script-tag entry starts the feeds of the elements already in the page
 * before it defines them, shares each with its elements (one request), and
 * uses a feed the page preloaded with `<link rel="preload" as="fetch" crossorigin>`.
 */
interface EarlyWindow extends Window {
  __feed: string;
  __defined: Record<string, number>;
}

async function open(query: string): Promise<{ frame: HTMLIFrameElement; win: EarlyWindow }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/portal/early.html?run=${Math.random().toString(36).slice(2)}${query}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('news-list')?.shadowRoot?.querySelector('[part="item"] [part="link"]'), 'the list did not render', {
    timeout: 10000,
  });
  await waitUntil(() => frame.contentDocument?.querySelector('news-card')?.shadowRoot?.querySelector('[part="link"]'), 'the card did not render');
  return { frame, win: frame.contentWindow as EarlyWindow };
}

/** How many times the test server was asked for `url` (on either origin). */
const requests = async (url: string): Promise<number> => Number(await (await fetch(`/test/count?url=${encodeURIComponent(new URL(url).pathname + new URL(url).search)}`)).text());

describe('loads that start early', () => {
  it('asks for the feeds of the elements in the page before defining them, once for both', async () => {
    const { frame, win } = await open('');
    const [entry] = win.performance.getEntriesByName(win.__feed) as PerformanceResourceTiming[];
    expect(entry, 'the feed was fetched').to.exist;
    expect(entry.startTime).to.be.below(win.__defined['news-list']);
    expect(entry.startTime).to.be.below(win.__defined['news-card']);
    expect(await requests(win.__feed)).to.equal(1);
    frame.remove();
  });

  for (const [where, query] of [
    ['on the page’s origin', '&preload'],
    ['on another origin', '&preload&cross'],
  ]) {
    it(`uses a feed the page preloaded ${where}: one request in all`, async () => {
      const { frame, win } = await open(query);
      expect(await requests(win.__feed), 'requests').to.equal(1);
      const entries = win.performance.getEntriesByName(win.__feed);
      expect(entries.map((entry) => (entry as PerformanceResourceTiming).initiatorType)).to.deep.equal(['link']);
      frame.remove();
    });
  }
});
