/**
 * Every format the library reads. JSON Feed, the native one, is read by the
 * main bundle; the code of the others (WordPress, Liferay, RSS, Atom) loads
 * on first use, so that a page on JSON Feed never downloads it.
 */
import { loadPart, PARTS } from '../parts.js';
import type { Adapter } from './types.js';

/** The other formats, in the order detection tries them (see parse.ts); a chunk that cannot be fetched rejects with a `MissingPart`. */
export const loadFormats = (): Promise<readonly Adapter[]> =>
  loadPart(PARTS.formats, () => import('./formats.js')).then((module) => module.FORMATS);
