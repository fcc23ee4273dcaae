import { css } from 'lit';

/**
 * The featured layout's styles, in its part (adopted into the list's shadow root when it comes). The block
 * follows the list's own width (a container query), not the screen's: a list in a sidebar stays one column.
 */
export const featuredStyles = css`
  .featured {
    container-type: inline-size;
  }
  .list.featured {
    grid-template-columns: minmax(0, 1fr);
  }
  /* The lead's title, larger: its card reserves its three lines at this size too (card.styles.ts). */
  .list.featured > .lead {
    --_title-size: calc(1.375 * var(--news-title-font-size, 1.125em));
  }
  .list.featured:focus {
    outline: none;
  }
  .list.featured:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0.25em;
  }
  /* Wide: the lead on the start side, spanning the rows of the cards beside it; the rest below, two by two. */
  @container (min-width: 40em) {
    .list.featured {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .beside-2 > .lead {
      grid-row: span 2;
    }
    .beside-3 > .lead {
      grid-row: span 3;
    }
    .beside-4 > .lead {
      grid-row: span 4;
    }
  }
`;
