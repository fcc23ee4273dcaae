/**
 * One abortable load per change of input, as @lit/task runs it, in a few
 * lines instead of the library's 0.85 KB gzip (see the README's size notes):
 *
 * - the load starts in the host's update when an argument changed (by identity);
 * - a new load aborts the one in flight, whose late result is dropped;
 * - disconnecting aborts the load in flight, reconnecting starts it again;
 * - where the value is at hand (`loadNow`), it is complete in that same
 *   update, before the host renders: no load, no pending state;
 * - a fresh run where a value is shown (a refresh) loads in the background:
 *   the value shown stays meanwhile, and after a failure; the same value
 *   again (the load's answer for "unchanged") changes nothing, not even a
 *   render; a new one the host may hold back (`hold`) to show it later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadStatus = 'pending' | 'complete' | 'error';

export interface LoadHooks<A extends readonly unknown[], T> {
  /** The load's input; undefined while it is not known yet: nothing loads, the status stays as it is. */
  args: () => A | undefined;
  /** `fresh`: ask the source again, not a cache (a retry, a refresh). */
  load: (args: A, signal: AbortSignal, fresh: boolean) => Promise<T>;
  /** The value at once, where it is at hand; undefined to load it (`load`). */
  loadNow?: (args: A) => T | undefined;
  onComplete?: (value: T) => void;
  onError?: (error: unknown) => void;
}

export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  status: LoadStatus = 'pending';
  value?: T;
  error?: unknown;
  /**
   * A new value that a refresh brought, which the host holds back (true: it shows it later with `show()`),
   * e.g. a list that offers new articles with a button rather than pushing them in under the reader's eyes.
   */
  hold?: (value: T) => boolean;
  private args?: A;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: LoadHooks<A, T>,
  ) {
    host.addController(this);
  }

  /** Arguments are compared by identity, position by position (their number never changes). */
  hostUpdate(): void {
    const args = this.hooks.args();
    if (args && (!this.args || args.some((arg, i) => arg !== this.args![i]))) {
      if (!this.now(args)) void this.run(args);
    }
  }

  /**
   * Completes at once with the value `loadNow` gives for these arguments, if it
   * gives one (in the host's update: the render that follows shows it); then
   * nothing loads until they change. False where it gives none.
   */
  now(args: A | undefined = this.hooks.args()): boolean {
    const value = args && this.hooks.loadNow?.(args);
    if (!args || value === undefined) return false;
    this.args = args;
    this.controller?.abort();
    this.controller = undefined;
    this.status = 'complete';
    this.value = value;
    this.hooks.onComplete?.(value);
    return true;
  }

  hostConnected(): void {
    // A load cut short by a disconnect starts again.
    if (this.status === 'pending' && this.args && !this.controller) void this.run(this.args);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  /**
   * Loads again with the current arguments (or the given ones). `fresh`: from the source, not a cache (a
   * retry, a refresh); where a value is shown, in the background: it stays until a new value comes, and
   * after a failure (reported to `onError` all the same).
   */
  async run(args: A | undefined = this.hooks.args(), fresh = false): Promise<void> {
    // Its input not known yet: the load starts when it is (hostUpdate).
    if (!args) return;
    const quiet = fresh && this.status === 'complete';
    this.args = args;
    const controller = new AbortController();
    // Started before the load it replaces is aborted: the same request, shared (load.ts), goes on.
    const loading = this.hooks.load(args, controller.signal, fresh);
    this.controller?.abort();
    this.controller = controller;
    if (!quiet) {
      this.status = 'pending';
      this.host.requestUpdate();
    }
    let failed = false;
    let result: T | undefined;
    try {
      result = await loading;
    } catch (error) {
      failed = true;
      result = error as T;
    }
    // A newer run, or a disconnect, has taken over: this result is stale.
    if (controller !== this.controller) return;
    this.controller = undefined;
    if (!failed) {
      // Unchanged (the very same value), or held back by the host: nothing to render.
      if (!quiet || (result !== this.value && !this.hold?.(result as T))) this.show(result as T);
      return;
    }
    this.error = result;
    if (!quiet) {
      this.status = 'error';
      this.host.requestUpdate();
    }
    this.hooks.onError?.(result);
  }

  /** Completes with a value: a load's, or one the host held back (`hold`) and now shows. */
  show(value: T): void {
    this.status = 'complete';
    this.value = value;
    this.hooks.onComplete?.(value);
    this.host.requestUpdate();
  }
}
