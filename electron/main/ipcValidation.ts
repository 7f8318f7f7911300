/*
 * Validation of what the renderer sends over IPC. The renderer is treated as untrusted input: a
 * compromised page must not be able to write outside the folder the user picks, write huge files
 * or smuggle extra fields through. Each parser takes `unknown` and returns a fresh, fully typed
 * value or throws IpcArgumentError with a message that names the method and the field.
 */
import { MAX_SAVE_CHARS, NOT_IN_FILE_NAMES, type FileFilter, type SaveFileRequest } from '../../shared/ipc';

export class IpcArgumentError extends Error {
  override name = 'IpcArgumentError';
}

const MAX_FILE_NAME_CHARS = 255;
const MAX_FILTERS = 20;
const MAX_EXTENSIONS = 20;
const MAX_FILTER_NAME_CHARS = 100;
/** An extension without its dot (`ics`, `csv`), or `*` for any file. */
const EXTENSION = /^(\*|[A-Za-z0-9_-]{1,16})$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rejectUnknownKeys(method: string, value: Record<string, unknown>, allowed: readonly string[]): void {
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new IpcArgumentError(`${method}: unexpected field(s) ${unknown.map((k) => `"${k}"`).join(', ')}`);
  }
}

/** A file name the save dialog may propose: a plain name, no folders. */
export function parseFileName(method: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new IpcArgumentError(`${method}: suggestedName must be a string, got ${describe(value)}`);
  }
  if (value.trim() === '') throw new IpcArgumentError(`${method}: suggestedName must not be empty`);
  if (value.length > MAX_FILE_NAME_CHARS) {
    throw new IpcArgumentError(`${method}: suggestedName is longer than ${MAX_FILE_NAME_CHARS} characters`);
  }
  if (value === '.' || value === '..') {
    throw new IpcArgumentError(`${method}: suggestedName must be a file name, got ${describe(value)}`);
  }
  const separator = /[/\\]/.test(value);
  const bad = separator ? null : NOT_IN_FILE_NAMES.exec(value);
  if (separator || bad) {
    const what = separator ? 'a path separator' : `the character ${JSON.stringify(bad?.[0])}`;
    throw new IpcArgumentError(
      `${method}: suggestedName must be a plain file name without folders; ${describe(value)} contains ${what}`,
    );
  }
  return value;
}

function parseFilter(method: string, value: unknown, index: number): FileFilter {
  const where = `${method}: filters[${index}]`;
  if (!isRecord(value)) throw new IpcArgumentError(`${where} must be an object, got ${describe(value)}`);
  rejectUnknownKeys(`${where}`, value, ['name', 'extensions']);
  const { name, extensions } = value;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_FILTER_NAME_CHARS) {
    throw new IpcArgumentError(
      `${where}.name must be a non-empty string of at most ${MAX_FILTER_NAME_CHARS} characters`,
    );
  }
  if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
    throw new IpcArgumentError(`${where}.extensions must be a list of 1 to ${MAX_EXTENSIONS} extensions`);
  }
  for (const extension of extensions) {
    if (typeof extension !== 'string' || !EXTENSION.test(extension)) {
      throw new IpcArgumentError(
        `${where}.extensions: ${describe(extension)} is not an extension (letters and digits without the dot, e.g. "ics", or "*")`,
      );
    }
  }
  return { name, extensions: [...(extensions as string[])] };
}

/** Validates the argument of DesktopApi.saveFile. */
export function parseSaveFileRequest(value: unknown): SaveFileRequest {
  const method = 'saveFile';
  if (!isRecord(value))
    throw new IpcArgumentError(`${method}: expected a request object, got ${describe(value)}`);
  rejectUnknownKeys(method, value, ['suggestedName', 'content', 'filters', 'encoding']);

  const suggestedName = parseFileName(method, value.suggestedName);
  const { content, filters } = value;
  if (typeof content !== 'string') {
    throw new IpcArgumentError(`${method}: content must be a string, got ${describe(content)}`);
  }
  if (content.length > MAX_SAVE_CHARS) {
    throw new IpcArgumentError(
      `${method}: content has ${content.length} characters, more than the limit of ${MAX_SAVE_CHARS}`,
    );
  }
  const { encoding } = value;
  if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'base64') {
    throw new IpcArgumentError(`${method}: encoding must be "utf8" or "base64", got ${describe(encoding)}`);
  }
  if (encoding === 'base64' && !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new IpcArgumentError(`${method}: content is not base64`);
  }
  const coded: Pick<SaveFileRequest, 'encoding'> = encoding ? { encoding } : {};
  if (filters === undefined) return { suggestedName, content, ...coded };
  if (!Array.isArray(filters) || filters.length > MAX_FILTERS) {
    throw new IpcArgumentError(`${method}: filters must be a list of at most ${MAX_FILTERS} filters`);
  }
  return {
    suggestedName,
    content,
    ...coded,
    filters: filters.map((filter, i) => parseFilter(method, filter, i)),
  };
}

/** For methods without arguments: a compromised page sending extra ones is rejected, not ignored. */
export function expectNoArguments(method: string, args: readonly unknown[]): void {
  if (args.length > 0) throw new IpcArgumentError(`${method}: takes no arguments, got ${args.length}`);
}

/** Validates the arguments of DesktopApi.setAnnounceOnLan: exactly one boolean. */
export function parseSetAnnounceOnLanArgs(args: readonly unknown[]): boolean {
  const method = 'setAnnounceOnLan';
  if (args.length !== 1) throw new IpcArgumentError(`${method}: takes 1 argument, got ${args.length}`);
  const [on] = args;
  if (typeof on !== 'boolean') {
    throw new IpcArgumentError(`${method}: on must be true or false, got ${describe(on)}`);
  }
  return on;
}

/** The largest flush request id main hands out (ids count up from 1 per app run). */
const MAX_REQUEST_ID = Number.MAX_SAFE_INTEGER;

/** Validates the preload's reply on IPC_REPLY.flushDone: exactly one request id, a positive integer. */
export function parseFlushDoneArgs(args: readonly unknown[]): number {
  const method = 'flushDone';
  if (args.length !== 1) throw new IpcArgumentError(`${method}: takes 1 argument, got ${args.length}`);
  const [requestId] = args;
  if (
    typeof requestId !== 'number' ||
    !Number.isInteger(requestId) ||
    requestId < 1 ||
    requestId > MAX_REQUEST_ID
  ) {
    const got = typeof requestId === 'number' ? `the number ${requestId}` : describe(requestId);
    throw new IpcArgumentError(`${method}: requestId must be a positive integer, got ${got}`);
  }
  return requestId;
}
