import { css } from 'lit';
import { partStyles } from './parts.styles.js';

/**
 * The card template's styles (src/render/card.ts), for every element that
 * renders cards.
 *
 * No layout shift: each row of a card is clamped to a number of lines (title
 * 3, or 2 when compact; summary 3; category and meta 1), and the card's body
 * reserves that many lines for each row it shows (`with-*` classes), so every
 * card, and the skeleton of bones before it, has the same height whatever its
 * text. A short text leaves the room at the bottom. The line heights below are
 * the ones the reservation counts with: change them together.
 */
export const cardStyles = [
  partStyles,
  css`
  .card {
    --_title-lines: 3;
    position: relative;
    display: grid;
    align-content: start;
    gap: 0.75em;
    height: 100%;
    margin: 0;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  /* The title link's focus ring is drawn around the whole card, its click target:
     on the link itself the title's line clamp would cut it to a fragment. (A browser without :has()
     keeps the link's own ring.) */
  @supports selector(:has(a)) {
    .card:has(.title a:focus-visible) {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }
    .title a:focus-visible {
      outline: none;
    }
  }
  .card.vertical {
    grid-template-rows: auto 1fr;
    border: 1px solid var(--_border);
    overflow: hidden;
    /* The image's height, for a card that has none (below). */
    container-type: inline-size;
  }
  .card.vertical .body {
    padding: 0 1em 1em;
  }
  .card.vertical .body:first-child {
    padding-top: 1em;
  }
  .card.horizontal {
    grid-template-columns: minmax(6em, 32%) minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
  }
  /* Without images in the list, the text takes the whole width; with them, an
     article that has none keeps its text in the text column, aligned. */
  .card.horizontal .body:first-child {
    grid-column: 1 / -1;
  }
  .card.horizontal.with-image .body {
    grid-column: 2;
  }
  .card.horizontal .media {
    border-radius: var(--_radius);
  }
  .card.compact {
    --_title-lines: 2;
    --_title-size: var(--news-title-font-size, 1em);
    display: block;
  }
  .with-category {
    --_category-room: 1.5em; /* 0.75em × 1.5, and the gap */
  }
  .with-meta {
    --_meta-room: 1.59375em; /* 0.8125em × 1.5, and the gap */
  }
  .with-summary {
    --_summary-room: 4.734375em; /* 3 × 0.9375em × 1.55, and the gap */
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    min-width: 0;
    box-sizing: content-box;
    min-height: calc(
      var(--_title-lines) * 1.5 * var(--_title-size) + var(--_category-room, 0em) + var(--_meta-room, 0em) +
        var(--_summary-room, 0em)
    );
  }
  /*
   * A vertical card whose article has no image (or whose image failed): no
   * empty box, and the card keeps the height the skeleton reserved (nothing
   * shifts, the grid's rows stay aligned), filled by more lines of summary.
   */
  .card.no-image .media,
  .card:has(.media img[data-broken]) .media {
    display: none;
  }
  .card.vertical.no-image,
  .card.vertical:has(.media img[data-broken]) {
    grid-template-rows: 1fr;
  }
  .card.vertical.no-image .body,
  .card.vertical:has(.media img[data-broken]) .body {
    padding-top: 1em;
    --_image-room: calc(100cqi / (var(--_image-ratio)) + 0.75em);
    min-height: calc(
      var(--_title-lines) * 1.5 * var(--_title-size) + var(--_category-room, 0em) + var(--_meta-room, 0em) +
        var(--_summary-room, 0em) + var(--_image-room) - 1em
    );
  }
  /* The summary's three lines and as many as the image's room holds, where the browser can count them. */
  @supports (-webkit-line-clamp: calc(1px / 1px)) {
    .card.vertical.no-image .summary,
    .card.vertical:has(.media img[data-broken]) .summary {
      -webkit-line-clamp: calc(3 + round(down, (100cqi / (var(--_image-ratio)) - 1em) / 1lh, 1));
    }
  }
  .category {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: var(--_text-smallest);
    font-weight: 700;
    line-height: 1.5;
    text-transform: uppercase;
    color: var(--_accent);
  }
  /*
   * Clamped to its lines. The line height leaves room above each line for
   * stacked Vietnamese diacritics (Ễ, Ẫ): lower, the marks of the first line
   * are cut off and those of the first hidden line show below the last one.
   */
  .title {
    margin: 0;
    font-size: var(--_title-size);
    font-weight: var(--_title-weight);
    line-height: 1.5;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_title-lines);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  /* The article the page has open. */
  .title a[aria-current] {
    color: var(--_accent);
  }
  /* The whole card is the title link's click target: one link, one tab stop. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .meta {
    display: flex;
    gap: 0.75em;
    white-space: nowrap;
    font-size: var(--_text-smaller);
    line-height: 1.5;
    color: var(--_muted);
  }
  .author {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .summary {
    margin: 0;
    font-size: 0.9375em;
    line-height: 1.55;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .skeleton .category .bone {
    width: 6em;
  }
  .skeleton .title,
  .skeleton .meta {
    display: block;
  }
`,
];
