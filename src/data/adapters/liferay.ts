/**
 * Liferay DXP Headless Delivery web content into the model. Pure: no fetch.
 *
 * Reads a page of structured contents
 * (`/o/headless-delivery/v1.0/sites/{siteId}/structured-contents`,
 * `…/structured-content-folders/{id}/structured-contents`) or of content-set
 * elements (`/o/headless-delivery/v1.0/content-sets/{id}/content-set-elements`,
 * whose items wrap a structured content as `{ id, title, contentType, content }`).
 * Shapes assumed, as Liferay 7.3/7.4 send them:
 *
 * - The page: `{ items, page, pageSize, totalCount, lastPage, actions, facets }`.
 * - An item: numeric `id`, `key` (the article ID), `title`, `description`,
 *   `friendlyUrlPath` (one bare segment, no slash), `datePublished`,
 *   `dateCreated`, `dateModified`, `creator: { name, profileURL }`,
 *   `keywords: string[]`, `taxonomyCategoryBriefs: [{ taxonomyCategoryName }]`
 *   and `contentFields: [{ name, label, dataType, contentFieldValue, nestedContentFields }]`
 *   (fields inside a 7.4 fieldset are in `nestedContentFields`).
 * - A rich text field has `dataType: 'html'` and its HTML in `contentFieldValue.data`;
 *   an image field has `dataType: 'image'` and `contentFieldValue.image:
 *   { contentUrl, description, title }`, `contentUrl` relative to the portal
 *   (`/documents/…`) and `description` the alt text editors enter.
 *
 * The article's URL is not in the payload: Liferay shows web content at a
 * page of the portal's choosing (`{site}/w/{friendlyUrlPath}` from 7.3, or a
 * display page or asset publisher of its own). So `urlBase` (the `url-base`
 * attribute) is a prefix to which `friendlyUrlPath` is appended: with
 * `https://portal.example/web/guest/w` an item `tin-moi` is at
 * `https://portal.example/web/guest/w/tin-moi`. A `/` is put between them
 * unless the prefix ends with `/` or `=` (`…/chi-tiet?slug=`). Without
 * `urlBase`, items have no URL. Relative image URLs resolve against
 * `urlBase` when given (the portal), else against the feed's URL.
 */
import { pathSegment } from '../../render/safe.js';
import { htmlToText } from '../../render/trusted-types.js';
import { NewsError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { NewsArticle, NewsAuthor, NewsImage, NewsPaging } from '../model.js';
import { describe, isObject, pageByQuery, readDate, readText, readTextList, readUrl, type Json } from './read.js';
import type { AdaptedFeed, Adapter, AdapterContext } from './types.js';

const ENVELOPE = ['page', 'pageSize', 'totalCount', 'lastPage'];

/** A content-set element's structured content, or the item itself. */
const unwrap = (item: unknown): Json | undefined => (isObject(item) ? (isObject(item.content) ? item.content : item) : undefined);

function looksLikeContent(item: unknown): boolean {
  const content = unwrap(item);
  return (
    !!content &&
    (Array.isArray(content.contentFields) || content.contentStructureId !== undefined || (!!readText(content.friendlyUrlPath) && !!readText(content.title)))
  );
}

/** Liferay's page envelope around items that look like structured contents (an empty page too). */
function detect(payload: unknown): payload is Json & { items: unknown[] } {
  if (!isObject(payload) || !Array.isArray(payload.items)) return false;
  return ENVELOPE.every((key) => typeof payload[key] === 'number') && (!payload.items.length || payload.items.some(looksLikeContent));
}

function read(payload: unknown, { base, urlBase, headers }: AdapterContext): AdaptedFeed {
  if (!detect(payload)) throw new NewsError('format', `not Liferay structured contents: got ${describe(payload)}`);
  // Where the portal's relative URLs (`/documents/…`) resolve.
  const portal = readUrl(urlBase, base) ?? base;
  const paging: NewsPaging = {};
  const total = readCount(payload.totalCount);
  const pages = readCount(payload.lastPage);
  if (total !== undefined) paging.total = total;
  if (pages !== undefined) paging.pages = pages;
  return {
    // Liferay answers in the language asked for (Accept-Language), and says which in Content-Language.
    language: readText(headers?.get('content-language')),
    entries: payload.items,
    readItem(entry, index) {
      // A content set may hold blog posts, documents…: only web content is news here.
      if (isObject(entry) && readText(entry.contentType) && entry.contentType !== 'StructuredContent') return undefined;
      const content = unwrap(entry);
      return content && readItem(content, index, entry as Json, { base, urlBase }, portal);
    },
    paging: Object.keys(paging).length ? paging : undefined,
  };
}

function readItem(item: Json, index: number, element: Json, { base, urlBase }: AdapterContext, portal?: string): NewsArticle | undefined {
  const fields = flatten(item.contentFields);
  // Titles are plain text but editors' entities (`&amp;`) come through: decoded, as any markup would be.
  const title = htmlToText(readText(item.title) ?? readText(element.title), LIMITS.title);
  const summary = htmlToText(readText(item.description));
  const html = fields.filter((field) => field.dataType === 'html');
  const body = html.find((field) => /content|body|n[oộ]i.?dung/i.test(`${field.name} ${field.label}`)) ?? html[0];
  const contentHtml = readText(isObject(body?.contentFieldValue) ? body.contentFieldValue.data : undefined);
  const url = readArticleUrl(item.friendlyUrlPath, urlBase, base);
  if (!title && !summary && !contentHtml && !url) return undefined;
  const category = Array.isArray(item.taxonomyCategoryBriefs)
    ? item.taxonomyCategoryBriefs.map((brief) => (isObject(brief) ? readText(brief.taxonomyCategoryName) : undefined)).find(Boolean)
    : undefined;
  return {
    // The numeric id is what every Headless Delivery URL names the content by
    // (`/structured-contents/{id}`); `key`, the article ID, only when it is missing.
    id: readText(item.id, { numbers: true }) ?? readText(item.key, { numbers: true }) ?? `item-${index + 1}`,
    url,
    title,
    summary,
    contentHtml,
    image: readImage(fields.find((field) => field.dataType === 'image'), portal),
    published: readDate(item.datePublished) ?? readDate(item.dateCreated),
    updated: readDate(item.dateModified),
    authors: readAuthors(item.creator),
    category: category ? { title: category } : undefined,
    tags: readTextList(item.keywords),
  };
}

/** Content fields, those inside fieldsets (`nestedContentFields`) in document order. */
function flatten(fields: unknown): Json[] {
  return Array.isArray(fields) ? fields.filter(isObject).flatMap((field) => [field, ...flatten(field.nestedContentFields)]) : [];
}

function readArticleUrl(path: unknown, urlBase?: string, base?: string): string | undefined {
  const segment = readText(path)?.replace(/^\/+/, '');
  // Encoded, so a segment can only ever be a path segment (never `javascript:`, `//host`, `..`).
  const encoded = segment && urlBase && pathSegment(segment);
  return encoded ? readUrl(`${urlBase}${/[/=]$/.test(urlBase) ? '' : '/'}${encoded}`, base) : undefined;
}

function readImage(field: Json | undefined, portal?: string): NewsImage | undefined {
  const image = field && isObject(field.contentFieldValue) ? field.contentFieldValue.image : undefined;
  if (!isObject(image)) return undefined;
  const url = readUrl(image.contentUrl, portal);
  if (!url) return undefined;
  // The document's title is most often its file name ("toa-dam.jpg"), no text alternative.
  const title = readText(image.title);
  const alt = readText(image.description) ?? (title && !/\.[a-z0-9]{3,4}$/i.test(title) ? title : '');
  return { url, alt };
}

/** The creator; `profileURL` is site-relative (`/web/ten`), kept only when absolute. */
function readAuthors(creator: unknown): NewsAuthor[] {
  const name = isObject(creator) ? readText(creator.name) : undefined;
  if (!name) return [];
  const url = readText((creator as Json).profileURL);
  return [url && /^https?:\/\//i.test(url) ? { name, url } : { name }];
}

const readCount = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

export const liferay: Adapter = { format: 'liferay', detect, read, pageUrl: pageByQuery('pageSize') };
