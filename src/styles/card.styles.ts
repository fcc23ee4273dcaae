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
    gap: 0.75rem;
    height: 100%;
    margin: 0;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .card.vertical {
    grid-template-rows: auto 1fr;
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .card.vertical .body {
    padding: 0 1rem 1rem;
  }
  .card.vertical .body:first-child {
    padding-top: 1rem;
  }
  .card.horizontal {
    grid-template-columns: minmax(6rem, 32%) minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
  }
  .card.horizontal .body:first-child {
    grid-column: 1 / -1;
  }
  .card.horizontal .media {
    border-radius: var(--_radius);
  }
  .card.compact {
    --_title-lines: 2;
    --_title-size: 1rem;
    display: block;
  }
  .with-category {
    --_category-room: 1.5rem; /* 0.75rem × 1.5, and the gap */
  }
  .with-meta {
    --_meta-room: 1.59375rem; /* 0.8125rem × 1.5, and the gap */
  }
  .with-summary {
    --_summary-room: 4.734375rem; /* 3 × 0.9375rem × 1.55, and the gap */
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    min-width: 0;
    box-sizing: content-box;
    min-height: calc(
      var(--_title-lines) * 1.35 * var(--_title-size) + var(--_category-room, 0rem) + var(--_meta-room, 0rem) +
        var(--_summary-room, 0rem)
    );
  }
  .category {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.5;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .title {
    margin: 0;
    font-size: var(--_title-size);
    font-weight: var(--_title-weight);
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_title-lines);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  /* The whole card is the title link's click target: one link, one tab stop. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .meta {
    display: flex;
    gap: 0.75rem;
    white-space: nowrap;
    font-size: 0.8125rem;
    line-height: 1.5;
    color: var(--_muted);
  }
  .author {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .summary {
    margin: 0;
    font-size: 0.9375rem;
    line-height: 1.55;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .skeleton .category .bone {
    width: 6rem;
  }
  .skeleton .title,
  .skeleton .meta {
    display: block;
  }
`,
];
