import { css } from 'lit';

/**
 * The host and its private variables. Public `--news-*` properties are only
 * read here, never declared, so a page can set them on `:root` or any
 * ancestor; each resolves with its default into a private `--_*` variable.
 *
 * Sizes are in `em`: they follow the text size where the element stands (a
 * theme's `html { font-size: 10px }` changes nothing), scaled as a whole by
 * `--news-font-size`. Font and text colour are inherited from the page.
 *
 * Default colours come from the text colour (currentColor), so they hold on
 * light and dark pages alike: the accent is a blue as light as the text (so
 * it reads wherever the text reads; never darker than a mid blue, so black
 * text still gets a blue), the text on it white or black, whichever reads on
 * it. Browsers without relative colours (before 2023) get a fixed blue and
 * white. A custom property's `currentColor` is the colour of the element that
 * uses it: an element that changes its own `color` (the buttons) keeps the
 * page's text colour and colours its label in a child instead.
 */
export const tokens = css`
  :host {
    --_accent: var(--news-color-accent, #0b57d0);
    --_on-accent: var(--news-color-on-accent, white);
    --_muted: var(--news-color-muted, color-mix(in srgb, currentColor 85%, transparent));
    --_surface: var(--news-color-surface, transparent);
    --_border: var(--news-color-border, color-mix(in srgb, currentColor 15%, transparent));
    --_radius: var(--news-radius, 8px);
    --_gap: var(--news-gap, 1.25em);
    --_title-size: var(--news-title-font-size, 1.125em);
    --_title-weight: var(--news-title-font-weight, 650);
    --_image-ratio: var(--news-image-aspect-ratio, 16 / 9);
    /* Faces sit in the upper part of news photos: a crop keeps the top rather than the middle. */
    --_image-position: var(--news-image-position, 50% 30%);
    --_focus-ring: var(--news-focus-ring, 2px solid var(--_accent));
    --_bone: color-mix(in srgb, currentColor 10%, transparent);
    /* The text sizes every element shares, so that a breadcrumb and a card beside it match. */
    --_text-small: 0.875em;
    --_text-smaller: 0.8125em;
    --_text-smallest: 0.75em;

    display: block;
    /* However wide its content (a table, a long word), the element may be as narrow as its place: a grid
       or flex item's default minimum is its content's width, which would widen a phone's page. */
    min-width: 0;
    font-size: var(--news-font-size, 1em);
    font-family: var(--news-font-family, inherit);
    color: var(--news-color-text, inherit);
    /* Inherited text properties a page may have set for its own reasons. */
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /* Markup the prerender wrote is drawn with these styles before its element is defined: the room that the
     head stylesheet (news-widgets.css) gives an element not yet defined is not for it, as it has its content.
     (A shadow tree's !important wins over the page's normal rules; an element not prerendered has no shadow
     tree before it is defined, and so keeps that room.) */
  :host(:not(:defined))::before {
    content: none !important;
  }
  @supports (color: oklch(from red clamp(0, (0.5 - l) * 1000, 1) 0.16 262)) {
    :host {
      --_accent: var(--news-color-accent, oklch(from currentColor clamp(0.42, l, 0.92) 0.16 262));
      /* White on a dark accent, black on a light one: oklch lightness 0.56 is where both reach 4.5:1. */
      --_on-accent: var(--news-color-on-accent, oklch(from var(--_accent) clamp(0, (0.56 - l) * 1000, 1) 0 0));
    }
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
  /* Words for assistive technology only (a link that opens a new tab, the loading status). */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* A link that opens a new tab says so: a small arrow after its text (and words for screen readers). */
  .new-tab {
    display: inline-block;
    margin-inline-start: 0.25em;
    font-size: 0.75em;
    line-height: 1;
    text-decoration: none;
    vertical-align: 0.1em;
  }
`;

/** Status messages and the buttons. */
export const statusStyles = css`
  .status {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    padding: 1em 1.25em;
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
  /* The button keeps the page's text colour (the accent is mixed from it); its label has the colour on the accent. */
  .button {
    font: inherit;
    font-size: var(--_text-small);
    font-weight: 600;
    line-height: 1.5;
    color: inherit;
    background: var(--_accent);
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.9em;
    cursor: pointer;
  }
  .button > span {
    color: var(--_on-accent);
  }
`;
