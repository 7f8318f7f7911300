/*
 * The bytes of attachments on the team's relay (relay/filesHttp.ts): the same address and token as
 * the workspace's document there (relayLink.ts, shared/relayToken.ts), over plain HTTP(S) on that
 * address (ws → http, wss → https). Files are named by their SHA-256 (lowercase hex).
 *
 * Upload: in parts of `partBytes`, each a PUT with Content-Range, so progress is known and a
 * broken connection goes on where the relay stands (its state query says so) instead of from the
 * start. The relay checks the hash of the whole and keeps nothing that does not match.
 * Download: streamed into one buffer of the announced size, going on with a Range request where a
 * broken connection stopped; the SHA-256 is checked here too: a relay that sends other bytes is
 * refused and reported, and nothing is returned.
 *
 * `FileSource` is what an attachment fetcher asks for bytes (the relay, a colleague over WebRTC).
 */
import { fileTooLargeMessage, formatMegabytes, workspaceFullMessage } from '../../shared/relayFileMessages';
import { relayToken } from '../../shared/relayToken';

/** (bytes done, bytes in all) */
export type TransferProgress = (done: number, total: number) => void;

/** A place an attachment's bytes can come from. `get` returns verified bytes or null. */
export interface FileSource {
  readonly name: string;
  has(hash: string): Promise<boolean>;
  get(hash: string, onProgress?: TransferProgress): Promise<Uint8Array | null>;
}

export type RelayFileProblem =
  | 'token'
  | 'deleted'
  | 'unknown'
  | 'missing'
  | 'hash'
  | 'file-too-large'
  | 'workspace-full'
  | 'unreachable'
  | 'invalid';

export type RelayFileResult<T> =
  { ok: true; value: T } | { ok: false; problem: RelayFileProblem; message: string };

export interface RelayFileUsage {
  /** Bytes of the workspace's complete files on the relay. */
  used: number;
  /** Bytes reserved by unfinished uploads. */
  incoming: number;
  maxFileBytes: number;
  maxWorkspaceBytes: number;
}

/** What the relay has of a file: all of it (`offset` is then its size), or `offset` bytes of an upload. */
export interface RelayFileState {
  complete: boolean;
  offset: number;
}

export interface RelayFilesOptions {
  /** The relay's address as the workspace has it (ws: or wss:). */
  url: string;
  room: string;
  secret: string;
  /** Size of an upload part; default 8 MiB. */
  partBytes?: number;
  /** The largest file a download accepts (a relay announcing more is refused); default 1 GiB. */
  maxDownloadBytes?: number;
  /** Told of every refusal `get` and `has` turn into null or false. */
  onProblem?: (hash: string, problem: RelayFileProblem, message: string) => void;
}

const HASH = /^[0-9a-f]{64}$/;
const RETRIES = 5;
/** The relay's refusals by status (a HEAD answer has no body to say more). */
const PROBLEMS: Readonly<Record<number, readonly [RelayFileProblem, string]>> = {
  401: ['token', 'Das Relay kennt diesen Arbeitsbereich mit einem anderen Schlüssel.'],
  403: ['unknown', 'Der Arbeitsbereich ist auf diesem Relay nicht zugelassen.'],
  404: ['missing', 'Das Relay hat diese Datei nicht.'],
  410: ['deleted', 'Der Arbeitsbereich wurde auf dem Relay gelöscht.'],
  413: ['file-too-large', 'Die Datei ist dem Relay zu groß.'],
  422: ['hash', 'Die Bytes passen nicht zur Prüfsumme (SHA-256): nicht gespeichert.'],
  507: ['workspace-full', 'Speicher des Arbeitsbereichs auf dem Relay voll.'],
};

const fail = (problem: RelayFileProblem, message: string) => ({ ok: false, problem, message }) as const;
const unreachable = () => fail('unreachable', 'Das Relay ist nicht erreichbar.');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The files address of a relay: ws://host:5190 → http://host:5190/files/ (a path is kept). */
export function relayFilesUrl(relayUrl: string): string {
  const url = new URL(relayUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/files/`;
  url.search = '';
  url.hash = '';
  return url.href;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The relay's refusal as a result, from its JSON answer (filesHttp.ts). */
async function refusal(
  response: Response,
): Promise<{ ok: false; problem: RelayFileProblem; message: string }> {
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
  const [problem, text] = PROBLEMS[response.status] ?? ['invalid', `Das Relay antwortet ${response.status}.`];
  return fail(problem, typeof body?.message === 'string' ? body.message.slice(0, 300) : text);
}

export class RelayFiles implements FileSource {
  readonly name = 'relay';
  private readonly base: string;
  private token: Promise<string> | null = null;
  /** The relay does not know the state query (an older relay): HEAD per file instead. */
  private headOnly = false;

  constructor(private readonly options: RelayFilesOptions) {
    this.base = `${relayFilesUrl(options.url)}${encodeURIComponent(options.room)}`;
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response | null> {
    this.token ??= relayToken(this.options.room, this.options.secret);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${await this.token}`);
    try {
      return await fetch(`${this.base}${path}`, { ...init, headers, cache: 'no-store' });
    } catch {
      return null;
    }
  }

  /** What the workspace uses on the relay and its limits. */
  async usage(): Promise<RelayFileResult<RelayFileUsage>> {
    const response = await this.request('');
    if (!response) return unreachable();
    if (!response.ok) return refusal(response);
    const body = (await response.json().catch(() => null)) as Partial<RelayFileUsage> | null;
    const numbers = ['used', 'incoming', 'maxFileBytes', 'maxWorkspaceBytes'] as const;
    if (!body || !numbers.every((key) => Number.isSafeInteger(body[key])))
      return fail('invalid', 'Das Relay antwortet unverständlich.');
    return { ok: true, value: body as RelayFileUsage };
  }

  /**
   * Where the relay stands with each of these files (at most STATE_HASHES): complete, or the
   * offset of an unfinished upload (0: nothing of it). One POST, answered 200 whatever the relay
   * has, so that asking about a file it lacks logs no failed request in the browser's console.
   * A relay from before that query answers 405 (or refuses the preflight): then HEAD per file.
   */
  async states(hashes: readonly string[]): Promise<RelayFileResult<Map<string, RelayFileState>>> {
    if (!hashes.every((hash) => HASH.test(hash))) return fail('invalid', 'Keine SHA-256-Prüfsumme.');
    if (hashes.length === 0) return { ok: true, value: new Map() };
    if (!this.headOnly) {
      const response = await this.request('', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ hashes }),
      });
      if (response?.ok) return this.readStates(response, hashes);
      if (response && response.status !== 405) return refusal(response);
    }
    const found = new Map<string, RelayFileState>();
    for (const hash of hashes) {
      const state = await this.headState(hash);
      if (!state.ok) return state;
      // HEAD reached the relay where the query did not: a relay without it.
      this.headOnly = true;
      found.set(hash, state.value);
    }
    return { ok: true, value: found };
  }

  private async readStates(
    response: Response,
    hashes: readonly string[],
  ): Promise<RelayFileResult<Map<string, RelayFileState>>> {
    const body = (await response.json().catch(() => null)) as { files?: unknown } | null;
    const files = body?.files;
    const found = new Map<string, RelayFileState>();
    for (const hash of hashes) {
      const entry = files && typeof files === 'object' ? (files as Record<string, unknown>)[hash] : undefined;
      const { complete, size, offset } = (entry ?? {}) as Record<string, unknown>;
      const bytes = complete === true ? size : offset;
      if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0)
        return fail('invalid', 'Das Relay antwortet unverständlich.');
      found.set(hash, { complete: complete === true, offset: bytes });
    }
    return { ok: true, value: found };
  }

  /** The state of one file from a HEAD request (relays without the state query). */
  private async headState(hash: string): Promise<RelayFileResult<RelayFileState>> {
    const response = await this.request(`/${hash}`, { method: 'HEAD' });
    if (!response) return unreachable();
    const length = Number(response.headers.get('Content-Length'));
    if (response.ok) return { ok: true, value: { complete: true, offset: length } };
    if (response.status === 404)
      return {
        ok: true,
        value: { complete: false, offset: Number(response.headers.get('Upload-Offset')) || 0 },
      };
    return refusal(response);
  }

  /** Where the relay stands with file `hash`: complete (its size) or the offset of an upload. */
  private async state(hash: string): Promise<RelayFileResult<RelayFileState>> {
    const states = await this.states([hash]);
    return states.ok ? { ok: true, value: states.value.get(hash)! } : states;
  }

  async has(hash: string): Promise<boolean> {
    if (!HASH.test(hash)) return false;
    const state = await this.state(hash);
    if (!state.ok) this.options.onProblem?.(hash, state.problem, state.message);
    return state.ok && state.value.complete;
  }

  /** Uploads `blob`, whose SHA-256 is `hash`; goes on where an earlier attempt stopped. */
  async upload(hash: string, blob: Blob, onProgress?: TransferProgress): Promise<RelayFileResult<void>> {
    if (!HASH.test(hash)) return fail('invalid', 'Keine SHA-256-Prüfsumme.');
    const size = blob.size;
    const usage = await this.usage();
    if (!usage.ok) return usage;
    const { used, incoming, maxFileBytes, maxWorkspaceBytes } = usage.value;
    if (size > maxFileBytes) return fail('file-too-large', fileTooLargeMessage(size, maxFileBytes));
    const partBytes = this.options.partBytes ?? 8 * 1024 * 1024;
    let retries = 0;
    let hashRetried = false;
    let state = await this.state(hash);
    // A workspace that is full says so before a byte is sent (the relay checks again).
    if (
      state.ok &&
      !state.value.complete &&
      state.value.offset === 0 &&
      used + incoming + size > maxWorkspaceBytes
    )
      return fail('workspace-full', workspaceFullMessage(used + incoming, maxWorkspaceBytes, size));
    while (state.ok && !state.value.complete) {
      const start = Math.min(state.value.offset, size);
      onProgress?.(start, size);
      const end = Math.min(size, start + partBytes);
      const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
      if (size > 0) headers['Content-Range'] = `bytes ${start}-${end - 1}/${size}`;
      const response = await this.request(`/${hash}`, {
        method: 'PUT',
        body: blob.slice(start, end),
        headers,
      });
      if (response?.ok) {
        const body = (await response.json().catch(() => null)) as {
          complete?: unknown;
          offset?: unknown;
        } | null;
        const offset = Number(body?.offset);
        if (!Number.isSafeInteger(offset)) return fail('invalid', 'Das Relay antwortet unverständlich.');
        state = { ok: true, value: { complete: body?.complete === true, offset } };
        retries = 0;
        continue;
      }
      if (response?.status === 422 && !hashRetried) {
        // An earlier, broken upload of someone else may have left wrong bytes: once from the start.
        hashRetried = true;
        state = { ok: true, value: { complete: false, offset: 0 } };
        continue;
      }
      if (response && response.status !== 409) return refusal(response);
      // Broken off, or another device is uploading the same file: ask where it stands, go on.
      await response?.body?.cancel();
      if (++retries > RETRIES) return response ? refusal(response) : unreachable();
      await wait(250 * 2 ** retries);
      state = await this.state(hash);
    }
    if (!state.ok) return state;
    onProgress?.(size, size);
    return { ok: true, value: undefined };
  }

  /** The bytes of file `hash`, checked against it. */
  async download(hash: string, onProgress?: TransferProgress): Promise<RelayFileResult<Uint8Array>> {
    if (!HASH.test(hash)) return fail('invalid', 'Keine SHA-256-Prüfsumme.');
    const maxBytes = this.options.maxDownloadBytes ?? 1024 * 1024 * 1024;
    let bytes: Uint8Array<ArrayBuffer> | null = null;
    let received = 0;
    for (let retries = 0; ;) {
      const headers: Record<string, string> = bytes && received > 0 ? { Range: `bytes=${received}-` } : {};
      const response = await this.request(`/${hash}`, { headers });
      if (response && !response.ok) return refusal(response);
      if (response) {
        const range = /^bytes (\d+)-\d+\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '');
        const total =
          response.status === 206 ? Number(range?.[2]) : Number(response.headers.get('Content-Length'));
        const from = response.status === 206 ? Number(range?.[1]) : 0;
        if (
          !Number.isSafeInteger(total) ||
          total < 0 ||
          (bytes && (total !== bytes.length || from !== received))
        )
          return fail('invalid', 'Das Relay antwortet unverständlich.');
        if (total > maxBytes)
          return fail('file-too-large', `Das Relay bietet ${formatMegabytes(total)} an: zu groß.`);
        bytes ??= new Uint8Array(total);
        received = from;
        onProgress?.(received, total);
        const reader = response.body?.getReader();
        try {
          for (;;) {
            const { done, value } = reader ? await reader.read() : { done: true as const };
            if (done) break;
            if (received + value.length > total) {
              await reader!.cancel();
              return this.mismatch();
            }
            bytes.set(value, received);
            received += value.length;
            retries = 0;
            onProgress?.(received, total);
          }
        } catch {
          // Broken off: go on from `received` below.
        }
        if (received === total) break;
      }
      // Not reached at all: said at once. Broken off during the transfer: tried again.
      if (!bytes || ++retries > RETRIES) return unreachable();
      await wait(250 * 2 ** retries);
    }
    if ((await sha256Hex(bytes)) !== hash) return this.mismatch();
    return { ok: true, value: bytes };
  }

  private mismatch() {
    return fail('hash', 'Das Relay hat andere Bytes geschickt, als die Prüfsumme sagt: verworfen.');
  }

  /** The file's verified bytes, or null: a file the relay does not have is no problem to report. */
  async get(hash: string, onProgress?: TransferProgress): Promise<Uint8Array | null> {
    if (!(await this.has(hash))) return null;
    const result = await this.download(hash, onProgress);
    if (result.ok) return result.value;
    this.options.onProblem?.(hash, result.problem, result.message);
    return null;
  }
}
