import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CampaignError } from './campaigns';
import {
  addCampaign,
  campaignBands,
  campaignOf,
  deleteCampaign,
  readCampaign,
  readCampaigns,
  setCardCampaign,
  updateCampaign,
  type Campaign,
} from './campaigns';
import { addCard, getCard } from './cards';
import type { CampaignId, ColumnId } from './ids';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;
const AUTUMN = {
  name: 'Herbstkampagne',
  color: '#d9480f',
  start: '2026-10-05',
  end: '2026-10-18',
  goal: 'Heizungstausch',
};

function workspace(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  return doc;
}

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};

describe('campaigns', () => {
  it('adds a campaign with trimmed name and goal, listed by start day', () => {
    const doc = workspace();
    const later = addCampaign(doc, { ...AUTUMN, name: ' Winter ', start: '2026-12-01', end: '2026-12-24' });
    const id = addCampaign(doc, { ...AUTUMN, goal: ' Heizungstausch ' });
    expect(readCampaigns(doc)).toEqual([
      { id, ...AUTUMN, problems: [] },
      { id: later, ...AUTUMN, name: 'Winter', start: '2026-12-01', end: '2026-12-24', problems: [] },
    ]);
  });

  it('refuses a campaign without name, with days in the wrong order or no colour', () => {
    const doc = workspace();
    const code = (input: Partial<typeof AUTUMN>) => {
      try {
        addCampaign(doc, { ...AUTUMN, ...input });
      } catch (error) {
        return (error as CampaignError).code;
      }
      return null;
    };
    expect(code({ name: '   ' })).toBe('name');
    expect(code({ start: '2026-10-19' })).toBe('dates');
    expect(code({ end: '2026-02-30' })).toBe('dates');
    expect(code({ color: 'red' })).toBe('color');
    expect(readCampaigns(doc)).toEqual([]);
  });

  it('updates only the fields that changed, so concurrent edits of different fields both stay', () => {
    const a = workspace();
    const b = new Y.Doc();
    const id = addCampaign(a, AUTUMN);
    sync(a, b);
    updateCampaign(a, id, { ...AUTUMN, name: 'Herbst 2026' });
    updateCampaign(b, id, { ...AUTUMN, end: '2026-10-25' });
    sync(a, b);
    expect(readCampaigns(a)).toEqual(readCampaigns(b));
    expect(readCampaigns(a)[0]).toMatchObject({ name: 'Herbst 2026', end: '2026-10-25' });
  });

  it('puts a card into a campaign and takes it out; deleting the campaign clears its cards', () => {
    const doc = workspace();
    const id = addCampaign(doc, AUTUMN);
    const other = addCampaign(doc, { ...AUTUMN, name: 'Andere' });
    const card = addCard(doc, { title: 'Teaser', columnId: IDEAS });
    const second = addCard(doc, { title: 'Zweite', columnId: IDEAS });
    expect(getCard(doc, card)!.campaignId).toBeNull();
    setCardCampaign(doc, card, id);
    setCardCampaign(doc, second, other);
    expect(getCard(doc, card)!.campaignId).toBe(id);
    setCardCampaign(doc, card, null);
    expect(getCard(doc, card)!.campaignId).toBeNull();
    setCardCampaign(doc, card, id);
    deleteCampaign(doc, id);
    expect(readCampaigns(doc).map((c) => c.id)).toEqual([other]);
    expect(getCard(doc, card)!.campaignId).toBeNull();
    expect(getCard(doc, second)!.campaignId).toBe(other);
  });

  it('reads a card whose campaign is gone as in no campaign', () => {
    const doc = workspace();
    const campaigns = readCampaigns(doc);
    expect(campaignOf(campaigns, 'k-gone' as CampaignId)).toBeUndefined();
    expect(campaignOf(campaigns, null)).toBeUndefined();
  });

  it('reads defensively: wrong types fall back, unreadable days drop the campaign, swapped days are put in order', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('campaigns');
    const record = (fields: { [key: string]: unknown }) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) m.set(k, v);
      return m;
    };
    map.set(
      'k-a',
      record({ name: 'x'.repeat(5000), color: 'red', start: '2026-10-10', end: '2026-10-01', goal: 42 }),
    );
    map.set('k-b', record({ name: 'Ohne Tage', color: '#000000', start: '2026-02-30', end: '2026-03-01' }));
    map.set('k-c', 'kein Record');
    const a = readCampaign('k-a', map.get('k-a'))!;
    expect(a.name.length).toBe(100);
    expect(a).toMatchObject({ color: '#888888', start: '2026-10-01', end: '2026-10-10', goal: '' });
    expect(a.problems).toEqual(expect.arrayContaining(['name…', 'color', 'goal']));
    expect(readCampaign('k-b', map.get('k-b'))).toBeNull();
    expect(readCampaigns(doc).map((c) => c.id)).toEqual(['k-a']);
  });

  it('lays out bands over a week: clipped at its edges, overlapping ones on separate lines', () => {
    const days = [
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-11',
    ];
    const c = (id: string, start: string, end: string): Campaign => ({
      id: id as CampaignId,
      name: id,
      color: '#000000',
      start,
      end,
      goal: '',
      problems: [],
    });
    const bands = campaignBands(
      [
        c('long', '2026-09-28', '2026-10-07'),
        c('mid', '2026-10-06', '2026-10-09'),
        c('late', '2026-10-08', '2026-10-20'),
        c('before', '2026-09-01', '2026-10-04'),
        c('after', '2026-10-12', '2026-10-13'),
      ],
      days,
    );
    expect(
      bands.map(({ campaign, from, to, lane, continuesBefore, continuesAfter }) => [
        campaign.id,
        from,
        to,
        lane,
        continuesBefore,
        continuesAfter,
      ]),
    ).toEqual([
      ['long', 0, 2, 0, true, false],
      ['mid', 1, 4, 1, false, false],
      ['late', 3, 6, 0, false, true],
    ]);
  });
});
