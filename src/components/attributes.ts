/** Attribute values as the elements read them: validated, with a fallback, never thrown on. */

/** An attribute's value if it is one of `allowed`, else the fallback. */
export const oneOf = <T extends string, F extends T | undefined>(value: unknown, allowed: readonly T[], fallback: F): T | F =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** A text attribute's value, trimmed; '' when absent (a removed attribute sets its property to null). */
export const textAttr = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** An integer within [min, max], else the fallback. */
export const intIn = (value: unknown, min: number, max: number, fallback: number): number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : fallback;
