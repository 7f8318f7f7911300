import { useEffect } from 'react';
import { addDaysKey, readAttachments, toKey, type Attachment, type DateKey } from '../../../shared/model';
import { useDocValue } from '../../sync/useDocValue';
import { onChangesOf } from '../selectors';
import { useFiles } from './useFiles';

/** Days ahead whose posts' files are fetched before anyone opens them, so they are there offline. */
export const AHEAD_DAYS = 3;

/** The files of posts scheduled from today on for AHEAD_DAYS days (by the device's calendar). */
export const selectFilesAhead = onChangesOf(['attachments', 'cards.slot', 'cards'], (session) => {
  const today = toKey(new Date());
  const last = addDaysKey(today as DateKey, AHEAD_DAYS);
  const near = new Set(
    session
      .cards()
      .filter((card) => !card.archived && card.slot && card.slot.date >= today && card.slot.date <= last)
      .map((card) => card.id as string),
  );
  return [
    ...new Map<string, Attachment>(
      readAttachments(session.doc)
        .filter((a) => near.has(a.cardId))
        .map((a) => [a.hash, a]),
    ).values(),
  ];
});

const sameHashes = (a: readonly Attachment[], b: readonly Attachment[]) =>
  a.length === b.length && a.every((x, i) => x.hash === b[i]!.hash);

/** Fetches the files of the coming days' posts in the background (mounted once per workspace). */
export function FilesAhead() {
  const files = useFiles();
  const ahead = useDocValue(selectFilesAhead, sameHashes);
  useEffect(() => {
    for (const { hash, size, type } of ahead) files.want({ hash, size, type });
  }, [files, ahead]);
  return null;
}
