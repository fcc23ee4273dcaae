/**
 * The article a page has open, named by a query parameter of its URL
 * (`?tin=ID` with `article-param="tin"`). A `<news-article>` opens another one
 * in place with `openArticle()`; every element that follows the open article
 * (the article, the breadcrumb, lists that mark or skip it) re-renders when
 * it changes, by that call or by the back and forward buttons.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageSearch } from '../render/page.js';

/** Fired on `window` after `openArticle()` changed the URL: history.pushState() fires no event of its own. */
const OPENED = 'news-widgets:open-article';

/** The id the page URL's `param` names, trimmed; '' when there is no parameter or no id. */
export function openArticleId(param: string): string {
  // The page's own query; on a server (the prerender), that of the page the markup is for.
  return param ? (new URLSearchParams(pageSearch()).get(param)?.trim() ?? '') : '';
}

/** Opens an article in place: a history entry for the URL (none for the page already there), and every follower told. */
export function openArticle(url: URL): void {
  if (url.href !== location.href) history.pushState(null, '', url);
  dispatchEvent(new Event(OPENED));
}

/** Re-renders its host when the open article may have changed (a new entry, back or forward). */
export class OpenArticleController implements ReactiveController {
  private readonly changed = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.changed);
    addEventListener(OPENED, this.changed);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.changed);
    removeEventListener(OPENED, this.changed);
  }
}
