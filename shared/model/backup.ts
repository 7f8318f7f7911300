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
 *
 * With a passphrase the whole file is encrypted (encryptBackup): AES-GCM 256 with a key derived by
 * PBKDF2-SHA-256 (600,000 iterations, 16 random bytes of salt), a random 12-byte IV, and the
 * envelope's header as additional data, so that a changed byte anywhere, header included, is
 * refused like a wrong passphrase (AES-GCM cannot tell the two apart, and neither do we). The
 * envelope shows nothing of the workspace, not even its room id.
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

// ---------------------------------------------------------------------------------------------
// Passphrase

const ENCRYPTED_FORMAT = 'sendeplan-backup-encrypted';
const PBKDF2_ITERATIONS = 600_000;

export type DecryptResult = { ok: true; text: string } | { ok: false; error: 'wrongPassphrase' | 'damaged' };

interface Envelope {
  format: typeof ENCRYPTED_FORMAT;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The header the cipher authenticates: everything in the envelope but the ciphertext. */
const headerOf = (e: Omit<Envelope, 'data'>) =>
  new TextEncoder().encode(JSON.stringify([e.format, e.version, e.kdf, e.cipher]));

/** Whether a file's text is a backup encrypted with a passphrase. */
export function isEncryptedBackup(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && (value as Envelope).format === ENCRYPTED_FORMAT;
  } catch {
    return false;
  }
}

/** A backup's text (writeBackup) encrypted with a passphrase. */
export async function encryptBackup(text: string, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: Omit<Envelope, 'data'> = {
    format: ENCRYPTED_FORMAT,
    version: VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const key = await passphraseKey(passphrase, salt, PBKDF2_ITERATIONS);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: headerOf(header) },
    key,
    new TextEncoder().encode(text),
  );
  return `${JSON.stringify({ ...header, data: toBase64(new Uint8Array(data)) }, null, 2)}\n`;
}

/** The backup's text, or why not: a wrong passphrase and a changed file both give 'wrongPassphrase'. */
export async function decryptBackup(text: string, passphrase: string): Promise<DecryptResult> {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(text) as Envelope;
  } catch {
    return { ok: false, error: 'damaged' };
  }
  const iterations = envelope?.kdf?.iterations;
  const salt = typeof envelope?.kdf?.salt === 'string' ? fromBase64(envelope.kdf.salt) : null;
  const iv = typeof envelope?.cipher?.iv === 'string' ? fromBase64(envelope.cipher.iv) : null;
  const data = typeof envelope?.data === 'string' ? fromBase64(envelope.data) : null;
  if (
    envelope?.format !== ENCRYPTED_FORMAT ||
    envelope.version !== VERSION ||
    envelope.kdf.name !== 'PBKDF2' ||
    envelope.kdf.hash !== 'SHA-256' ||
    envelope.cipher.name !== 'AES-GCM' ||
    typeof iterations !== 'number' ||
    !Number.isInteger(iterations) ||
    // A forged file must not make this device derive keys for minutes, nor weaken the derivation.
    iterations < 100_000 ||
    iterations > 10_000_000 ||
    salt?.length !== 16 ||
    iv?.length !== 12 ||
    !data
  )
    return { ok: false, error: 'damaged' };
  try {
    const key = await passphraseKey(passphrase, new Uint8Array(salt), iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(iv), additionalData: headerOf(envelope) },
      key,
      new Uint8Array(data),
    );
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, error: 'wrongPassphrase' };
  }
}
