import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFileName } from '../../electron/main/ipcValidation';
import { failureOf, fileNameOf } from './saveTextFile';

describe('fileNameOf', () => {
  it('replaces what no system takes in a file name', () => {
    expect(fileNameOf('Presse/Marketing: Plan *KW 48*?.ics')).toBe('Presse-Marketing- Plan -KW 48-.ics');
    expect(fileNameOf('  ..Team\t"Nord" <A|B>  ')).toBe('Team-Nord- -A-B-');
    expect(fileNameOf('Müller & Söhne – Redaktionsplan ab 2026-11-25.ics')).toBe(
      'Müller & Söhne – Redaktionsplan ab 2026-11-25.ics',
    );
    expect(fileNameOf('///')).toBe('Sendeplan');
  });

  it('always gives a name the desktop app accepts for its save dialog', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        expect(parseFileName('saveFile', fileNameOf(name))).toBe(fileNameOf(name));
      }),
      { numRuns: 500 },
    );
  });
});

describe('failureOf', () => {
  it("gives the system's message without Electron's wrapping", () => {
    expect(
      failureOf(
        new Error(
          "Error invoking remote method 'sendeplan:save-file': Error: ENOSPC: no space left on device",
        ),
      ),
    ).toBe('ENOSPC: no space left on device');
    expect(failureOf(new Error('Netzlaufwerk nicht erreichbar'))).toBe('Netzlaufwerk nicht erreichbar');
    expect(failureOf('abgebrochen')).toBe('abgebrochen');
  });
});
