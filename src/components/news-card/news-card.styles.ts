import { css } from 'lit';
import { cardStyles } from '../../styles/card.styles.js';
import { statusStyles, tokens } from '../../styles/tokens.styles.js';

export const styles = [
  tokens,
  cardStyles,
  statusStyles,
  css`
    .frame {
      height: 100%;
    }
  `,
];
