import { css } from 'lit';

/**
 * The pager's styles, in its part: a plain list never downloads them. Added to the list's shadow root
 * when the pager comes (adoptStyles, src/styles/adopt.ts), beside the list's own; they use the same tokens.
 */
export const pagerStyles = css`
    /* A paged list: focus lands on the list after a page change; a ring only for the keyboard. */
    .list:focus,
    .item:focus {
      outline: none;
    }
    .list:focus-visible,
    .item:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 0.25em;
    }
    /* The pager wraps on a narrow screen, never scrolls sideways; logical sides, so it mirrors in RTL. */
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375em;
      margin-block-start: var(--_gap);
      font-size: var(--_text-small);
    }
    .page {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      /* 24 px at least where an old theme sets the root's text to 10 px (2.5em would be 22 px); max(): the em alone where it is unknown. */
      min-width: 2.5em;
      min-width: max(2.5em, 24px);
      min-height: 2.5em;
      min-height: max(2.5em, 24px);
      padding: 0.25em 0.75em;
      font: inherit;
      line-height: 1.2;
      color: inherit;
      background: none;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      cursor: pointer;
    }
    .page:hover {
      color: var(--_accent);
      border-color: currentColor;
    }
    .page[aria-current='page'] {
      font-weight: 700;
      color: var(--_accent);
      border-color: currentColor;
      box-shadow: inset 0 0 0 1px currentColor;
    }
    .gap {
      padding-inline: 0.25em;
    }
    .more {
      margin-block-start: var(--_gap);
      min-width: max(2.5em, 24px);
      min-height: 2.5em;
      min-height: max(2.5em, 24px);
    }
    /* Touch: targets of 44 px. */
    @media (pointer: coarse) {
      .page,
      .more {
        min-width: 44px;
        min-height: 44px;
      }
    }
    /* The watched end of an infinite list: a line, so that it is seen crossing. */
    .sentinel {
      height: 1px;
    }
    .list + .status {
      margin-block-start: var(--_gap);
    }
`;

