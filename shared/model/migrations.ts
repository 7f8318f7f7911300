/*
 * Migrations bring a document written by an older version up to SCHEMA_VERSION. They run after
 * loading from storage and are idempotent: two peers migrating the same document concurrently
 * write the same values. A document from a newer version is left untouched and reported, so an
 * old app never rewrites data it does not understand.
 */
import type * as Y from 'yjs';
import { metaMap } from './doc';
import { SCHEMA_VERSION } from './schema';
import { readMeta } from './workspace';

type Migration = (doc: Y.Doc) => void;

/** The origin of migration writes: not LOCAL_ORIGIN, so the user's undo never reverts a migration. */
export const MIGRATION_ORIGIN = Symbol.for('sendeplan.migration');

/** migrations[n] upgrades a document from version n to n + 1. Version 0 has no workspace yet. */
const migrations: { [from: number]: Migration } = {};

export type MigrationResult = 'empty' | 'current' | 'migrated' | 'newer';

/** Brings the document to version `to` (SCHEMA_VERSION; other values let tests drive their own steps). */
export function migrate(
  doc: Y.Doc,
  steps: { [from: number]: Migration } = migrations,
  to: number = SCHEMA_VERSION,
): MigrationResult {
  const from = readMeta(doc).schemaVersion;
  if (from === 0) return 'empty';
  if (from > to) return 'newer';
  if (from === to) return 'current';
  doc.transact(() => {
    for (let version = from; version < to; version++) {
      steps[version]?.(doc);
      metaMap(doc).set('schemaVersion', version + 1);
    }
  }, MIGRATION_ORIGIN);
  return 'migrated';
}
