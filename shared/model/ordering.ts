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

/**
 * The key for placing an item among `siblings` (sorted by compareOrdered); `except`, the item itself
 * when it is listed among them, is passed over.
 */
export function keyForPlacement(siblings: readonly Ordered[], place: Placement, except?: string): string {
  // The sibling at `index`, or the next one in direction `step` if that is the one left out: the
  // card being moved may still be listed where it was (a copy of the list without it would cost
  // more than the whole placement).
  const at = (index: number, step: 1 | -1) =>
    except !== undefined && siblings[index]?.id === except ? siblings[index + step] : siblings[index];
  if (place === 'start') return keyBetween(null, at(0, 1)?.order ?? null);
  if (typeof place === 'object') {
    const anchor = 'before' in place ? place.before : place.after;
    const index = anchor === except ? -1 : siblings.findIndex((s) => s.id === anchor);
    if (index >= 0) {
      const [lower, upper] =
        'before' in place ? [at(index - 1, -1), siblings[index]] : [siblings[index], at(index + 1, 1)];
      return keyBetween(lower?.order ?? null, upper?.order ?? null);
    }
  }
  return keyBetween(at(siblings.length - 1, -1)?.order ?? null, null);
}
