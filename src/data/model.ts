/**
 * The one internal model every feed format is turned into. Elements and
 * templates only ever see these shapes. A field that a feed does not give is
 * absent (never `null`, never an empty string), so a template can test it
 * with a plain truthiness check and never prints "null".
 */

/** A titled link: a category, a crumb. `url` is as the feed gave it, resolved against the feed. */
export interface NewsLink {
  title: string;
  url?: string;
}

export interface NewsAuthor {
  name: string;
  url?: string;
}

export interface NewsImage {
  url: string;
  /** Text alternative; empty when the feed gives none (the image is then decorative). */
  alt: string;
}

export interface NewsArticle {
  /** Stable identifier, unique within its feed. */
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  /** The plain-text body, when the feed has one. */
  text?: string;
  /** The HTML body, untrusted: it is only ever rendered after sanitizing. */
  contentHtml?: string;
  image?: NewsImage;
  published?: Date;
  updated?: Date;
  authors: NewsAuthor[];
  category?: NewsLink;
  tags: string[];
  breadcrumb?: NewsLink[];
  language?: string;
}

/** What a source says about paging, for listings that page on the server. */
export interface NewsPaging {
  total?: number;
  pages?: number;
  nextUrl?: string;
}

/** One source of a merged feed (`src` with several URLs) that could not be loaded. */
export interface SourceFailure {
  /** The URL as written in `src`. */
  src: string;
  /** Why: a `NewsError` (or a `MissingPart`). */
  error: unknown;
}

export interface NewsFeed {
  /** Where it was read from: relative URLs in article bodies resolve against it. */
  url?: string;
  /** The format it was read from (how further pages are asked for). */
  format?: import('./adapters/types.js').FeedFormat;
  title?: string;
  /** The site's page for this feed: where "back to the list" leads. */
  homePageUrl?: string;
  language?: string;
  breadcrumb?: NewsLink[];
  items: NewsArticle[];
  paging?: NewsPaging;
  /** A merged feed (`src` with several URLs): the sources that failed, while the others are shown. */
  failures?: SourceFailure[];
}
