/**
 * What `news-widgets/vue` rejects: each line below must be an error (`tsc -p demo/vue` fails on a
 * `@ts-expect-error` that has none). Type-checked only; not part of the app. (Templates in .vue files
 * are checked the same way by vue-tsc, against GlobalComponents.)
 */
import type { NewsCardProps, NewsListProps } from 'news-widgets/vue';
import type { GlobalComponents } from 'vue';

/** What a template may give <news-list>, as vue-tsc reads it: Vue's GlobalComponents, augmented. */
type ListInTemplate = InstanceType<GlobalComponents['news-list']>['$props'];

export const accepted: NewsListProps[] = [
  { refreshInterval: 60, pagination: 'more', 'page-size': 6, pageSize: 6, skipOpen: false },
  { onNewsLoad: (event) => event.detail.items.length, onNewsError: (event) => event.detail.error.message },
  { onNewsFilter: (event) => event.detail.category },
];
export const inTemplate: ListInTemplate = { limit: 2, layout: 'grid', onNewsSelect: (event) => event.detail.href };
export const card: NewsCardProps = { 'article-id': '1', variant: 'horizontal', onNewsSelect: (event) => event.detail.target };

export const rejected = [
  // @ts-expect-error a layout that does not exist
  { layout: 'cards' } satisfies NewsListProps,
  // @ts-expect-error a number, not a string
  { limit: '2' } satisfies NewsListProps,
  // @ts-expect-error a boolean by its attribute's name: Vue would write `false` as skip-open="false", which turns it on (skipOpen instead)
  { 'skip-open': false } satisfies NewsListProps,
  // @ts-expect-error a boolean, not a string
  { skipOpen: 'yes' } satisfies NewsListProps,
  // @ts-expect-error `refresh` would overwrite the element's refresh() method: the prop is refreshInterval
  { refresh: 60 } satisfies NewsListProps,
  // @ts-expect-error no such field in news-select's detail
  { onNewsSelect: (event) => event.detail.url } satisfies NewsListProps,
  // @ts-expect-error <news-card> fires no news-filter
  { onNewsFilter: () => {} } satisfies NewsCardProps,
  // @ts-expect-error the global component's props, as a template's: a layout that does not exist
  { layout: 'cards' } satisfies ListInTemplate,
];
