/*
 * A backup of a workspace: one file with the whole document and what a device needs to take part
 * in it again (the invite: room, secret, name, hubs). With it a workspace comes back on a new
 * laptop when no colleague is online. Restoring it into a device that has the workspace merges,
 * as colleagues' edits do: what was changed or deleted there since the backup stays so, and what
 * the device lacks comes back.
 *
 * The file is JSON, since the desktop app writes text files: the state (Y.encodeStateAsUpdate) in
 * base64 with its length and CRC-32, the invite string and when it was saved. The checksum finds
 * a changed byte that would still decode (a letter of a title, a date). A file is checked completely,
 * the state applied to a document of its own, before anything of it reaches a workspace: one that
 * is not a backup, is damaged or comes from a newer version is refused with the reason.
 */
import * as Y from 'yjs';
import { crc32 } from '../crc32';
import { decodeInvite, encodeInvite, type Invite } from '../invite';
import { readCards } from './cards';
import { readChannels } from './channels';
import { migrate, type MigrationResult } from './migrations';
import { readPeople } from './people';
import { SCHEMA_VERSION } from './schema';
import { readMeta } from './workspace';

export const BACKUP_EXTENSION = 'sendeplan';
const FORMAT = 'sendeplan-backup';
const VERSION = 1;

/** The origin of a restore's write: not LOCAL_ORIGIN, so that undo never takes back a restore. */
export const RESTORE_ORIGIN = Symbol.for('sendeplan.restore');

export interface Backup {
  invite: Invite;
  /** When it was saved, ms since 1970. */
  savedAt: number;
  state: Uint8Array;
  /** What it holds, to show before restoring. */
  contents: { name: string; cards: number; channels: number; people: number };
}

export type BackupError = 'notBackup' | 'newerVersion' | 'damaged' | 'noWorkspace';
export type BackupReading = { ok: true; backup: Backup } | { ok: false; error: BackupError };

export function writeBackup(doc: Y.Doc, invite: Invite, now: number): string {
  const state = Y.encodeStateAsUpdate(doc);
  const file = {
    format: FORMAT,
    version: VERSION,
    savedAt: new Date(now).toISOString(),
    invite: encodeInvite(invite),
    bytes: state.length,
    crc32: crc32(state),
    state: toBase64(state),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function readBackup(text: string): BackupReading {
  const fail = (error: BackupError): BackupReading => ({ ok: false, error });
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('notBackup');
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== FORMAT)
    return fail('notBackup');
  const { version, savedAt, invite, bytes, crc32: checksum, state } = file as { [key: string]: unknown };
  if (typeof version === 'number' && version > VERSION) return fail('newerVersion');
  const decoded = typeof invite === 'string' ? decodeInvite(invite) : null;
  const saved = typeof savedAt === 'string' ? Date.parse(savedAt) : NaN;
  if (version !== VERSION || !decoded?.ok || Number.isNaN(saved) || typeof state !== 'string')
    return fail('damaged');
  const update = fromBase64(state);
  if (!update || update.length !== bytes || crc32(update) !== checksum) return fail('damaged');

  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
  } catch {
    return fail('damaged');
  }
  // A state whose parts refer to parts it lacks is not a whole document.
  if (doc.store.pendingStructs || doc.store.pendingDs) return fail('damaged');
  const meta = readMeta(doc);
  if (meta.schemaVersion === 0) return fail('noWorkspace');
  if (meta.schemaVersion > SCHEMA_VERSION) return fail('newerVersion');
  const contents = {
    name: meta.name,
    cards: readCards(doc).length,
    channels: readChannels(doc).length,
    people: readPeople(doc).length,
  };
  doc.destroy();
  return { ok: true, backup: { invite: decoded.invite, savedAt: saved, state: update, contents } };
}

/** Merges a backup read with readBackup into a workspace's document, then brings it up to date. */
export function restoreInto(doc: Y.Doc, backup: Backup): MigrationResult {
  Y.applyUpdate(doc, backup.state, RESTORE_ORIGIN);
  return migrate(doc);
}

/** Bytes per String.fromCharCode call: far below any engine's limit on arguments. */
const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
