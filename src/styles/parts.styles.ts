import { css } from 'lit';

/**
 * Boxes more than one element draws: the image box (a fixed aspect ratio, a
 * broken image hidden in a box that keeps its size) and the skeleton's bones
 * (each exactly one line of its row, a bar in the middle of it).
 */
export const partStyles = css`
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
    object-position: var(--_image-position);
  }
  .media img[data-broken] {
    visibility: hidden;
  }
  .skeleton .bone {
    display: block;
    height: 1lh;
    background: linear-gradient(var(--_bone), var(--_bone)) 0 50% / 100% 0.75em no-repeat;
  }
  .skeleton .bone.short {
    width: 55%;
  }
`;
