import { css } from 'lit';

/**
 * The filter part's styles: a plain list never downloads them. Added to the list's shadow root when the
 * part comes (adoptStyles), beside the list's own; they use the same tokens.
 */
export const filterStyles = css`
  /*
   * A card's category as a button (filterable): the same box as the label it replaces, so nothing shifts;
   * above the card's link (which covers the card), and a target of 24 px (44 px on touch) by its ::before,
   * which reaches beyond the small text without taking room.
   */
  .category.filter {
    position: relative;
    z-index: 1;
    align-self: flex-start;
    max-width: 100%;
    padding: 0;
    font: inherit;
    font-size: var(--_text-smallest);
    font-weight: 700;
    text-transform: uppercase;
    color: var(--_accent);
    background: none;
    border: 0;
    overflow: visible;
    cursor: pointer;
  }
  .category.filter > span {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .category.filter::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-start: 50%;
    min-width: 24px;
    height: max(100%, 24px);
    translate: 0 -50%;
  }
  .category.filter:hover > span,
  .category.filter[aria-pressed='true'] > span {
    text-decoration: underline;
  }
  /* The reader's filter, above the list; it wraps on a narrow screen. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: var(--_gap);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    max-width: 100%;
    padding-inline-start: 0.75em;
    font-size: var(--_text-small);
    line-height: 1.5;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow-wrap: anywhere;
  }
  .chip > button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    box-sizing: border-box;
    min-width: 2.5em;
    min-width: max(2.5em, 24px);
    min-height: 2.5em;
    min-height: max(2.5em, 24px);
    padding: 0;
    font: inherit;
    line-height: 1;
    color: inherit;
    background: none;
    border: 0;
    border-radius: 999px;
    cursor: pointer;
  }
  .chip > button:hover {
    background: var(--_border);
  }
  @media (pointer: coarse) {
    .category.filter::before {
      min-width: 44px;
      height: max(100%, 44px);
    }
    .chip > button {
      min-width: 44px;
      min-height: 44px;
    }
  }
`;
