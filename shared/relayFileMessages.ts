/*
 * The words of the relay's file limits, shared by the relay (relay/files.ts), which refuses, and
 * the app's client (renderer/sync/relayFiles.ts), which says the same before it sends a byte.
 * Sizes in MB (2^20 bytes) with a German decimal comma.
 */

const megabytes = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** `1,5 MB`; whole numbers from 10 MB on. */
export function formatMegabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return `${megabytes.format(value < 10 ? Math.round(value * 10) / 10 : Math.round(value))} MB`;
}

export function fileTooLargeMessage(size: number, maxFileBytes: number): string {
  const [file, limit] = [formatMegabytes(size), formatMegabytes(maxFileBytes)];
  // Just over the limit rounds to the limit: "über 200 MB", not "200 MB, höchstens 200 MB".
  return `Datei zu groß: ${file === limit ? `über ${limit}` : file}, das Relay nimmt höchstens ${limit} pro Datei.`;
}

export const workspaceFullMessage = (used: number, maxWorkspaceBytes: number, size: number): string =>
  `Speicher des Arbeitsbereichs auf dem Relay voll: ${formatMegabytes(used)} von ` +
  `${formatMegabytes(maxWorkspaceBytes)} belegt, die Datei hat ${formatMegabytes(size)}.`;
