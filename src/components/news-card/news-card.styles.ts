import { cardStyles } from '../../styles/card.styles.js';
import { statusStyles, tokens } from '../../styles/tokens.styles.js';

/** A card is all card: the shared card styles, and the status messages. */
export const styles = [tokens, cardStyles, statusStyles];
