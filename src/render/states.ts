/**
 * The non-content states every element shows: a message, and for errors a
 * retry. What went wrong in detail is for the page's developer (the
 * `news-error` event and the console), except a missing source, which only
 * the page can fix and which no retry would.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { NewsError } from '../data/errors.js';
import type { NewsStrings } from '../i18n/strings.js';

/** A message, and what the reader can do about it (a retry button, a link back). */
export function renderMessage(message: string, action: unknown = nothing): TemplateResult {
  return html`<div part="status" class="status" role="status">
    <p>${message}</p>
    ${action}
  </div>`;
}

export function renderError(error: unknown, strings: NewsStrings, retry: () => void): TemplateResult {
  return error instanceof NewsError && error.code === 'config'
    ? renderMessage(strings.noSource)
    : renderMessage(strings.error, html`<button part="button" class="button" type="button" @click=${retry}>${strings.retry}</button>`);
}
