/**
 * What a layout part (featured, ticker, carousel) gives the list: each is a module of its own, loaded on
 * first use (news-list.ts), and renders the list's articles, and its loading state, in its own markup.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { NewsArticle } from '../../../data/model.js';
import type { CardContext } from '../../../render/card.js';

/** What a layout reads of its list. */
export interface LayoutHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: string;
}

export interface Layout {
  /**
   * The articles shown, in the layout (the list's, or the pager's pages'). `pending`: skeleton cards after
   * them, for a page on its way (paging.ts).
   */
  render(articles: NewsArticle[], ctx: CardContext, pending?: number): TemplateResult;
  /** The loading state: the room of `count` articles, as `render` will take it. */
  skeleton(ctx: CardContext, count: number): TemplateResult;
}

/** A layout module: `createLayout(list)`, once per list. */
export interface LayoutModule {
  /** `host`: the list (its `locale` is protected there). */
  createLayout(host: unknown): Layout;
}
