/**
 * Every format the library reads. Detection tries them in this order, so the
 * strictest shapes come first: JSON Feed, which also accepts a bare array of
 * items, comes after WordPress's array of posts.
 */
import { atom } from './atom.js';
import { jsonFeed } from './json-feed.js';
import { liferay } from './liferay.js';
import { rss } from './rss.js';
import type { Adapter } from './types.js';
import { wordpress } from './wordpress.js';

export const ADAPTERS: readonly Adapter[] = [wordpress, liferay, jsonFeed, rss, atom];
