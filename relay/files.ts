/*
 * The bytes of card attachments on the relay: content-addressed by SHA-256 (lowercase hex), one
 * directory per workspace, beside the SQLite file. The document holds only each file's metadata.
 *
 *   <root>/<room>/<sha256>             a complete file whose SHA-256 is its name; never changes
 *   <root>/<room>/.incoming/<sha256>   an upload in progress (resumable); renamed to the file once
 *                                      every byte is in, the hash matches and it is fsynced;
 *                                      removed when no part arrives for `uploadExpiryMs`
 *
 * Quota: a workspace's complete files plus its uploads in progress (their declared size) stay
 * within maxWorkspaceBytes; each file within maxFileBytes. Sizes are counted once per workspace
 * from the directory, then kept in memory; one relay process owns a files directory.
 *
 * HTTP and authentication are in filesHttp.ts; this module knows only the disk.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTooLargeMessage, workspaceFullMessage } from '../shared/relayFileMessages';

export const FILE_HASH = /^[0-9a-f]{64}$/;
const INCOMING = '.incoming';

export interface FileLimits {
  maxFileBytes: number;
  maxWorkspaceBytes: number;
  /** An upload that receives no byte for this long is cut (a slow or stalled client). */
  idleTimeoutMs: number;
  /** An unfinished upload no part of which arrived for this long is removed. */
  uploadExpiryMs: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxWorkspaceBytes: 10 * 1024 * 1024 * 1024,
  idleTimeoutMs: 30_000,
  uploadExpiryMs: 24 * 60 * 60 * 1000,
};

/** The files directory of a relay database: `relay.sqlite` → `relay-files/` beside it. */
export const filesDirectoryOf = (database: string): string =>
  join(dirname(database), `${basename(database, extname(database))}-files`);

/** Removes a workspace's files (`relay delete`); synchronous, for the admin command. */
export function removeWorkspaceFiles(root: string, room: string): void {
  rmSync(join(root, room), { recursive: true, force: true });
}

/** Why a part was not taken, with the words the app shows. */
export class FileRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

interface Upload {
  /** Declared size of the whole file. */
  total: number;
  /** A request is writing to it now. */
  active: boolean;
  /** The hash of the bytes on disk so far, while it is known in memory. */
  hasher: { hash: Hash; offset: number } | null;
  touched: number;
}

interface Workspace {
  completeBytes: number;
  uploads: Map<string, Upload>;
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class FileStore {
  private readonly workspaces = new Map<string, Promise<Workspace>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    readonly root: string,
    readonly limits: FileLimits,
  ) {
    this.sweeper = setInterval(
      () => void this.sweep(),
      Math.max(200, Math.min(60_000, limits.uploadExpiryMs / 4)),
    );
    this.sweeper.unref();
  }

  private dir = (room: string) => join(this.root, room);
  private path = (room: string, hash: string) => join(this.root, room, hash);
  private partial = (room: string, hash: string) => join(this.root, room, INCOMING, hash);

  /** The workspace's sizes, read from its directory on first use. */
  private workspace(room: string): Promise<Workspace> {
    let found = this.workspaces.get(room);
    if (!found) {
      found = (async () => {
        const workspace: Workspace = { completeBytes: 0, uploads: new Map() };
        const names = await readdir(this.dir(room)).catch(() => [] as string[]);
        for (const name of names.filter((n) => FILE_HASH.test(n)))
          workspace.completeBytes += (await sizeOf(this.path(room, name))) ?? 0;
        const partials = await readdir(join(this.dir(room), INCOMING)).catch(() => [] as string[]);
        for (const name of partials.filter((n) => FILE_HASH.test(n))) {
          const found = await stat(this.partial(room, name)).catch(() => null);
          if (found)
            workspace.uploads.set(name, {
              total: found.size,
              active: false,
              hasher: null,
              touched: found.mtimeMs,
            });
        }
        return workspace;
      })();
      this.workspaces.set(room, found);
    }
    return found;
  }

  /** The size of a complete file, or null. */
  size(room: string, hash: string): Promise<number | null> {
    return sizeOf(this.path(room, hash));
  }

  /** Bytes of an upload in progress (where the next part starts), 0 when there is none. */
  async offset(room: string, hash: string): Promise<number> {
    return (await sizeOf(this.partial(room, hash))) ?? 0;
  }

  async usage(room: string): Promise<{ used: number; incoming: number }> {
    const workspace = await this.workspace(room);
    let incoming = 0;
    for (const upload of workspace.uploads.values()) incoming += upload.total;
    return { used: workspace.completeBytes, incoming };
  }

  read(room: string, hash: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.path(room, hash), range);
  }

  /**
   * Appends the part `start`..`start + length` of file `hash` (of `total` bytes) from `body`.
   * Returns 'complete' once the last part made the file (hash checked, fsynced, renamed), or the
   * offset the next part starts at. Throws a FileRefusal (nothing of a refused file is kept).
   */
  async put(
    room: string,
    hash: string,
    part: { start: number; length: number; total: number },
    body: Readable,
  ): Promise<'complete' | number> {
    const { maxFileBytes, maxWorkspaceBytes, idleTimeoutMs } = this.limits;
    if (part.total > maxFileBytes) throw new FileRefusal(413, fileTooLargeMessage(part.total, maxFileBytes));
    const workspace = await this.workspace(room);
    if ((await this.size(room, hash)) !== null) return 'complete';
    // From here to `active = true` without an await: two requests for one file cannot both pass.
    const existing = workspace.uploads.get(hash);
    if (existing?.active) throw new FileRefusal(409, 'Diese Datei wird gerade hochgeladen.');
    let others = 0;
    for (const [name, upload] of workspace.uploads) if (name !== hash) others += upload.total;
    if (workspace.completeBytes + others + part.total > maxWorkspaceBytes)
      throw new FileRefusal(
        507,
        workspaceFullMessage(workspace.completeBytes + others, maxWorkspaceBytes, part.total),
      );
    if (part.start + part.length > part.total)
      throw new FileRefusal(400, 'Der Teil reicht über das Ende der Datei.');
    const upload: Upload = existing ?? { total: part.total, active: true, hasher: null, touched: Date.now() };
    upload.total = part.total;
    upload.active = true;
    workspace.uploads.set(hash, upload);

    const partial = this.partial(room, hash);
    try {
      const offset = await this.offset(room, hash);
      if (part.start !== offset) {
        // Nothing of it here yet (a first part that does not start at 0): it reserves nothing.
        if (offset === 0 && !existing) workspace.uploads.delete(hash);
        throw new FileRefusal(409, `Das Hochladen steht bei Byte ${offset}.`, offset);
      }
      await mkdir(dirname(partial), { recursive: true });
      if (upload.hasher?.offset !== offset) upload.hasher = await this.hashOf(partial, offset);
      const hasher = upload.hasher;
      let received = 0;
      let idle: NodeJS.Timeout | undefined;
      const stalled = () => body.destroy(new Error('upload stalled'));
      const count = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          received += chunk.length;
          if (received > part.length) return done(new FileRefusal(400, 'Mehr Bytes als angekündigt.'));
          hasher.hash.update(chunk);
          clearTimeout(idle);
          idle = setTimeout(stalled, idleTimeoutMs);
          done(null, chunk);
        },
      });
      idle = setTimeout(stalled, idleTimeoutMs);
      try {
        await pipeline(body, count, createWriteStream(partial, { flags: 'a' }));
      } finally {
        clearTimeout(idle);
      }
      upload.touched = Date.now();
      if (received !== part.length) throw new FileRefusal(400, 'Weniger Bytes als angekündigt.');
      hasher.offset += received;
      if (hasher.offset < part.total) return hasher.offset;

      upload.hasher = null;
      const actual = hasher.hash.digest('hex');
      if (actual !== hash) {
        workspace.uploads.delete(hash);
        await unlink(partial).catch(() => {});
        throw new FileRefusal(422, 'Die Bytes passen nicht zur Prüfsumme (SHA-256): nicht gespeichert.');
      }
      await fsync(partial);
      await rename(partial, this.path(room, hash));
      await fsync(this.dir(room));
      workspace.uploads.delete(hash);
      workspace.completeBytes += part.total;
      return 'complete';
    } catch (error) {
      // The hash in memory may have seen bytes the file did not get: read it again next time.
      upload.hasher = null;
      throw error;
    } finally {
      upload.active = false;
    }
  }

  /** A SHA-256 of the first `length` bytes of a partial file (after a restart or a failed part). */
  private async hashOf(path: string, length: number): Promise<{ hash: Hash; offset: number }> {
    const hash = createHash('sha256');
    if (length > 0) for await (const chunk of createReadStream(path, { end: length - 1 })) hash.update(chunk);
    return { hash, offset: length };
  }

  /** Removes uploads no part of which arrived within uploadExpiryMs. */
  async sweep(now = Date.now()): Promise<void> {
    const rooms = await readdir(this.root).catch(() => [] as string[]);
    for (const room of rooms) {
      const names = await readdir(join(this.root, room, INCOMING)).catch(() => [] as string[]);
      if (names.length === 0) continue;
      const workspace = await this.workspace(room);
      for (const name of names) {
        const upload = workspace.uploads.get(name);
        if (upload?.active) continue;
        const touched = upload?.touched ?? (await stat(this.partial(room, name)).catch(() => null))?.mtimeMs;
        if (touched !== undefined && now - touched < this.limits.uploadExpiryMs) continue;
        workspace.uploads.delete(name);
        await unlink(this.partial(room, name)).catch(() => {});
      }
    }
  }

  /** Removes every file of a deleted workspace. */
  async remove(room: string): Promise<void> {
    this.workspaces.delete(room);
    await rm(this.dir(room), { recursive: true, force: true });
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}
