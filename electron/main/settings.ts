/*
 * Device settings: one small JSON file, <userData>/settings.json, owned by the main process.
 *
 *   { "announceOnLan": false }
 *
 * These are facts about this laptop (may its hub be reached from the network?), not workspace data,
 * so they live outside the Y.Doc. What must hold:
 * - Reading never fails: a missing file (first start) gives the defaults quietly; an unreadable or
 *   corrupt file, or a field of the wrong type, gives the default for that field and one log line.
 * - Writing is atomic: the text goes to a temp file in the same folder, is flushed to disk, then
 *   renamed over settings.json, so a crash or power cut leaves either the old or the new file,
 *   never a truncated one. Writes are serialised; a failed write leaves the stored value and the
 *   in-memory value unchanged and rejects.
 * - Fields this version does not know (written by a newer Sendeplan) are kept on write.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface DeviceSettings {
  announceOnLan: boolean;
}

// Off by default: the hub is reachable from other machines only once the user says so.
export const DEFAULT_SETTINGS: Readonly<DeviceSettings> = Object.freeze({ announceOnLan: false });

type Log = (message: string, error?: unknown) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The settings in `raw` (parsed JSON of any shape), each field falling back to its default. */
export function parseSettings(raw: unknown): DeviceSettings {
  const record = isRecord(raw) ? raw : {};
  return {
    announceOnLan:
      typeof record.announceOnLan === 'boolean' ? record.announceOnLan : DEFAULT_SETTINGS.announceOnLan,
  };
}

/** Reads the file as a JSON object; null when it is missing. Throws on other errors and bad JSON. */
async function readJsonObject(filePath: string): Promise<Record<string, unknown> | null> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed))
    throw new Error(`expected a JSON object, found ${JSON.stringify(text.slice(0, 40))}`);
  return parsed;
}

export type Rename = (from: string, to: string) => Promise<void>;

/**
 * Writes `text` to `filePath` atomically: temp file beside it (same file system, so rename is
 * atomic), fsync, rename. The temp file is removed when anything fails.
 */
export async function writeFileAtomic(
  filePath: string,
  text: string,
  rename: Rename = fs.rename,
): Promise<void> {
  const dir = path.dirname(filePath);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

export interface SettingsStore {
  /** The settings; the file is read once, later calls answer from memory. Never rejects. */
  load(): Promise<DeviceSettings>;
  /** Writes `patch` over the current settings and resolves with the result. Rejects if not saved. */
  update(patch: Partial<DeviceSettings>): Promise<DeviceSettings>;
}

export interface SettingsStoreOptions {
  log?: Log;
  /** For tests: the rename step of the atomic write. */
  rename?: Rename;
}

export function createSettingsStore(filePath: string, options: SettingsStoreOptions = {}): SettingsStore {
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  // Everything in the file, unknown fields included; null until loaded.
  let stored: Record<string, unknown> | null = null;
  let loading: Promise<Record<string, unknown>> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const loadStored = (): Promise<Record<string, unknown>> => {
    loading ??= readJsonObject(filePath).then(
      (record) => record ?? {},
      (error: unknown) => {
        log(`Sendeplan: ${filePath} is unreadable; using default settings.`, error);
        return {};
      },
    );
    return loading.then((record) => (stored ??= record));
  };

  return {
    load: () => loadStored().then(parseSettings),
    update(patch) {
      const run = async () => {
        const current = await loadStored();
        const next = { ...current, ...parseSettings(current), ...definedFields(patch) };
        await writeFileAtomic(filePath, `${JSON.stringify(next, null, 2)}\n`, options.rename);
        stored = next;
        return parseSettings(next);
      };
      const result = queue.then(run, run);
      queue = result.catch(() => {});
      return result;
    },
  };
}

function definedFields(patch: Partial<DeviceSettings>): Partial<DeviceSettings> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
