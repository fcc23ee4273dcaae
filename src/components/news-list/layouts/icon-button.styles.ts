import { css } from 'lit';

/**
 * The look of a layout's icon buttons (the ticker's pause/play, the carousel's previous/next), and of their
 * place in a skeleton (a `span` of the same class): 24 px at least where an old theme sets the root's text to
 * 10 px (2.5em would be 22 px; max(): the em alone where it is unknown). Each layout adds its shape and size on touch.
 */
export const iconButtonStyles = css`
  .icon-button {
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    width: 2.5em;
    width: max(2.5em, 24px);
    height: 2.5em;
    height: max(2.5em, 24px);
    padding: 0;
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    cursor: pointer;
  }
  span.icon-button {
    background: var(--_bone);
    border-color: transparent;
  }
  .icon-button:hover:not([aria-disabled='true']) {
    color: var(--_accent);
    border-color: currentColor;
  }
  .icon-button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;
