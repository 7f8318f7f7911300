import { useEffect } from 'react';
import { addDaysKey, filesOfPostsBetween, toKey, type Attachment, type DateKey } from '../../../shared/model';
import { useDocValue } from '../../sync/useDocValue';
import { onChangesOf } from '../selectors';
import { useFirstPaintDone } from '../shell/firstPaint';
import { useFiles } from './useFiles';

/** Days ahead whose posts' files are fetched before anyone opens them, so they are there offline. */
export const AHEAD_DAYS = 3;

/** The files of posts scheduled from today on for AHEAD_DAYS days (by the device's calendar). */
export const selectFilesAhead = onChangesOf(['attachments', 'cards.slot', 'cards'], (session) => {
  const today = toKey(new Date());
  return filesOfPostsBetween(session.doc, today, addDaysKey(today as DateKey, AHEAD_DAYS));
});
const NO_FILES: readonly Attachment[] = [];
const selectNoFiles = () => NO_FILES;

const sameHashes = (a: readonly Attachment[], b: readonly Attachment[]) =>
  a.length === b.length && a.every((x, i) => x.hash === b[i]!.hash);

/**
 * Fetches the files of the coming days' posts in the background (mounted once per workspace),
 * after the first frame (firstPaint.ts): the first screen does not need them.
 */
export function FilesAhead() {
  const files = useFiles();
  const ahead = useDocValue(useFirstPaintDone() ? selectFilesAhead : selectNoFiles, sameHashes);
  useEffect(() => {
    for (const { hash, size, type } of ahead) files.want({ hash, size, type });
  }, [files, ahead]);
  return null;
}
