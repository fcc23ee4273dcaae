/**
 * The button that shows the new articles a refresh brought to a list (rather
 * than pushing them in under the reader's eyes), and the polite announcement
 * of their number. Part of the live refresh (loaded on first use), with its
 * own words.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface NewItemsWords {
  /** The button's label. */
  newArticles: (count: number) => string;
  /** What a screen reader hears when the button appears. */
  newArticlesAnnounced: (count: number) => string;
}

export const NEW_ITEMS_WORDS: { en: NewItemsWords; vi: NewItemsWords } = {
  en: {
    newArticles: (count) => (count === 1 ? '1 new article' : `${count} new articles`),
    newArticlesAnnounced: (count) =>
      count === 1
        ? '1 new article: press the button at the top of the list to show it.'
        : `${count} new articles: press the button at the top of the list to show them.`,
  },
  vi: {
    newArticles: (count) => `${count} tin mới`,
    newArticlesAnnounced: (count) => `Có ${count} tin mới: nhấn nút ở đầu danh sách để xem.`,
  },
};

/**
 * A polite live region, there from the list's first render with the part (so
 * that what comes into it later is announced), and the button while `count`
 * new articles wait.
 */
export function renderNewItems(count: number, words: NewItemsWords, show: () => void): TemplateResult {
  return html`<span class="sr-only" role="status">${count ? words.newArticlesAnnounced(count) : ''}</span>${
    count
      ? html`<p class="new-items"><button part="button" class="button" type="button" @click=${show}><span>${words.newArticles(count)}</span></button></p>`
      : nothing
  }`;
}
