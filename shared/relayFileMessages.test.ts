import { describe, expect, it } from 'vitest';
import { fileTooLargeMessage, formatMegabytes, workspaceFullMessage } from './relayFileMessages';

const MB = 1024 * 1024;

describe('the words of the relay’s file limits', () => {
  it('sizes in MB with a German decimal comma, whole from 10 MB on', () => {
    expect(formatMegabytes(1.5 * MB)).toBe('1,5 MB');
    expect(formatMegabytes(2 * MB)).toBe('2 MB');
    expect(formatMegabytes(0.04 * MB)).toBe('0 MB');
    expect(formatMegabytes(200.4 * MB)).toBe('200 MB');
    expect(formatMegabytes(10_240 * MB)).toBe('10.240 MB');
  });

  it('a file just over the limit is "über" the limit, not the same number twice', () => {
    expect(fileTooLargeMessage(200 * MB + 1, 200 * MB)).toBe(
      'Datei zu groß: über 200 MB, das Relay nimmt höchstens 200 MB pro Datei.',
    );
    expect(fileTooLargeMessage(350 * MB, 200 * MB)).toBe(
      'Datei zu groß: 350 MB, das Relay nimmt höchstens 200 MB pro Datei.',
    );
    expect(workspaceFullMessage(9.5 * MB, 10 * MB, 1.5 * MB)).toBe(
      'Speicher des Arbeitsbereichs auf dem Relay voll: 9,5 MB von 10 MB belegt, die Datei hat 1,5 MB.',
    );
  });
});
