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
    /* The lead fills the rows it spans: where the cards beside it stand taller than it, its image grows
       (cropped, never below its own shape) instead of leaving blank room under the lead. The block keeps its
       height (the taller of the two columns), which the skeleton and the head stylesheet reserve. */
    .list.featured > .lead {
      align-self: stretch;
    }
    .lead > .card.vertical.with-image:not(.no-image) {
      grid-template-rows: 1fr auto;
    }
    .lead > .card .media {
      aspect-ratio: auto;
      min-height: calc(100cqi / (var(--_image-ratio)));
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
