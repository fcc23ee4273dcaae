import { css } from 'lit';
import { partStyles } from '../../styles/parts.styles.js';
import { statusStyles, tokens } from '../../styles/tokens.styles.js';

/** A reading page: the body's own HTML (paragraphs, lists, tables, figures) gets calm defaults. */
export const styles = [
  tokens,
  partStyles,
  statusStyles,
  css`
    .article {
      display: grid;
      /* One column as wide as the element, whatever a body holds (a wide table, a long line). */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
    }
    [part='category'] {
      justify-self: start;
      font-size: 0.8125rem;
      font-weight: 700;
      text-transform: uppercase;
      color: var(--_accent);
    }
    .title {
      font-size: calc(var(--_title-size) * 1.75);
      font-weight: var(--_title-weight);
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    .title:focus {
      outline: none;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    .media {
      margin: 0.5rem 0;
      border-radius: var(--_radius);
    }
    .body {
      font-size: 1.0625rem;
      line-height: 1.7;
      overflow-wrap: break-word;
      /* Nothing a body draws may paint, or take clicks, outside its box (a list
         marker numbered in the billions, a canvas, a wide table or image): clipped. */
      contain: paint;
    }
    /* A link at the body's edge keeps its focus ring inside the clip. */
    .body a:focus-visible {
      outline-offset: 0;
    }
    .body pre {
      overflow-x: auto;
    }
    .notice {
      margin: 0;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    .notice a {
      color: var(--_accent);
      text-decoration: underline;
    }
    /* The sanitized body's own wrapper: no box of its own. */
    .body > .content {
      display: contents;
    }
    /* A long body: the browser lays out and paints only the blocks near the screen. */
    .body > .content.long > *,
    .body.long > p {
      content-visibility: auto;
      contain-intrinsic-size: auto 4lh;
    }
    .body > :first-child,
    .body > .content > :first-child {
      margin-top: 0;
    }
    /* Only a link looks like one: an anchor the sanitizer left without href is text. */
    .body a[href] {
      color: var(--_accent);
      text-decoration: underline;
    }
    .body img,
    .body video,
    .body iframe {
      max-width: 100%;
      height: auto;
    }
    .body iframe {
      width: 100%;
      aspect-ratio: 16 / 9;
      border: 0;
    }
    .body table {
      border-collapse: collapse;
      display: block;
      max-width: 100%;
      overflow-x: auto;
    }
    .body td,
    .body th {
      border: 1px solid var(--_border);
      padding: 0.25rem 0.5rem;
    }
    .body blockquote {
      margin-inline: 0;
      padding-inline-start: 1rem;
      border-inline-start: 3px solid var(--_border);
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
    }
    .tags li {
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-size: 0.8125rem;
    }
  `,
];
