/**
 * The notice above a merged list (`src` with several URLs) when some of its
 * sources could not be loaded: one line per source, named by its site in
 * reader words, each with its own retry; a retry that fails again is said in
 * a polite live region of the notice (there as long as the notice is, so that
 * what comes into it is announced). Part of the on-demand sources part
 * (data/sources.ts): a list of one source never downloads it, nor its words.
 */
import { css, html, type CSSResult, type TemplateResult } from 'lit';
import { pickStrings } from '../i18n/locale.js';

export interface NoticeWords {
  /** The line for one source, by its name (its site). */
  sourceFailed: (name: string) => string;
  retry: string;
  /** The retry button's whole name, by the source's name: the visible word first (several buttons read alike). */
  retrySource: (name: string) => string;
  /** While a retry is on its way. */
  retrying: string;
  /** Announced when a retry of the source failed again. */
  sourceStillFailed: (name: string) => string;
}

export const NOTICE_WORDS: { en: NoticeWords } & Record<string, NoticeWords> = {
  en: {
    sourceFailed: (name) => `News from ${name} could not be loaded.`,
    retry: 'Try again',
    retrySource: (name) => `Try again: news from ${name}`,
    retrying: 'Loading…',
    sourceStillFailed: (name) => `News from ${name} still could not be loaded.`,
  },
  vi: {
    sourceFailed: (name) => `Không tải được tin từ ${name}.`,
    retry: 'Thử lại',
    retrySource: (name) => `Thử lại: tin từ ${name}`,
    retrying: 'Đang tải…',
    sourceStillFailed: (name) => `Vẫn chưa tải được tin từ ${name}.`,
  },
};

export interface NoticeLine {
  /** The source's URL as written in `src` (the key of its line). */
  src: string;
  /** What readers call it: its site. */
  name: string;
  /** A retry of it is on its way. */
  busy: boolean;
  /** The reader's last retry of it failed again. */
  again?: boolean;
}

/**
 * What a reader calls a source: its site's host name without `www.`; where
 * that does not tell it apart (two failed sources of one site, or the page's
 * own site), with its path.
 */
export function sourceNames(srcs: readonly string[], base = document.baseURI): string[] {
  const urls = srcs.map((src) => {
    try {
      return new URL(src, base);
    } catch {
      return undefined;
    }
  });
  const own = new URL(base).hostname;
  const site = (url: URL) => url.hostname.replace(/^www\./, '');
  return urls.map((url, i) => {
    if (!url) return srcs[i];
    const alike = url.hostname === own || urls.some((other, j) => j !== i && other?.hostname === url.hostname);
    return alike ? `${site(url)}${url.pathname}` : site(url);
  });
}

export function renderNotice(lines: readonly NoticeLine[], locale: string, retry: (src: string) => void): TemplateResult {
  const words = pickStrings(NOTICE_WORDS, locale);
  const again = lines.filter((line) => line.again).map((line) => words.sourceStillFailed(line.name));
  return html`<div part="notice" class="sources-notice">
    <span class="sr-only" role="status">${again.join(' ')}</span>
    ${lines.map(
      ({ src, name, busy }) => html`<p>
        <span>${words.sourceFailed(name)}</span>
        <button
          part="button"
          class="button"
          type="button"
          aria-label=${busy ? words.retrying : words.retrySource(name)}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => busy || retry(src)}
        ><span>${busy ? words.retrying : words.retry}</span></button>
      </p>`,
    )}
  </div>`;
}

/** Its look, adopted into the element's shadow root with the first notice (the button's is the element's own). */
export const noticeStyles: CSSResult = css`
  .sources-notice {
    display: grid;
    gap: 0.5em;
    margin-block-end: var(--_gap);
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    font-size: var(--_text-small);
    color: var(--_muted);
  }
  .sources-notice p {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0;
  }
  /* Targets of at least 24 px however small the text (a theme's 10 px root), 44 px on touch. */
  .sources-notice .button {
    min-width: 24px;
    min-height: max(2.5em, 24px);
  }
  @media (pointer: coarse) {
    .sources-notice .button {
      min-width: 44px;
      min-height: 44px;
    }
  }
  .sources-notice [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
