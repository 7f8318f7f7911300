import { describe, expect, it } from 'vitest';
import { MAX_SAVE_CHARS } from '../../shared/ipc';
import {
  expectNoArguments,
  IpcArgumentError,
  parseFlushDoneArgs,
  parseSaveFileRequest,
  parseSetAnnounceOnLanArgs,
} from './ipcValidation';

const valid = {
  suggestedName: 'Redaktionsplan KW 48.ics',
  content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  filters: [{ name: 'Kalender', extensions: ['ics'] }],
};

function rejection(value: unknown): string {
  try {
    parseSaveFileRequest(value);
  } catch (error) {
    expect(error).toBeInstanceOf(IpcArgumentError);
    return (error as Error).message;
  }
  throw new Error('expected parseSaveFileRequest to reject');
}

describe('parseSaveFileRequest', () => {
  it('accepts a well-formed request and returns a fresh copy', () => {
    const parsed = parseSaveFileRequest(valid);
    expect(parsed).toEqual(valid);
    expect(parsed).not.toBe(valid);
    expect(parsed.filters?.[0]).not.toBe(valid.filters[0]);
  });

  it('accepts a request without filters, umlauts and empty content', () => {
    expect(parseSaveFileRequest({ suggestedName: 'Protokoll Größen.md', content: '' })).toEqual({
      suggestedName: 'Protokoll Größen.md',
      content: '',
    });
  });

  it('accepts content of exactly the limit and rejects one character more', () => {
    const atLimit = 'x'.repeat(MAX_SAVE_CHARS);
    expect(parseSaveFileRequest({ suggestedName: 'a.txt', content: atLimit }).content.length).toBe(
      MAX_SAVE_CHARS,
    );
    expect(rejection({ suggestedName: 'a.txt', content: `${atLimit}x` })).toBe(
      `saveFile: content has ${MAX_SAVE_CHARS + 1} characters, more than the limit of ${MAX_SAVE_CHARS}`,
    );
  });

  it('takes the bytes of a binary file as base64, and nothing else as base64', () => {
    const request = { suggestedName: 'plan.xlsx', content: 'UEsDBA==', encoding: 'base64' };
    expect(parseSaveFileRequest(request)).toEqual(request);
    expect(rejection({ ...request, content: 'not base64!' })).toBe('saveFile: content is not base64');
    expect(rejection({ ...request, encoding: 'latin1' })).toBe(
      'saveFile: encoding must be "utf8" or "base64", got "latin1"',
    );
  });

  it('rejects anything that is not a request object', () => {
    expect(rejection(null)).toBe('saveFile: expected a request object, got null');
    expect(rejection('a.txt')).toBe('saveFile: expected a request object, got "a.txt"');
    expect(rejection([valid])).toBe('saveFile: expected a request object, got an array');
    expect(rejection(undefined)).toBe('saveFile: expected a request object, got undefined');
  });

  it('rejects unknown fields instead of passing them on', () => {
    expect(rejection({ ...valid, path: '/etc/passwd' })).toBe('saveFile: unexpected field(s) "path"');
  });

  it('rejects names with folders in them', () => {
    for (const suggestedName of ['../evil.sh', '/etc/passwd', 'sub/dir.txt', 'C:\\Windows\\x.txt', '..\\x']) {
      expect(rejection({ ...valid, suggestedName }), suggestedName).toMatch(
        /^saveFile: suggestedName must be a plain file name without folders; ".*" contains a path separator$/,
      );
    }
  });

  it('rejects names that are not plain file names', () => {
    expect(rejection({ ...valid, suggestedName: 42 })).toBe(
      'saveFile: suggestedName must be a string, got number',
    );
    expect(rejection({ ...valid, suggestedName: '   ' })).toBe('saveFile: suggestedName must not be empty');
    expect(rejection({ ...valid, suggestedName: '..' })).toBe(
      'saveFile: suggestedName must be a file name, got ".."',
    );
    expect(rejection({ ...valid, suggestedName: 'a'.repeat(256) })).toBe(
      'saveFile: suggestedName is longer than 255 characters',
    );
    expect(rejection({ ...valid, suggestedName: 'Plan\u0000.exe' })).toContain(
      'contains the character "\\u0000"',
    );
    expect(rejection({ ...valid, suggestedName: 'Meeting: 29.11.md' })).toContain(
      'contains the character ":"',
    );
    expect(rejection({ ...valid, suggestedName: 'a?.txt' })).toContain('contains the character "?"');
  });

  it('rejects content that is not a string', () => {
    expect(rejection({ suggestedName: 'a.txt', content: { toString: 'x' } })).toBe(
      'saveFile: content must be a string, got object',
    );
    expect(rejection({ suggestedName: 'a.txt' })).toBe('saveFile: content must be a string, got undefined');
  });

  it('rejects malformed filters with the index of the bad one', () => {
    const withFilters = (filters: unknown) => rejection({ ...valid, filters });
    expect(withFilters('ics')).toBe('saveFile: filters must be a list of at most 20 filters');
    expect(withFilters(Array.from({ length: 21 }, () => valid.filters[0]))).toBe(
      'saveFile: filters must be a list of at most 20 filters',
    );
    expect(withFilters([valid.filters[0], null])).toBe('saveFile: filters[1] must be an object, got null');
    expect(withFilters([{ name: '', extensions: ['ics'] }])).toBe(
      'saveFile: filters[0].name must be a non-empty string of at most 100 characters',
    );
    expect(withFilters([{ name: 'Kalender', extensions: [] }])).toBe(
      'saveFile: filters[0].extensions must be a list of 1 to 20 extensions',
    );
    expect(withFilters([{ name: 'Kalender', extensions: ['.ics'] }])).toBe(
      'saveFile: filters[0].extensions: ".ics" is not an extension (letters and digits without the dot, e.g. "ics", or "*")',
    );
    expect(withFilters([{ name: 'Alle', extensions: ['../x'] }])).toContain('"../x" is not an extension');
    expect(withFilters([{ name: 'Kalender', extensions: ['ics'], script: 'x' }])).toBe(
      'saveFile: filters[0]: unexpected field(s) "script"',
    );
  });

  it('accepts the wildcard filter', () => {
    const filters = [{ name: 'Alle Dateien', extensions: ['*'] }];
    expect(parseSaveFileRequest({ ...valid, filters }).filters).toEqual(filters);
  });
});

describe('expectNoArguments', () => {
  it('passes an empty argument list and rejects any argument', () => {
    expect(() => expectNoArguments('appInfo', [])).not.toThrow();
    expect(() => expectNoArguments('appInfo', [1])).toThrow(
      new IpcArgumentError('appInfo: takes no arguments, got 1'),
    );
  });
});

function rejectionOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(IpcArgumentError);
    return (error as Error).message;
  }
  throw new Error('expected the parser to reject');
}

describe('parseSetAnnounceOnLanArgs', () => {
  it('accepts exactly one boolean', () => {
    expect(parseSetAnnounceOnLanArgs([true])).toBe(true);
    expect(parseSetAnnounceOnLanArgs([false])).toBe(false);
  });

  it('rejects everything that is not a boolean, naming what came', () => {
    const cases: [unknown, string][] = [
      ['true', '"true"'],
      [1, 'number'],
      [0, 'number'],
      [null, 'null'],
      [undefined, 'undefined'],
      [{ on: true }, 'object'],
      [[true], 'an array'],
    ];
    for (const [value, got] of cases) {
      expect(rejectionOf(() => parseSetAnnounceOnLanArgs([value]))).toBe(
        `setAnnounceOnLan: on must be true or false, got ${got}`,
      );
    }
  });

  it('rejects a missing or an extra argument', () => {
    expect(rejectionOf(() => parseSetAnnounceOnLanArgs([]))).toBe(
      'setAnnounceOnLan: takes 1 argument, got 0',
    );
    expect(rejectionOf(() => parseSetAnnounceOnLanArgs([true, 'x']))).toBe(
      'setAnnounceOnLan: takes 1 argument, got 2',
    );
  });
});

describe('parseFlushDoneArgs', () => {
  it('accepts one positive integer request id', () => {
    expect(parseFlushDoneArgs([1])).toBe(1);
    expect(parseFlushDoneArgs([Number.MAX_SAFE_INTEGER])).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rejects ids that are not positive safe integers, naming what came', () => {
    const cases: [unknown, string][] = [
      [0, 'the number 0'],
      [-1, 'the number -1'],
      [1.5, 'the number 1.5'],
      [Number.NaN, 'the number NaN'],
      [Number.POSITIVE_INFINITY, 'the number Infinity'],
      [Number.MAX_SAFE_INTEGER + 2, `the number ${Number.MAX_SAFE_INTEGER + 2}`],
      ['1', '"1"'],
      [null, 'null'],
      [{ requestId: 1 }, 'object'],
    ];
    for (const [value, got] of cases) {
      expect(rejectionOf(() => parseFlushDoneArgs([value]))).toBe(
        `flushDone: requestId must be a positive integer, got ${got}`,
      );
    }
  });

  it('rejects a missing or an extra argument', () => {
    expect(rejectionOf(() => parseFlushDoneArgs([]))).toBe('flushDone: takes 1 argument, got 0');
    expect(rejectionOf(() => parseFlushDoneArgs([1, 2]))).toBe('flushDone: takes 1 argument, got 2');
  });
});
