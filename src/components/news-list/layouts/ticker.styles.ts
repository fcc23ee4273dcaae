import { css } from 'lit';
import { iconButtonStyles } from './icon-button.styles.js';

/**
 * The ticker's styles, in its part. One line, as tall as its button (24 px at least, 44 px on touch), so that
 * its skeleton and the line take the same room; a still ticker (reduced motion) is a line per headline.
 */
export const tickerStyles = css`
  ${iconButtonStyles}
  .ticker {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.5em;
    min-height: max(2.5em, 24px);
  }
  /*
   * The moving line's viewport is the ticker's whole height (its padding the room above and below the line):
   * a focused link's ring and its target's padding (below) show inside the clip, and a link that scrolls
   * into view (ticker.ts) is seen whole. Its height is the one src/news-widgets.css reserves; the skeleton
   * has the same viewport.
   */
  .viewport {
    --_link-pad: max(0px, 12px - 0.5em);
    flex: 1;
    min-width: 0;
    overflow: hidden;
  }
  .moving .viewport {
    padding: calc((max(2.5em, 24px) - 1.5em) / 2) 4px;
    scroll-padding-inline: 4px;
  }
  .headlines {
    display: flex;
    gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    white-space: nowrap;
  }
  .headline {
    line-height: 1.5;
  }
  /* A target 24 px tall at least (44 px on touch): padding, which leaves the line's own height alone. */
  .headline a {
    padding-block: var(--_link-pad);
    color: inherit;
    text-decoration: none;
  }
  .headline a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  .headline a:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  /* A separator after each headline, the last too (the loop joins the copies there); not read out. */
  .moving .track .headline::after {
    content: '•';
    content: '•' / '';
    padding-inline: 1em;
    color: var(--_muted);
  }
  .moving .track {
    display: flex;
    width: max-content;
    animation: news-ticker var(--_duration, 30s) linear infinite;
  }
  :host(:dir(rtl)) .moving .track {
    animation-name: news-ticker-rtl;
  }
  /*
   * Paused by the button, and under the pointer on the moving line only: the button's own hover and focus
   * do not hold the line, or a press on "play" would leave it paused.
   */
  .viewport:hover .track,
  .viewport.hovered .track,
  .ticker.paused .track {
    animation-play-state: paused;
  }
  /* A headline has focus: the line stands at its start, and the viewport scrolls to the link (ticker.ts). */
  .moving .viewport:focus-within .track {
    animation: none;
  }
  @keyframes news-ticker {
    to {
      transform: translateX(-50%);
    }
  }
  @keyframes news-ticker-rtl {
    to {
      transform: translateX(50%);
    }
  }
  /* Scoped to the ticker: the card skeletons share this shadow root once the list changes its layout. */
  .ticker.skeleton .bone {
    width: 60%;
  }
  .toggle {
    flex: none;
    border-radius: calc(var(--_radius) / 2);
  }
  /* Two bars (pause); a triangle (play), drawn in the text colour. */
  .icon {
    width: 0.75em;
    height: 0.875em;
    box-sizing: border-box;
    border-inline: 0.25em solid currentColor;
  }
  .paused .icon {
    border: 0;
    background: currentColor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  @media (pointer: coarse) {
    .ticker {
      min-height: 44px;
    }
    /* 44 px of line: the link's target fills it (the clip trims its padding to it), its ring inside. */
    .moving .viewport {
      --_link-pad: max(0px, 22px - 0.5em);
      padding-block: calc((44px - 1.5em) / 2);
    }
    .moving .headline a:focus-visible {
      outline-offset: -3px;
    }
    .toggle {
      width: 44px;
      height: 44px;
    }
  }
  /* Still: a headline a line, cut short with an ellipsis (its link says it whole). */
  .still .headlines {
    flex-direction: column;
  }
  .still .headline {
    overflow: hidden;
    text-overflow: ellipsis;
    padding-block: 0.25em;
  }
  /* Whatever the element was told, the reader's setting wins: nothing moves. */
  @media (prefers-reduced-motion: reduce) {
    .track {
      animation: none !important;
    }
    .copy {
      display: none;
    }
  }
`;
