import { css } from 'lit';
import { tokens } from '../../styles/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      --_separator: var(--news-breadcrumb-separator, "›");
      /* Only the default chevron is mirrored in right-to-left text; a glyph the
         page sets ("/", "»", an image) is shown as given. Pure CSS, by the rule
         for a var() that resolves to a value its property cannot take: when
         the page sets the separator, --_mirror holds a content value (a string,
         an image), which is no transform, so the declaration below is invalid
         at computed-value time and transform computes to its initial value,
         none. Unset, the fallback applies: scaleX(-1). (No content value is
         also a transform but none, which draws no glyph to mirror.) */
      --_mirror: var(--news-breadcrumb-separator, scaleX(-1));
      /* The trail collapses by the element's own width, which the browser
         measures (no script): the host is an inline-size container, so it takes
         its width from where it is placed, never from its crumbs. */
      container-type: inline-size;
    }
    /* Prerendered, not yet defined: its own height, not the line that news-widgets.css holds for a trail to come (see tokens). */
    :host(:not(:defined)) {
      height: auto !important;
      overflow: visible !important;
    }
    /* One line of text, in every state: the skeleton, the page's links and the feed's trail have the same height. */
    .nav {
      font-size: 0.875em;
    }
    /* One line, whatever the trail: the page's links, shown first, and the
       feed's trail that replaces them (an article's title may be long) take
       the same height, so nothing below moves. A crumb too long for the line
       ends with "…"; the current page gives way first, the links keep their
       words while it has room. Its whole text stays in the accessibility tree,
       and a reader who opens a collapsed trail ("…") sees every crumb whole. */
    .list {
      display: flex;
      flex-wrap: nowrap;
      align-items: center;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .crumb {
      display: flex;
      flex: 0 1 auto;
      align-items: center;
      min-width: 0;
    }
    .crumb:last-child {
      flex-shrink: 1000;
    }
    /* The crumb's own box clips its text, so that its focus ring (drawn outside it) is never cut. */
    .text {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .list.expanded {
      flex-wrap: wrap;
    }
    .list.expanded .text {
      white-space: normal;
    }
    .separator {
      flex-shrink: 0;
      display: inline-block;
      margin-inline: 0.5em;
      color: var(--_muted);
      /* Left to right inside, so that bidi mirroring (which would turn "›" and
         "»", not "/", in right-to-left text) leaves every glyph alone: the
         transform below is the only mirroring, and only for the default. */
      direction: ltr;
    }
    .separator::before {
      content: var(--_separator);
    }
    /* The default chevron points along the reading direction (see --_mirror). */
    :host(:dir(rtl)) .separator {
      transform: var(--_mirror);
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
