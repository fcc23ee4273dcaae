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
  `,
];
