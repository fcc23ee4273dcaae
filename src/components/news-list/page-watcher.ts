/**
 * The watch of an infinite list's end: an IntersectionObserver on an empty element after the list, which
 * calls back when it comes within about a screen of the viewport.
 */
export class PageWatcher {
  private observer?: IntersectionObserver;
  private watched?: Element;
  private token?: unknown;

  constructor(private readonly near: () => void) {}

  /**
   * Watches `sentinel`. A new one, or a new `token` (a page added: the end has moved), is observed anew, and
   * observing reports at once where it is: a list still too short to fill the screen loads its next page too
   * (an end that stays near would not be reported again).
   */
  watch(sentinel: Element, token: unknown): void {
    if (sentinel === this.watched && token === this.token) return;
    this.stop();
    this.token = token;
    this.observer ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.near(), {
      rootMargin: '100% 0px',
    });
    this.watched = sentinel;
    this.observer.observe(sentinel);
  }

  stop(): void {
    this.observer?.disconnect();
    this.watched = undefined;
  }
}
