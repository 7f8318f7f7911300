import type * as Y from 'yjs';
import { cut, inRange, LIMITS } from './bounds';
import { knownTimeZone } from './calendarDates';
import { change, columnsMap, metaMap, newRecord } from './doc';
import { keysAfter } from './ordering';
import { DEFAULT_COLUMNS, SCHEMA_VERSION, type Meta } from './schema';

export const DEFAULT_TIMEZONE = 'Europe/Berlin';

/** Sets up a new workspace: meta and the default workflow columns. */
export function createWorkspace(doc: Y.Doc, input: { name: string; timezone?: string }): void {
  change(doc, () => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('name', input.name.trim().slice(0, LIMITS.name));
    meta.set('timezone', input.timezone ?? DEFAULT_TIMEZONE);
    meta.set('weekStartsOn', 1);
    addMissingDefaultColumns(doc);
  });
}

function addMissingDefaultColumns(doc: Y.Doc): void {
  const columns = columnsMap(doc);
  const orders = keysAfter(null, DEFAULT_COLUMNS.length);
  DEFAULT_COLUMNS.forEach((column, i) => {
    if (!columns.has(column.id)) {
      columns.set(column.id, newRecord({ title: column.title, order: orders[i], stage: column.stage }));
    }
  });
}

/**
 * Brings back the default columns when a board has none left: peers that each delete "the other"
 * columns at the same time can together delete all of them. The cards were never lost (the board
 * shows orphaned cards in the first column), they only had nowhere to be shown.
 */
export function restoreDefaultColumns(doc: Y.Doc): void {
  change(doc, () => addMissingDefaultColumns(doc));
}

export function renameWorkspace(doc: Y.Doc, name: string): void {
  change(doc, () => metaMap(doc).set('name', name.trim().slice(0, LIMITS.name)));
}

export function readMeta(doc: Y.Doc): Meta {
  const meta = metaMap(doc);
  const name = meta.get('name');
  const version = meta.get('schemaVersion');
  const timezone = meta.get('timezone');
  const weekStartsOn = meta.get('weekStartsOn');
  return {
    schemaVersion: Number.isSafeInteger(version) && (version as number) > 0 ? (version as number) : 0,
    name: typeof name === 'string' ? cut(name, LIMITS.name) : '',
    // A zone this system does not know would make every formatter of the wall clock throw.
    timezone:
      typeof timezone === 'string' && timezone.length <= LIMITS.name
        ? knownTimeZone(timezone)
        : DEFAULT_TIMEZONE,
    weekStartsOn: Number.isInteger(weekStartsOn) && inRange(weekStartsOn, 0, 7) ? weekStartsOn : 1,
  };
}

/** A workspace exists once it has a schema version (set by createWorkspace or received from a peer). */
export function isWorkspaceReady(doc: Y.Doc): boolean {
  return readMeta(doc).schemaVersion > 0;
}
