/*
 * Files on cards. The bytes never enter the document: every colleague would load every byte of
 * every picture on every open. The document holds one small record per file and card:
 *
 *   attachments  Y.Map<AttachmentId, {cardId, hash, name, type, size, width?, height?,
 *                                     thumb?, thumbSize?, by, at}>
 *
 * `hash` is the SHA-256 of the bytes (64 lowercase hex characters): the file's address in each
 * device's own store (renderer/sync/files) and in every transfer, and the check that what arrived
 * is what was attached. `thumb` is the hash of a small JPEG (at most THUMB_LIMIT bytes, `thumbSize`)
 * made on the adding device and stored and sent like any file: so small that tiles have it a
 * moment after the record arrives, and kept out of the document, which grows by a few hundred
 * bytes per file (300 pictures add well under 300 KB; bench/files.ts measures it).
 * `by` is the person who added it: until the bytes are elsewhere, "the file is with Ben".
 *
 * Added without a new schema version (a new top-level map): older apps keep it untouched. Records
 * are plain values written whole; removing deletes the key. Read through readAttachment, which
 * bounds every field, because a peer may have written anything.
 */
import * as Y from 'yjs';
import { leaveApprovedIfChanged } from './approvalChanges';
import { LIMITS, clip, isId, isInstant, inRange } from './bounds';
import { cardsMap, change } from './doc';
import { newId, type Brand, type CardId, type PersonId } from './ids';
import { readCard } from './read';

export type AttachmentId = Brand<string, 'AttachmentId'>;

/** The largest file a card takes (bytes); the UI shows it. */
export const FILE_LIMIT_BYTES = 200 * 1024 * 1024;
/** The most bytes a thumbnail may have. */
export const THUMB_LIMIT = 8 * 1024;
/** Files per card at most (read and written). */
export const ATTACHMENTS_PER_CARD = 50;

export interface Attachment {
  id: AttachmentId;
  cardId: CardId;
  /** SHA-256 of the bytes, 64 lowercase hex characters. */
  hash: string;
  name: string;
  /** A MIME type such as image/png; '' when unknown. */
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  /** The thumbnail, a JPEG of at most THUMB_LIMIT bytes stored like a file, or null. */
  thumb: { hash: string; size: number } | null;
  by: PersonId | null;
  at: number;
}

export interface NewAttachment {
  cardId: CardId;
  hash: string;
  name: string;
  type: string;
  size: number;
  width?: number | null;
  height?: number | null;
  thumb?: { hash: string; size: number } | null;
  by: PersonId | null;
  at?: number;
}

export class AttachmentError extends Error {
  constructor(readonly code: 'tooLarge' | 'badHash' | 'noCard' | 'tooMany') {
    super(`attachment: ${code}`);
  }
}

const HASH = /^[0-9a-f]{64}$/;
const MIME = /^[a-z]+\/[a-z0-9.+-]+$/i;

export const isFileHash = (value: unknown): value is string => typeof value === 'string' && HASH.test(value);

const attachmentsMap = (doc: Y.Doc) => doc.getMap<unknown>('attachments');

/** One stored record read defensively, or null when it is no attachment (it is then not shown). */
export function readAttachment(id: string, value: unknown): Attachment | null {
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return null;
  const v = value as Record<string, unknown>;
  if (!isId(id) || !isId(v.cardId) || !isFileHash(v.hash)) return null;
  if (!inRange(v.size, 0, FILE_LIMIT_BYTES) || !Number.isInteger(v.size)) return null;
  const dimension = (d: unknown) => (inRange(d, 1, 100_000) && Number.isInteger(d) ? d : null);
  const thumb =
    isFileHash(v.thumb) && inRange(v.thumbSize, 1, THUMB_LIMIT) && Number.isInteger(v.thumbSize)
      ? { hash: v.thumb, size: v.thumbSize }
      : null;
  return {
    id: id as AttachmentId,
    cardId: v.cardId as CardId,
    hash: v.hash,
    name: typeof v.name === 'string' && v.name.trim() !== '' ? clip(v.name, LIMITS.title) : 'Datei',
    type: typeof v.type === 'string' && v.type.length <= 100 && MIME.test(v.type) ? v.type.toLowerCase() : '',
    size: v.size,
    width: dimension(v.width),
    height: dimension(v.height),
    thumb,
    by: isId(v.by) ? (v.by as PersonId) : null,
    at: isInstant(v.at) ? v.at : 0,
  };
}

/** Every readable attachment of the workspace. */
export function readAttachments(doc: Y.Doc): Attachment[] {
  const all: Attachment[] = [];
  attachmentsMap(doc).forEach((value, id) => {
    const attachment = readAttachment(id, value);
    if (attachment) all.push(attachment);
  });
  return all;
}

/**
 * The files of the posts scheduled from `from` to `to` (both inclusive), one per hash: what a device
 * fetches ahead, so that they are there offline. Only the cards that have files are read (not all
 * cards of the workspace: this runs when a workspace opens).
 */
export function filesOfPostsBetween(doc: Y.Doc, from: string, to: string): Attachment[] {
  const byHash = new Map<string, Attachment>();
  const due = new Map<string, boolean>();
  const cards = cardsMap(doc);
  for (const attachment of readAttachments(doc)) {
    let near = due.get(attachment.cardId);
    if (near === undefined) {
      const value = cards.get(attachment.cardId);
      const card = value === undefined ? null : readCard(attachment.cardId, value);
      near = !!card && !card.archived && !!card.slot && card.slot.date >= from && card.slot.date <= to;
      due.set(attachment.cardId, near);
    }
    if (near) byHash.set(attachment.hash, attachment);
  }
  return [...byHash.values()];
}

/** A card's attachments, oldest first, at most ATTACHMENTS_PER_CARD. */
export function cardAttachments(all: readonly Attachment[], cardId: CardId): Attachment[] {
  return all
    .filter((a) => a.cardId === cardId)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
    .slice(0, ATTACHMENTS_PER_CARD);
}

/**
 * The hashes of a card's files, sorted and without repeats: what an approval of the card covers
 * (signatures.ts), so that swapping the picture after approval is a change after approval.
 */
export function cardFileHashes(doc: Y.Doc, cardId: CardId): string[] {
  return [...new Set(cardAttachments(readAttachments(doc), cardId).map((a) => a.hash))].sort();
}

/**
 * Attaches a file's record to a card. The same file twice on one card is one attachment: its
 * existing id is returned.
 */
export function addAttachment(doc: Y.Doc, input: NewAttachment): AttachmentId {
  if (!isFileHash(input.hash)) throw new AttachmentError('badHash');
  if (!Number.isInteger(input.size) || input.size < 0 || input.size > FILE_LIMIT_BYTES)
    throw new AttachmentError('tooLarge');
  if (!doc.getMap('cards').has(input.cardId)) throw new AttachmentError('noCard');
  const existing = cardAttachments(readAttachments(doc), input.cardId);
  const same = existing.find((a) => a.hash === input.hash);
  if (same) return same.id;
  if (existing.length >= ATTACHMENTS_PER_CARD) throw new AttachmentError('tooMany');
  const id = newId<AttachmentId>('att');
  const record: Record<string, unknown> = {
    cardId: input.cardId,
    hash: input.hash,
    name: clip(input.name, LIMITS.title) || 'Datei',
    type: MIME.test(input.type) ? input.type.toLowerCase() : '',
    size: input.size,
    by: input.by,
    at: input.at ?? Date.now(),
  };
  if (input.width && input.height) Object.assign(record, { width: input.width, height: input.height });
  const thumb = input.thumb;
  if (thumb && isFileHash(thumb.hash) && thumb.size > 0 && thumb.size <= THUMB_LIMIT)
    Object.assign(record, { thumb: thumb.hash, thumbSize: thumb.size });
  // A file added to an approved post is a change after approval (approvedContent.ts).
  change(doc, () => {
    attachmentsMap(doc).set(id, record);
    leaveApprovedIfChanged(doc, input.cardId);
  });
  return id;
}

/** Takes a file off its card (the bytes stay on devices until their space is freed). */
export function removeAttachment(doc: Y.Doc, id: AttachmentId): void {
  const attachment = readAttachment(id, attachmentsMap(doc).get(id));
  if (!attachmentsMap(doc).has(id)) return;
  change(doc, () => {
    attachmentsMap(doc).delete(id);
    if (attachment) leaveApprovedIfChanged(doc, attachment.cardId);
  });
}
