import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clip, cut, isCalendarDate, isId, isInstant, LIMITS } from './bounds';
import { addCard, setCardBody, updateCard } from './cards';
import { addPerson } from './people';
import { answerRequest, requestInput } from './requests';
import { DEFAULT_COLUMNS } from './schema';
import { createWorkspace } from './workspace';

const HUGE = 'x'.repeat(10_000_000);

describe('bounds', () => {
  it('accepts instants, dates and ids only within their range and form', () => {
    expect(isInstant(Date.UTC(2026, 10, 30))).toBe(true);
    for (const v of [1e300, -1, NaN, Infinity, Date.UTC(2100, 0, 1), '1']) expect(isInstant(v)).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const v of ['2026-02-30', '2026-13-01', '1999-12-31', '2100-01-01', '2026-2-1'])
      expect(isCalendarDate(v)).toBe(false);
    expect(isId('c-ABCdef123456')).toBe(true);
    for (const v of ['', 'a b', 'x'.repeat(65), 7, 'ü']) expect(isId(v)).toBe(false);
  });

  it('cuts with a mark on read and without one on write, never through a surrogate pair', () => {
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('abc', 4)).toBe('abc');
    expect(cut('ab🙂cd', 4)).toBe('ab…');
    expect(clip('  abcdef  ', 4)).toBe('abcd');
    expect(clip('abc🙂', 4)).toBe('abc');
  });

  it('mutations write nothing over its size, whatever a caller passes', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: HUGE });
    const me = addPerson(doc, { name: HUGE, role: 'social' });
    const jonas = addPerson(doc, { name: 'Jonas', role: 'marketing' });
    const id = addCard(doc, {
      title: HUGE,
      body: HUGE,
      columnId: DEFAULT_COLUMNS[0]!.id,
      tags: Array.from({ length: 100 }, (_, i) => `${i}${HUGE.slice(0, 100)}`),
    });
    updateCard(doc, id, { title: HUGE });
    setCardBody(doc, id, HUGE);
    const request = requestInput(doc, {
      cardId: id,
      kind: 'text',
      what: HUGE,
      why: HUGE,
      toId: jonas,
      fromId: me,
      dueDate: '2026-12-01',
    });
    answerRequest(doc, request, { type: 'delivered', by: jonas, note: HUGE });
    const bytes = Y.encodeStateAsUpdate(doc).length;
    expect(bytes).toBeLessThan(100_000);
    const card = doc.getMap<Y.Map<unknown>>('cards').get(id)!;
    expect((card.get('title') as string).length).toBe(LIMITS.title);
    expect((card.get('body') as Y.Text).length).toBe(LIMITS.text);
    expect((card.get('tags') as string[]).length).toBe(LIMITS.tags);
    expect((card.get('tags') as string[]).every((tag) => tag.length <= LIMITS.tag)).toBe(true);
  });
});
