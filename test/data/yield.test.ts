import { expect } from '@open-wc/testing';
import { runSliced } from '../../src/data/yield.js';

describe('work in slices', () => {
  it("gives the page its turns between slices, and stops when the load is aborted", async () => {
    let steps = 0;
    function* endless(): Generator<void, never> {
      for (;;) {
        const end = performance.now() + 5;
        while (performance.now() < end);
        steps++;
        yield;
      }
    }
    const controller = new AbortController();
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    setTimeout(() => controller.abort(new Error('stopped')), 300);
    const error = await runSliced(endless(), controller.signal).catch((reason: unknown) => reason);
    clearInterval(timer);
    expect(String(error)).to.contain('stopped');
    // The page's own timers ran while the work went on.
    expect(turns).to.be.greaterThan(3);
    expect(steps).to.be.greaterThan(10);
  });

  it('returns what the work returns', async () => {
    function* three(): Generator<void, number> {
      yield;
      yield;
      return 3;
    }
    expect(await runSliced(three())).to.equal(3);
  });
});
