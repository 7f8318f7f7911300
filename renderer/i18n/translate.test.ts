import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS, type Column, type ColumnId } from '../../shared/model';
import { de } from './de';
import { en } from './en';
import { columnTitle, translate, type Translate } from './index';

describe('plurals', () => {
  it('chooses the form by Intl.PluralRules: one card, two cards, no cards', () => {
    expect(translate('de', 'board.deleteColumnCards', { count: 1 })).toBe(
      'Die eine Karte dieser Spalte wird verschoben nach:',
    );
    expect(translate('de', 'board.deleteColumnCards', { count: 3 })).toBe(
      'Die 3 Karten dieser Spalte werden verschoben nach:',
    );
    expect(translate('de', 'board.count', { count: 1 })).toBe('1 Karte');
    expect(translate('de', 'board.count', { count: 0 })).toBe('0 Karten');
    expect(translate('en', 'board.count', { count: 1 })).toBe('1 card');
    expect(translate('de', 'filter.active', { count: 1, total: 1 })).toBe(
      'Filter aktiv: 1 von 1 Karte sichtbar',
    );
    expect(translate('en', 'filter.active', { count: 0, total: 12 })).toBe(
      'Filter active: 0 of 12 cards visible',
    );
  });

  it('has no message that puts a count before a plural noun without choosing the form', () => {
    // Keys ending in "Many" have a "...One" twin and are used for two and more only.
    for (const messages of [de, en] as const)
      for (const [key, text] of Object.entries(messages))
        if (!key.endsWith('Many') && /^Die \{count\} Karten|\{count\} (Karten|cards)\b/.test(text))
          throw new Error(`${key}: ${text}`);
  });
});

describe('columnTitle', () => {
  const t: Translate = (key, params) => translate('en', key, params);
  const column = (title: string, stage: Column['stage']) => ({
    id: 'c' as ColumnId,
    order: 'a',
    title,
    stage,
  });

  it('shows an untouched default column in the UI language and a renamed one as written', () => {
    for (const d of DEFAULT_COLUMNS) expect(columnTitle(column(d.title, d.stage), t)).not.toBe(d.title);
    expect(columnTitle(column('Ideen', 'ideas'), t)).toBe('Ideas');
    expect(columnTitle(column('Zur Freigabe', 'review'), t)).toBe('For approval');
    expect(columnTitle(column('Themenspeicher', 'ideas'), t)).toBe('Themenspeicher');
    expect(columnTitle(column('Ideen', null), t)).toBe('Ideen');
    const tDe: Translate = (key, params) => translate('de', key, params);
    for (const d of DEFAULT_COLUMNS) expect(columnTitle(column(d.title, d.stage), tDe)).toBe(d.title);
  });
});
