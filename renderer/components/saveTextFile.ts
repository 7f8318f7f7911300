import { NOT_IN_FILE_NAMES, type FileFilter } from '../../shared/ipc';
import type { Translate } from '../i18n';

export type SaveOutcome =
  /** The desktop app wrote the file where the user chose. */
  | { kind: 'saved'; path: string }
  /** The browser downloads it (to its download folder, or where it asks). */
  | { kind: 'downloaded'; name: string }
  | { kind: 'canceled' };

/** What to tell the user of a file that was saved: where it went. */
export function savedText(outcome: Exclude<SaveOutcome, { kind: 'canceled' }>, t: Translate): string {
  return outcome.kind === 'saved'
    ? t('file.savedTo', { path: outcome.path })
    : t('file.downloaded', { name: outcome.name });
}

/** `name` as a file name any system takes (main checks it too, electron/main/ipcValidation.ts). */
export function fileNameOf(name: string): string {
  const safe = name
    .replace(new RegExp(`${NOT_IN_FILE_NAMES.source}+`, 'g'), '-')
    .replace(/\s+/g, ' ')
    .trim();
  return safe.replace(/^[.\s-]+|[.\s]+$/g, '').slice(0, 200) || 'Sendeplan';
}

/**
 * Why reading or saving a file failed, as the system said it. Electron hands an error of the main
 * process to the page as "Error invoking remote method '<channel>': Error: <message>"; the user
 * needs the message.
 */
export function failureOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

interface FileToSave {
  name: string;
  type: string;
  filter: FileFilter;
}

/**
 * Saves a text file: in the desktop app through the system's save dialog (DesktopApi.saveFile),
 * in a browser as a download. Rejects when the file could not be written.
 */
export function saveTextFile(file: FileToSave & { content: string }): Promise<SaveOutcome> {
  return save(file, () => ({ content: file.content }), file.content);
}

/** Bytes per String.fromCharCode call when encoding base64: far below any engine's argument limit. */
const BASE64_CHUNK = 0x8000;

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK));
  return btoa(binary);
}

/** Saves a binary file (an XLSX sheet) as saveTextFile saves text. */
export function saveBinaryFile(file: FileToSave & { bytes: Uint8Array }): Promise<SaveOutcome> {
  return save(file, () => ({ content: base64Of(file.bytes), encoding: 'base64' }), file.bytes as BlobPart);
}

async function save(
  file: FileToSave,
  forDesktop: () => { content: string; encoding?: 'base64' },
  blobPart: BlobPart,
): Promise<SaveOutcome> {
  const { desktop } = window;
  if (desktop) {
    const result = await desktop.saveFile({
      suggestedName: file.name,
      ...forDesktop(),
      filters: [file.filter],
    });
    return result.saved ? { kind: 'saved', path: result.path } : { kind: 'canceled' };
  }
  return download(file.name, new Blob([blobPart], { type: file.type }));
}

function download(name: string, blob: Blob): SaveOutcome {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Chromium starts the download after this task; the blob stays readable for a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'downloaded', name };
}
