/*
 * What an approval approves, in one place: the card's title, slot and brief, the post's format
 * and link, the copy of each channel the card posts to, and its files (by hash). An approval keeps a snapshot of it
 * (the decision's `content`, requests.ts) and signs its fingerprint (signatures.ts); a later
 * change of any of it is "nach Freigabe geändert" (approvalChanges.ts). Whatever else a post will
 * carry that an approver must see belongs here, and nowhere else.
 *
 * The snapshot is a plain JSON value with a fixed key order, so its canonical text — and the
 * fingerprint over it — is the same on every device.
 */
import * as Y from 'yjs';
import { cardAttachments, readAttachments } from './attachments';
import { cut, isId, LIMITS } from './bounds';
import { cardsMap } from './doc';
import type { CardId } from './ids';
import { isPostLink } from './post';
import { isSlot, readCard } from './read';
import { POST_FORMATS, type PostFormat, type Slot } from './schema';

export interface ApprovedContent {
  title: string;
  slot: Slot | null;
  brief: string;
  format: PostFormat | null;
  link: string;
  /** [channelId, text] of each channel of the card whose copy is not empty, by channel id. */
  copy: readonly (readonly [string, string])[];
  /** [sha256, name] of each file on the card (attachments.ts), by hash; swapping a picture changes it. */
  files: readonly (readonly [string, string])[];
}

/** The content of a card an approval covers now; null when the card is gone. */
export function approvedContent(doc: Y.Doc, cardId: CardId): ApprovedContent | null {
  const value = cardsMap(doc).get(cardId);
  if (!(value instanceof Y.Map)) return null;
  const card = readCard(cardId, value);
  const copy = [...new Set(card.channelIds)]
    .filter((id) => (card.post.copy[id] ?? '') !== '')
    .sort()
    .map((id) => [id, card.post.copy[id]!] as const);
  return {
    title: card.title,
    slot: card.slot && { date: card.slot.date, time: card.slot.time, channelId: card.slot.channelId },
    brief: card.body,
    format: card.post.format,
    link: card.post.link,
    copy,
    files: [
      ...new Map(cardAttachments(readAttachments(doc), cardId).map((a) => [a.hash, a.name])).entries(),
    ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

/** The canonical text of a content: what its fingerprint is taken over. */
export function canonicalContent(content: ApprovedContent): string {
  return JSON.stringify([
    'sendeplan-content-1',
    content.title,
    content.slot && [content.slot.date, content.slot.time, content.slot.channelId],
    content.brief,
    content.format,
    content.link,
    content.copy,
    // Only when there are files, so that a content without any keeps its earlier fingerprint.
    ...(content.files.length > 0 ? [content.files.map(([hash]) => hash)] : []),
  ]);
}

export const sameContent = (a: ApprovedContent, b: ApprovedContent) =>
  canonicalContent(a) === canonicalContent(b);

/** A stored snapshot read defensively (a peer wrote it); null when it is none. */
export function readApprovedContent(value: unknown): ApprovedContent | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as { [key: string]: unknown };
  const { title, slot, brief, format, link, copy, files } = v;
  if (typeof title !== 'string' || typeof brief !== 'string' || !Array.isArray(copy)) return null;
  if (!(slot === null || isSlot(slot))) return null;
  if (!(format === null || (POST_FORMATS as readonly unknown[]).includes(format))) return null;
  if (!(link === '' || isPostLink(link))) return null;
  const entries: [string, string][] = [];
  for (const entry of copy.slice(0, LIMITS.list)) {
    if (!Array.isArray(entry) || !isId(entry[0]) || typeof entry[1] !== 'string') return null;
    entries.push([entry[0], cut(entry[1], LIMITS.copy)]);
  }
  const fileEntries: [string, string][] = [];
  for (const entry of Array.isArray(files) ? files.slice(0, LIMITS.list) : []) {
    if (!Array.isArray(entry) || !/^[0-9a-f]{64}$/.test(String(entry[0])) || typeof entry[1] !== 'string')
      return null;
    fileEntries.push([entry[0] as string, cut(entry[1], LIMITS.title)]);
  }
  return {
    title: cut(title, LIMITS.title),
    slot: slot && { date: slot.date, time: slot.time, channelId: slot.channelId },
    brief: cut(brief, LIMITS.text),
    format: format as PostFormat | null,
    link: link as string,
    copy: entries,
    files: fileEntries,
  };
}

/** The snapshot as it is stored in the document (plain JSON; Yjs keeps the value it is given). */
export function storedContent(content: ApprovedContent): unknown {
  return {
    title: content.title,
    slot: content.slot && { ...content.slot },
    brief: content.brief,
    format: content.format,
    link: content.link,
    copy: content.copy.map(([id, text]) => [id, text]),
    files: content.files.map(([hash, name]) => [hash, name]),
  };
}

export type ContentField = 'title' | 'slot' | 'brief' | 'format' | 'link' | 'copy' | 'files';

/** One difference between what was approved and what is there now. */
export interface ContentChange {
  field: ContentField;
  /** The channel whose copy changed (field 'copy'). */
  channelId?: string;
  before: string;
  after: string;
}

const slotText = (slot: Slot | null) => (slot ? `${slot.date} ${slot.time} ${slot.channelId}` : '');

/** What changed from `before` (approved) to `after` (now), field by field and channel by channel. */
export function contentDiff(before: ApprovedContent, after: ApprovedContent): ContentChange[] {
  const changes: ContentChange[] = [];
  const plain: [ContentField, string, string][] = [
    ['title', before.title, after.title],
    ['slot', slotText(before.slot), slotText(after.slot)],
    ['brief', before.brief, after.brief],
    ['format', before.format ?? '', after.format ?? ''],
    ['link', before.link, after.link],
  ];
  const fileKey = (content: ApprovedContent) => content.files.map(([hash]) => hash).join(',');
  const fileNames = (content: ApprovedContent) => content.files.map(([, name]) => name).join(', ');
  if (fileKey(before) !== fileKey(after))
    changes.push({ field: 'files', before: fileNames(before), after: fileNames(after) });
  for (const [field, was, now] of plain) if (was !== now) changes.push({ field, before: was, after: now });
  const was = new Map(before.copy);
  const now = new Map(after.copy);
  for (const channelId of [...new Set([...was.keys(), ...now.keys()])].sort()) {
    const a = was.get(channelId) ?? '';
    const b = now.get(channelId) ?? '';
    if (a !== b) changes.push({ field: 'copy', channelId, before: a, after: b });
  }
  return changes;
}

/** A text diff for showing: the common start and end, and the middle that was removed and added. */
export function textDiff(
  before: string,
  after: string,
): { start: string; removed: string; added: string; end: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return {
    start: before.slice(0, start),
    removed: before.slice(start, before.length - end),
    added: after.slice(start, after.length - end),
    end: before.slice(before.length - end),
  };
}
