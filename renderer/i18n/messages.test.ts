/*
 * The messages of both languages: the same keys in each, no key defined by two sources (a later
 * spread would win silently), and no key that no code uses. A key is used when the renderer's code
 * names it as a string, or builds it from a prefix (`t(\`kind.${kind}\`)` uses every `kind.*`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absencesDe, absencesEn } from '../features/absences/messages';
import { attachmentsDe, attachmentsEn } from '../features/attachments/messages';
import { calendarDe, calendarEn } from '../features/calendar/messages';
import { seriesDe, seriesEn } from '../features/series/messages';
import { crisisDe, crisisEn } from '../features/crisis/messages';
import { meetingDe, meetingEn } from '../features/meeting/messages';
import { processesDe, processesEn } from '../features/processes/messages';
import { postDe, postEn } from '../features/post/messages';
import { requestsDe, requestsEn } from '../features/requests/messages';
import { de } from './de';
import { en } from './en';

const RENDERER = join(import.meta.dirname, '..');

function code(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return code(path);
    const source = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    return source && !/messages\.ts$|i18n[/\\](de|en)\.ts$/.test(path) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('messages', () => {
  it('has the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it.each([
    ['de', [absencesDe, calendarDe, meetingDe, requestsDe, seriesDe]],
    ['en', [absencesEn, calendarEn, meetingEn, requestsEn, seriesEn]],
    ['de', [attachmentsDe, calendarDe, meetingDe, requestsDe]],
    ['en', [attachmentsEn, calendarEn, meetingEn, requestsEn]],
    ['de', [calendarDe, crisisDe, meetingDe, processesDe, requestsDe]],
    ['en', [calendarEn, crisisEn, meetingEn, processesEn, requestsEn]],
    ['de', [calendarDe, meetingDe, postDe, requestsDe]],
    ['en', [calendarEn, meetingEn, postEn, requestsEn]],
  ] as const)('defines each %s key in one source only', (locale, features) => {
    // The keys written in i18n/de.ts or en.ts itself, after the features' spreads.
    const own = readFileSync(join(import.meta.dirname, `${locale}.ts`), 'utf8');
    const central = [...own.matchAll(/^ {2}'([\w.]+)':/gm)].map((m) => m[1]!);
    const seen = new Set<string>();
    for (const keys of [...features.map((source) => Object.keys(source)), central])
      for (const key of keys) {
        expect(seen.has(key), `${key} is defined twice`).toBe(false);
        seen.add(key);
      }
  });

  it('uses every key', () => {
    const sources = code(RENDERER).join('\n');
    const prefixes = [...sources.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(de).filter(
      (key) => !sources.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
