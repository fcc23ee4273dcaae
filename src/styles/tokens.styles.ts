import { css } from 'lit';

/**
 * The host and its private variables. Public `--news-*` properties are only
 * read here, never declared, so a page can set them on `:root` or any
 * ancestor; each resolves with its default into a private `--_*` variable.
 * Font and text colour are inherited from the page unless set.
 */
export const tokens = css`
  :host {
    --_accent: var(--news-color-accent, #0b57d0);
    --_muted: var(--news-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--news-color-surface, transparent);
    --_border: var(--news-color-border, color-mix(in srgb, currentColor 15%, transparent));
    --_radius: var(--news-radius, 8px);
    --_gap: var(--news-gap, 1.25rem);
    --_title-size: var(--news-title-font-size, 1.125rem);
    --_title-weight: var(--news-title-font-weight, 650);
    --_image-ratio: var(--news-image-aspect-ratio, 16 / 9);
    --_focus-ring: var(--news-focus-ring, 2px solid var(--_accent));
    --_bone: color-mix(in srgb, currentColor 10%, transparent);

    display: block;
    font-family: var(--news-font-family, inherit);
    color: var(--news-color-text, inherit);
    /* Inherited text properties a page may have set for its own reasons. */
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  a:focus-visible,
  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;

/** Status messages and the retry button. */
export const statusStyles = css`
  .status {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: 1rem 1.25rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .status p {
    margin: 0;
  }
  /* A way out of a message (back to the list) must look like a link. */
  .status a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .button {
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    color: #fff;
    background: var(--_accent);
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem 0.9rem;
    cursor: pointer;
  }
`;
