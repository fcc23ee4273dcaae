import { css } from 'lit';
import { statusStyles, tokens } from '../../styles/tokens.styles.js';

export const styles = [
  tokens,
  statusStyles,
  css`
    :host {
      --_separator: var(--news-breadcrumb-separator, "›");
      /* The trail collapses by the element's own width, which the browser
         measures (no script): the host is an inline-size container, so it takes
         its width from where it is placed, never from its crumbs. */
      container-type: inline-size;
    }
    /* One line of text, in every state: the skeleton and the trail have the same height. */
    .nav {
      font-size: 0.875em;
    }
    .list {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .crumb {
      display: flex;
      align-items: center;
      min-width: 0;
    }
    .separator {
      display: inline-block;
      margin-inline: 0.5em;
      color: var(--_muted);
      /* Left to right inside, so that bidi mirroring (which already turns "›"
         and "»" in right-to-left text) leaves the glyph alone: the transform
         below is the one mirroring, the same for every glyph. */
      direction: ltr;
    }
    .separator::before {
      content: var(--_separator);
    }
    /* The glyph points along the reading direction. */
    :host(:dir(rtl)) .separator {
      transform: scaleX(-1);
    }
    [aria-current] {
      color: var(--_muted);
    }
    .more {
      display: none;
    }
    .more button {
      font: inherit;
      line-height: inherit;
      color: inherit;
      padding: 0 0.25em;
      background: none;
      border: 0;
      cursor: pointer;
    }
    .more button:hover {
      color: var(--_accent);
    }
    /* Narrow: the first crumb, "…", and the last two. */
    @container (max-width: 30rem) {
      .list:not(.expanded) > .middle {
        display: none;
      }
      .list:not(.expanded) > .more {
        display: flex;
      }
    }
    /* A line-high box (the borders are the line's spacing), a 1em bone inside. */
    .bone {
      display: block;
      width: min(100%, 20rem);
      height: 1.5em;
      border-block: 0.25em solid transparent;
      background: var(--_bone) padding-box;
      border-radius: 0.5em;
    }
  `,
];
