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
      align-content: start;
      gap: 0.75em;
    }
    /*
     * While the article loads (and until its body is ready), it reserves a
     * screen's height: what follows it on the page is then below the fold, and
     * an article of any length arrives without moving what the reader sees.
     * On an article page (article-param), the element keeps that height in
     * every state: a short article, an unknown id or an error does not pull
     * what follows up into view either.
     */
    .article.skeleton,
    .article.reserve,
    :host([article-param]) {
      min-height: 100vh;
      min-height: 100svh;
    }
    [part='category'] {
      justify-self: start;
      font-size: var(--_text-smaller);
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
      gap: 0.25em 1em;
      font-size: var(--_text-small);
      color: var(--_muted);
    }
    .media {
      margin: 0.5em 0;
      border-radius: var(--_radius);
    }
    .body {
      line-height: 1.7;
      overflow-wrap: break-word;
      /* Nothing a body draws may paint, or take clicks, outside its box (a list
         marker numbered in the billions, a canvas, a wide table or image): clipped. */
      contain: paint;
    }
    /* Focus rings inside the body are drawn inside their element: at the body's edge, the clip would cut them. */
    .body a:focus-visible {
      outline-offset: -2px;
    }
    /* A table or code block that scrolls takes focus (the element sees to it), and shows it. */
    .body :is(table, pre):focus-visible {
      outline: var(--_focus-ring);
      outline-offset: -2px;
    }
    /* Headings of the body, re-levelled under the title (h2 first): sizes by level. */
    .body :is(h2, h3, h4, h5, h6) {
      margin: 1.5em 0 0.5em;
      line-height: 1.3;
      font-weight: var(--_title-weight);
    }
    .body h2 {
      font-size: 1.375em;
    }
    .body h3 {
      font-size: 1.2em;
    }
    .body h4 {
      font-size: 1.1em;
    }
    .body :is(h5, h6) {
      font-size: 1em;
    }
    .body pre {
      overflow-x: auto;
    }
    .notice {
      margin: 0;
      font-size: var(--_text-small);
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
      padding: 0.25em 0.5em;
    }
    .body blockquote {
      margin-inline: 0;
      padding-inline-start: 1em;
      border-inline-start: 3px solid var(--_border);
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0.5em 0 0;
      padding: 0;
      list-style: none;
    }
    .tags li {
      padding: 0.125em 0.625em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-size: var(--_text-smaller);
    }
  `,
];
