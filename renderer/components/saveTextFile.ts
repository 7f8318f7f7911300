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

/**
 * Saves a text file: in the desktop app through the system's save dialog (DesktopApi.saveFile),
 * in a browser as a download. Rejects when the file could not be written.
 */
export async function saveTextFile(file: {
  name: string;
  content: string;
  type: string;
  filter: FileFilter;
}): Promise<SaveOutcome> {
  const { desktop } = window;
  if (desktop) {
    const result = await desktop.saveFile({
      suggestedName: file.name,
      content: file.content,
      filters: [file.filter],
    });
    return result.saved ? { kind: 'saved', path: result.path } : { kind: 'canceled' };
  }
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // Chromium starts the download after this task; the blob stays readable for a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'downloaded', name: file.name };
}
