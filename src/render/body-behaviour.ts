/**
 * What an article body does on the page beside its markup, loaded with the sanitizer (sanitize.ts exports
 * it again): only an article with an HTML body needs it, so a listing page never downloads it.
 */

/**
 * A table or code block wider than the body scrolls in its own box (the styles): a keyboard must reach
 * it, so it takes focus while it overflows. `watch` the body shown; `stop` when the element leaves the
 * page, `resume` when it comes back.
 */
export class ScrollBoxes {
  private readonly observer = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      if (target.scrollWidth > target.clientWidth) target.setAttribute('tabindex', '0');
      else target.removeAttribute('tabindex');
    }
  });

  /** The body whose tables and code blocks are watched. */
  private watched?: Element;

  watch(content: Element | undefined): void {
    if (content === this.watched) return;
    this.watched = content;
    this.resume();
  }

  resume(): void {
    this.observer.disconnect();
    for (const box of this.watched?.querySelectorAll('table, pre') ?? []) this.observer.observe(box);
  }

  stop(): void {
    this.observer.disconnect();
  }
}

/**
 * A click on an in-page anchor of the body (`#user-content-…`, kept by the sanitizer only when its target
 * is in the body): the page's own URL and scrolling know nothing of a shadow root, so the article scrolls
 * to the target and moves focus there itself.
 */
export function followInPageLink(event: MouseEvent, root: ParentNode): void {
  const link = (event.target as Element).closest('a[href^="#"], area[href^="#"]');
  if (!link) return;
  event.preventDefault();
  const name = CSS.escape(link.getAttribute('href')!.slice(1));
  const target = root.querySelector<HTMLElement>(`.body [id="${name}"], .body [name="${name}"]`);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
