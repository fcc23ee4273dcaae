import { css } from 'lit';
import { iconButtonStyles } from './icon-button.styles.js';

/**
 * The carousel's styles, in its part. The row's cards follow the list's own width (a container query):
 * about 80% of it on a phone (the next card peeks in), two, then three side by side where it is wider. No
 * scrollbar (it would take room the skeleton has not, and only where there is more to scroll): the buttons,
 * the keyboard and touch scroll it. Its class names are its own (`carousel-`): the pager's, in the same
 * shadow root, has a `step` of its own.
 */
export const carouselStyles = css`
  ${iconButtonStyles}
  .carousel {
    container-type: inline-size;
  }
  .list.carousel {
    grid-auto-flow: column;
    grid-auto-columns: 80%;
    /* Room for a focused card's ring, which the scrolling box would cut off. */
    padding: 4px;
    scroll-padding-inline: 4px;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scrollbar-width: none;
  }
  .list.carousel::-webkit-scrollbar {
    display: none;
  }
  .list.carousel > .item {
    scroll-snap-align: start;
  }
  .list.carousel:focus {
    outline: none;
  }
  .list.carousel:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0;
  }
  @container (min-width: 30em) {
    .list.carousel {
      grid-auto-columns: calc((100% - var(--_gap)) / 2);
    }
  }
  @container (min-width: 48em) {
    .list.carousel {
      grid-auto-columns: calc((100% - 2 * var(--_gap)) / 3);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .list.carousel {
      scroll-behavior: smooth;
    }
  }
  .carousel-controls {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .carousel-step {
    border-radius: 50%;
  }
  .carousel-step[aria-disabled='true'] {
    cursor: default;
    opacity: 0.45;
  }
  /* A chevron towards the row's end (next) or start (previous), mirrored in RTL. */
  .carousel-arrow {
    width: 0.5em;
    height: 0.5em;
    /* Physical sides: the whole chevron is mirrored in RTL (below). */
    border-top: 2px solid currentColor;
    border-right: 2px solid currentColor;
    transform: translateX(-15%) rotate(45deg);
  }
  .carousel-step.previous .carousel-arrow {
    transform: translateX(15%) rotate(-135deg);
  }
  :host(:dir(rtl)) .carousel-arrow {
    scale: -1 1;
  }
  @media (pointer: coarse) {
    .carousel-step {
      width: 44px;
      height: 44px;
    }
  }
`;
