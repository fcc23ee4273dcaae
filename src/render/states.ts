/**
 * The non-content states every element shows: a message, and for errors a
 * retry. What went wrong in detail is for the page's developer (the
 * `news-error` event and the console); readers get plain words, and a retry
 * only where one may help: not for a missing source, nor for a feed whose
 * server refuses this page (CORS), which only the page's developer can fix.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { NewsError } from '../data/errors.js';
import type { NewsStrings } from '../i18n/strings.js';

/** Messages, which an element shows inside its live region (so that they are announced). */
const messages = new WeakSet<TemplateResult>();

export const isMessage = (result: TemplateResult): boolean => messages.has(result);

/** A message, and what the reader can do about it (a retry button, a link back). */
export function renderMessage(message: string, action: unknown = nothing): TemplateResult {
  const result = html`<div part="status" class="status">
    <p>${message}</p>
    ${action}
  </div>`;
  messages.add(result);
  return result;
}

export function renderError(error: unknown, strings: NewsStrings, retry: () => void): TemplateResult {
  const code = error instanceof NewsError ? error.code : undefined;
  if (code === 'config') return renderMessage(strings.noSource);
  // The server answered and the browser hid it from this page (a probe told so): a retry fails the same way until the server changes.
  if (code === 'cors') return renderMessage(strings.error);
  const button = html`<button part="button" class="button" type="button" @click=${retry}><span>${strings.retry}</span></button>`;
  return renderMessage(code === 'offline' ? strings.offline : strings.error, button);
}
