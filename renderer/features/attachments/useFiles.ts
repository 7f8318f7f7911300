/*
 * The bridge from this workspace's files (renderer/sync/files) to React: the state of one file,
 * its object URL once its bytes are here, the store's usage, and adding files to a card.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  FILE_LIMIT_BYTES,
  addAttachment,
  cardAttachments,
  readAttachments,
  type Attachment,
  type CardId,
  type PersonId,
} from '../../../shared/model';
import { filesOf, FileStoreError, type FileRequest, type FileState } from '../../sync/files';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { onChangesOf } from '../selectors';
import { describeImage } from './thumbnail';

/** Every card's attachments, by card; read again only when an attachment changed. */
export const selectAttachmentsByCard = onChangesOf(['attachments'], (session) => {
  const all = readAttachments(session.doc);
  const byCard = new Map<CardId, Attachment[]>();
  for (const cardId of new Set(all.map((a) => a.cardId))) byCard.set(cardId, cardAttachments(all, cardId));
  return byCard;
});

const NONE: readonly Attachment[] = [];

/** One card's attachments; a tile re-renders only when its own changed. */
export function useCardAttachments(cardId: CardId): readonly Attachment[] {
  return useDocValue(
    useCallback((s: Session) => selectAttachmentsByCard(s).get(cardId) ?? NONE, [cardId]),
    Object.is,
    selectAttachmentsByCard.parts,
  );
}

export function useFiles() {
  return filesOf(useSession());
}

/** The state of one file on this device, fetched when `want` (its card is open, its post is near). */
export function useFileState(file: FileRequest | null, want: boolean): FileState {
  const files = useFiles();
  const hash = file?.hash ?? '';
  const size = file?.size ?? 0;
  const type = file?.type ?? '';
  useEffect(() => {
    if (want && hash) files.want({ hash, size, type });
  }, [files, want, hash, size, type]);
  return useSyncExternalStore(
    useCallback((listener) => files.subscribe(listener), [files]),
    () => files.state(hash),
  );
}

/** An object URL of the file once its bytes are here, else null. */
export function useFileUrl(file: FileRequest | null, state: FileState): string | null {
  const files = useFiles();
  const [url, setUrl] = useState<string | null>(null);
  const ready = state.kind === 'ready';
  const hash = file?.hash ?? '';
  const type = file?.type ?? '';
  useEffect(() => {
    let live = true;
    if (ready && hash) void files.url(hash, type).then((value) => live && setUrl(value));
    return () => {
      live = false;
    };
  }, [files, ready, hash, type]);
  return ready ? url : null;
}

/** The thumbnail of an attachment as a file request (a small JPEG, fetched as soon as it is shown). */
export const thumbOf = (attachment: Attachment): FileRequest | null =>
  attachment.thumb ? { ...attachment.thumb, type: 'image/jpeg' } : null;

/** An object URL of the attachment's thumbnail once it is here, else null. */
export function useThumbUrl(attachment: Attachment): string | null {
  const thumb = thumbOf(attachment);
  return useFileUrl(thumb, useFileState(thumb, true));
}

export type AddProblem = { code: 'tooLarge' | 'full' | 'failed'; name: string; size: number };

/**
 * Adds files to a card: checks the limit, describes images (size, thumbnail), stores the bytes by
 * hash on this device and writes the records. Returns the problems of the files it refused.
 */
export async function addFilesToCard(
  session: Session,
  cardId: CardId,
  files: readonly File[],
  by: PersonId | null,
): Promise<AddProblem[]> {
  const problems: AddProblem[] = [];
  for (const file of files) {
    if (file.size > FILE_LIMIT_BYTES) {
      problems.push({ code: 'tooLarge', name: file.name, size: file.size });
      continue;
    }
    try {
      const facts = file.type.startsWith('image/') ? await describeImage(file) : null;
      const hash = await filesOf(session).add(file);
      const thumb = facts?.thumb
        ? { hash: await filesOf(session).add(facts.thumb), size: facts.thumb.size }
        : null;
      addAttachment(session.doc, {
        cardId,
        hash,
        name: file.name,
        type: file.type,
        size: file.size,
        width: facts?.width ?? null,
        height: facts?.height ?? null,
        thumb,
        by,
      });
    } catch (error) {
      const code = error instanceof FileStoreError && error.code !== 'mismatch' ? error.code : 'failed';
      if (code === 'failed') console.warn('Sendeplan: adding a file failed', error);
      problems.push({ code, name: file.name, size: file.size });
    }
  }
  return problems;
}

/** A size as people read it: 2,4 MB (of 1024 KB, as file managers count the limit's 200 MB). */
export function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}
