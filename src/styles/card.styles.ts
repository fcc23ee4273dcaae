import { css } from 'lit';

/**
 * The card template's styles (src/render/card.ts), for every element that
 * renders cards. Titles and summaries are clamped to fixed line counts, and
 * the skeleton's bones fill the same lines, so a loading card already has the
 * height of the card that replaces it.
 */
export const cardStyles = css`
  .card {
    position: relative;
    display: grid;
    align-content: start;
    gap: 0.75rem;
    height: 100%;
    margin: 0;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .card.vertical {
    grid-template-rows: auto 1fr;
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .card.vertical .body {
    padding: 0 1rem 1rem;
  }
  .card.vertical .body:first-child {
    padding-top: 1rem;
  }
  .card.horizontal {
    grid-template-columns: minmax(6rem, 32%) minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
  }
  .card.horizontal .body:first-child {
    grid-column: 1 / -1;
  }
  .card.horizontal .media {
    border-radius: calc(var(--_radius) * 0.75);
  }
  .card.compact {
    display: block;
  }
  .media {
    aspect-ratio: var(--_image-ratio);
    overflow: hidden;
    background: var(--_bone);
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .media img[data-broken] {
    visibility: hidden;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    min-width: 0;
  }
  .category {
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.5;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .title {
    margin: 0;
    font-size: var(--_title-size);
    font-weight: var(--_title-weight);
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .compact .title {
    font-size: 1rem;
    -webkit-line-clamp: 2;
  }
  /* The whole card is the title link's click target: one link, one tab stop. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card:has(a:hover) .title a {
    color: var(--_accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.8125rem;
    line-height: 1.5;
    color: var(--_muted);
  }
  .author {
    overflow-wrap: anywhere;
  }
  .summary {
    margin: 0;
    font-size: 0.9375rem;
    line-height: 1.55;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .skeleton .bone {
    display: block;
    height: calc(1lh - 0.45em);
    margin-block: 0.225em;
    border-radius: 4px;
    background: var(--_bone);
  }
  .skeleton .bone.short {
    width: 55%;
  }
  .skeleton .category .bone {
    width: 6rem;
  }
  .skeleton .title {
    display: block;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bone,
    .skeleton .media {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;
