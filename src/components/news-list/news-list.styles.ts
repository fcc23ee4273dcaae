import { css } from 'lit';
import { cardStyles } from '../../styles/card.styles.js';
import { statusStyles, tokens } from '../../styles/tokens.styles.js';

export const styles = [
  tokens,
  cardStyles,
  statusStyles,
  css`
    /* Prerendered, not yet defined: not the size container that news-widgets.css makes of a list waiting for its content (see tokens). */
    :host(:not(:defined)) {
      container-type: normal !important;
    }
    .list {
      display: grid;
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list.vertical {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    }
    .list.horizontal > .item + .item {
      padding-top: var(--_gap);
      border-top: 1px solid var(--_border);
    }
    .list.compact {
      gap: 0;
    }
    .list.compact > .item {
      padding-block: 0.625em;
    }
    .list.compact > .item + .item {
      border-top: 1px solid var(--_border);
    }
    /* A paged list's loading state: the room of its pager or "load more" button (paging.styles.ts: .pager, .page, .more). */
    .pager-room {
      font-size: var(--_text-small);
      margin-block-start: var(--_gap);
      height: max(2.5em, 24px);
    }
    @media (pointer: coarse) {
      .pager-room {
        height: 44px;
      }
    }
  `,
];
