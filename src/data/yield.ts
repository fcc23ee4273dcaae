/**
 * Long work in slices: a generator yields between its steps, and once a slice
 * has run for `SLICE_MS` the page gets its main thread back (input, paint)
 * before the next one. An aborted load stops there too.
 */
export const SLICE_MS = 30;

/**
 * The next task, queued behind what the page has queued (a posted message:
 * no 4 ms clamp as nested timers get). Not `scheduler.yield()`: its
 * continuation runs before the page's own timers, which would wait for the
 * whole of a long work.
 */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/** Runs a generator of work steps to its end at once, in one task: for small work only (a server-rendered element's inline data). */
export function runNow<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Runs a generator of work steps to its end, giving the page its main thread back once a slice has run `SLICE_MS`. */
export async function runSliced<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  let slice = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - slice < SLICE_MS) continue;
    await nextTask();
    slice = performance.now();
    signal?.throwIfAborted();
  }
}
