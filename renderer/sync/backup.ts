// Saving and restoring backups of workspaces; the file and its checks are in shared/model/backup.ts.
import { readMeta, restoreInto, writeBackup, type Backup } from '../../shared/model';
import type { Session } from './session';
import { rememberInvite, sessionFor, workspaceEntry } from './workspaces';

/** The backup of the open workspace, with everything a device needs to take part in it again. */
export function backupOf(session: Session, now: number): string {
  const entry = workspaceEntry(session.workspaceId);
  if (!entry) throw new Error(`Workspace ${session.workspaceId} is not on this device`);
  const name = readMeta(session.doc).name || entry.name;
  return writeBackup(session.doc, { room: entry.id, secret: entry.secret, name, hubs: entry.hubs }, now);
}

/**
 * Restores a backup on this device: a workspace it does not have is added with the backup's
 * state; one it has gets the backup merged in. Resolves with the workspace's id once the state is
 * stored, so that the workspace can be opened.
 */
export async function restoreBackup(backup: Backup, unnamed: string): Promise<string> {
  const id = rememberInvite({ ...backup.invite, name: backup.contents.name || backup.invite.name }, unnamed);
  const session = sessionFor(id);
  await session.ready;
  restoreInto(session.doc, backup);
  await session.whenWritten();
  return id;
}
