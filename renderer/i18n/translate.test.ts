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

  it('fills placeholders inside the chosen form', () => {
    expect(translate('de', 'versions.size', { count: 1, size: '2 MB' })).toBe(
      '1 Version, 2 MB auf diesem Rechner.',
    );
    expect(translate('en', 'versions.size', { count: 3, size: '2 MB' })).toBe(
      '3 versions, 2 MB together on this computer.',
    );
    expect(translate('de', 'sync.connected', { count: 1 })).toBe('Verbunden mit 1 Kolleg:in');
  });

  it('has no hand-made plurals: no count before “Karten” without a plural, no key for the singular', () => {
    for (const messages of [de, en] as const)
      for (const [key, text] of Object.entries(messages)) {
        if (/\{count\} (Karten|cards)\b/.test(text)) throw new Error(`${key}: ${text}`);
        if (/(One|Many)$/.test(key)) throw new Error(`${key} is one form of a plural`);
      }
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
