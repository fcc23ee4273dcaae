/**
 * What `news-widgets/react` rejects: each line below must be an error (`tsc -p demo/react` fails on a
 * `@ts-expect-error` that has none). Type-checked only; not part of the app. TypeScript lets any JSX
 * attribute whose name has a hyphen through when the type does not declare it, so a misspelt
 * `skip-opn` or `onnews-selct` is not caught; a declared one is checked.
 */
import type {} from 'news-widgets/react';

export const rejected = (
  <>
    {/* @ts-expect-error a layout that does not exist */}
    <news-list layout="cards" />
    {/* @ts-expect-error a property set as such: a number, not a string */}
    <news-list limit="2" />
    {/* @ts-expect-error a boolean attribute */}
    <news-list skip-open="yes" />
    {/* @ts-expect-error no such property (misspelt) */}
    <news-list limt={2} />
    {/* @ts-expect-error `refresh` would overwrite the element's refresh() method: the prop is refreshInterval */}
    <news-list refresh={60} />
    {/* @ts-expect-error no such field in news-select's detail */}
    <news-list onnews-select={(event) => event.detail.url} />
    {/* @ts-expect-error a card variant that does not exist (a list's layout) */}
    <news-card variant="grid" />
    {/* @ts-expect-error a date format that does not exist */}
    <news-card date-format="iso" />
  </>
);

export const accepted = (
  <>
    <news-list refreshInterval={60} pagination="more" page-size={6} skip-open className="news" style={{ maxWidth: '40rem' }} />
    <news-list onnews-load={(event) => event.detail.items.length} onnews-error={(event) => event.detail.error.message} />
    <news-list onnews-filter={(event) => event.detail.category} />
    <news-card article-id="1" variant="horizontal" onnews-select={(event) => event.detail.href} />
    <news-article article-param="tin" embed-hosts="www.youtube.com" />
    <news-breadcrumb current="Tin tức" />
  </>
);
