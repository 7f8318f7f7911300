/*
 * Order inside a column (and of columns, channels) uses fractional keys: a new key sorts between
 * its neighbours, so a move writes one value and never shifts others. Sort by (order, id): two
 * peers that generate the same key concurrently still agree on one order.
 *
 * Keys come from other peers too, so they may be malformed or equal. Whatever the neighbours are,
 * keyBetween returns a valid key; inverted neighbours are taken the right way round, and when no
 * key fits between them (equal neighbours) it returns one just after `before` rather than failing
 * the user's move.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export function keyBetween(before: string | null, after: string | null): string {
  try {
    return generateKeyBetween(before, after);
  } catch {
    try {
      return generateKeyBetween(before, null);
    } catch {
      return generateKeyBetween(null, after === null ? null : safeUpper(after));
    }
  }
}

function safeUpper(key: string): string | null {
  try {
    generateKeyBetween(null, key);
    return key;
  } catch {
    return null;
  }
}

/** `count` ascending keys after `before`. */
export function keysAfter(before: string | null, count: number): string[] {
  try {
    return generateNKeysBetween(before, null, count);
  } catch {
    return generateNKeysBetween(null, null, count);
  }
}

export interface Ordered {
  id: string;
  order: string;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Where an item goes among its siblings. A neighbour that no longer exists means "at the end". */
export type Placement = { before: string } | { after: string } | 'start' | 'end';

/** The key for placing an item among `siblings` (sorted by compareOrdered, without the item itself). */
export function keyForPlacement(siblings: readonly Ordered[], place: Placement): string {
  if (place === 'start') return keyBetween(null, siblings[0]?.order ?? null);
  if (typeof place === 'object') {
    const anchor = 'before' in place ? place.before : place.after;
    const index = siblings.findIndex((s) => s.id === anchor);
    if (index >= 0) {
      const [lower, upper] =
        'before' in place ? [siblings[index - 1], siblings[index]] : [siblings[index], siblings[index + 1]];
      return keyBetween(lower?.order ?? null, upper?.order ?? null);
    }
  }
  return keyBetween(siblings.at(-1)?.order ?? null, null);
}
