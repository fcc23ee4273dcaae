/**
 * The non-content states every element shows: a message, and for errors a
 * retry. What went wrong in detail is for the page's developer (the
 * `news-error` event and the console); readers get plain words, and a retry
 * wherever one may help: not for a missing source, which only the page can fix.
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
  // A CORS failure ('cors') keeps the button: it is not retried by itself (a server without the header fails
  // the same way), but what the browser hid may have been a gateway's passing error page (a 502), which a
  // reader's retry gets past.
  const button = html`<button part="button" class="button" type="button" @click=${retry}><span>${strings.retry}</span></button>`;
  return renderMessage(code === 'offline' ? strings.offline : strings.error, button);
}
