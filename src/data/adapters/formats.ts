/** The formats other than JSON Feed, loaded together on first use (see index.ts). */
import { atom } from './atom.js';
import { liferay } from './liferay.js';
import { rss } from './rss.js';
import type { Adapter } from './types.js';
import { wordpress } from './wordpress.js';

export const FORMATS: readonly Adapter[] = [wordpress, liferay, rss, atom];
