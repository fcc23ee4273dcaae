/**
 * Long work in slices: a loop calls `breathe` between steps, and once a slice
 * has run for `SLICE_MS` the page gets its main thread back (input, paint)
 * before the next one. An aborted load stops there too.
 */
export const SLICE_MS = 30;

/** The next task: `scheduler.yield()` where there is one (it keeps the work's priority), else a macrotask. */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

export async function breathe(slice: { at: number }, signal?: AbortSignal): Promise<void> {
  if (performance.now() - slice.at < SLICE_MS) return;
  await nextTask();
  slice.at = performance.now();
  signal?.throwIfAborted();
}

/** Runs a generator of work steps to its end, breathing between steps. */
export async function runSliced<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  const slice = { at: performance.now() };
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await breathe(slice, signal);
  }
}
