/*
 * A workspace whose key was renewed (a new room and secret; the state copied there) leaves a marker
 * in the old room: `meta.movedAt` (ms) and `meta.movedBy` (a person id). It carries nothing secret,
 * neither the new room nor its secret: colleagues who are to stay get the new invite out of band,
 * and a device the key was renewed against learns only that it was left behind.
 */
import type * as Y from 'yjs';
import { change, metaMap } from './doc';
import type { PersonId } from './ids';

export interface Moved {
  at: number;
  by: PersonId | null;
}

export function markMoved(doc: Y.Doc, by: PersonId | null, now = Date.now()): void {
  change(doc, () => {
    metaMap(doc).set('movedAt', now);
    if (by) metaMap(doc).set('movedBy', by);
  });
}

/** The marker, read defensively: a time that is not a plausible date counts as none. */
export function readMoved(doc: Y.Doc): Moved | null {
  const at = metaMap(doc).get('movedAt');
  if (typeof at !== 'number' || !Number.isFinite(at) || at <= 0 || at > 8.64e15) return null;
  const by = metaMap(doc).get('movedBy');
  return { at, by: typeof by === 'string' ? (by as PersonId) : null };
}
