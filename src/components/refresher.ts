/**
 * The live refresh of one element (part of the on-demand refresh part,
 * src/data/refresh.ts): it keeps the element on its feed's shared timer while
 * it is connected and has `refresh`, and, for a list, holds back the new
 * articles a refresh brought behind an "N new articles" button.
 *
 * Which elements hold back: those whose last render showed the button's place
 * (`renderNewItems()`, which a list renders above its articles in its ready
 * state). A card, a breadcrumb or an article, and a list that shows no
 * articles (empty), show a changed feed in place at once. A refresh that
 * brings no new article at the top (an edited title, one removed) renders in
 * place as well: nothing is pushed in.
 */
import type { ReactiveController } from 'lit';
import type { NewsFeed } from '../data/model.js';
import { pickStrings, resolveLocale } from '../i18n/locale.js';
import { NEW_ITEMS_WORDS, renderNewItems } from '../render/new-items.js';
import { intIn } from './attributes.js';
import type { NewsElement } from './news-element.js';

/** What the refresher needs of the element's LoadController. */
export interface ShownFeed {
  status: string;
  value?: NewsFeed;
  hold?: (feed: NewsFeed) => boolean;
  show(feed: NewsFeed): void;
}

/** A day: beyond it, `refresh` is surely a mistake (and setTimeout's limit is near). */
const MAX_SECONDS = 86_400;

export class Refresher implements ReactiveController {
  /** The feed's key and interval the element is subscribed with ('' and 0: none). */
  private key = '';
  private seconds = 0;
  private unsubscribe?: () => void;
  /** The last render showed the place of the button (a list in its ready state). */
  private listed = false;
  /** A new feed held back, and how many new articles it has at its top. */
  private held?: { feed: NewsFeed; count: number };
  /** The ids of the new articles just shown: the first gets the focus once rendered. */
  private shownNew?: Set<string>;

  constructor(
    private readonly host: NewsElement,
    private readonly feed: ShownFeed,
    /** The feeds' shared timers (refresh.ts, which creates this). */
    private readonly subscribe: typeof import('../data/refresh.js').subscribe,
  ) {
    feed.hold = (next) => this.hold(next);
    host.addController(this);
    // The button's place (its live region) is rendered from now on.
    host.requestUpdate();
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.watch();
  }

  hostUpdate(): void {
    this.listed = false;
    // A load of other sources (a new `src`), or a retry, shows what it brings: what was held is of the past.
    if (this.feed.status !== 'complete') this.held = undefined;
    // `refresh` or the source may have changed.
    this.watch();
  }

  hostUpdated(): void {
    const ids = this.shownNew;
    if (!ids) return;
    this.shownNew = undefined;
    // The button is gone with the focus it had: the focus goes to the first new article.
    const links = [...this.host.renderRoot.querySelectorAll<HTMLElement>('a[data-id]')];
    (links.find((link) => ids.has(link.dataset.id!)) ?? links[0])?.focus();
  }

  /** The button's place above a list: a polite live region, and the button while new articles wait. */
  render(): unknown {
    this.listed = true;
    const words = pickStrings(NEW_ITEMS_WORDS, resolveLocale(this.host));
    return renderNewItems(this.held?.count ?? 0, words, () => this.showHeld());
  }

  /** Subscribes the element to its feed's timer, or leaves it, as its attributes and connection say. */
  private watch(): void {
    const host = this.host;
    const seconds = intIn(Math.ceil(host.refreshInterval ?? 0), 0, MAX_SECONDS, 0);
    // The source the feed was asked from (a list's server query written in: news-list.ts); none yet, no timer yet.
    const { src, ...how } = host.source() ?? { src: '' };
    // Data given directly (`articles`, inline JSON) has no server to ask again.
    const key = host.isConnected && seconds && src && !host.articles ? JSON.stringify([src.split(/\s+/).map(absolute), how]) : '';
    if (key === this.key && seconds === this.seconds) return;
    this.unsubscribe?.();
    this.unsubscribe = key ? this.subscribe(key, seconds, () => host.refresh()) : undefined;
    this.key = key;
    this.seconds = seconds;
  }

  /**
   * A changed feed from a refresh: held back (true) when the element shows a list and the feed brings new
   * articles at its top, those before the first article already shown; else shown in place (false).
   */
  private hold(next: NewsFeed): boolean {
    // Again the feed already held (the refresh found it unchanged): nothing new to say.
    if (next === this.held?.feed) return true;
    const shown = new Set(this.feed.value?.items.map((item) => item.id));
    let count = 0;
    while (count < next.items.length && !shown.has(next.items[count].id)) count++;
    this.held = this.listed && count ? { feed: next, count } : undefined;
    if (this.held) this.host.requestUpdate();
    return !!this.held;
  }

  /** The button, pressed: the held feed is shown, its new articles on top, and the first of them gets the focus. */
  private showHeld(): void {
    const { feed, count } = this.held!;
    this.held = undefined;
    this.shownNew = new Set(feed.items.slice(0, count).map((item) => item.id));
    this.feed.show(feed);
    // The new articles are at the top: a paged list (pagination="pages") goes back to its first page for them.
    (this.host as { showFirstPage?: () => void }).showFirstPage?.();
  }
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}
