import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCards, updateCard } from './cards';
import { addChannel } from './channels';
import type { ChannelId } from './ids';
import { addPerson } from './people';
import { addProcess } from './processes';
import { getRequest, readRequests } from './requestReads';
import { requestInput } from './requests';
import {
  SeriesError,
  cardsOfSeries,
  createSeries,
  endSeries,
  extendSeries,
  firstSeriesDate,
  readSeries,
  seriesCardId,
  updateSeries,
  type SeriesId,
} from './series';
import { createWorkspace } from './workspace';

// Monday 07.12.2026, 09:00.
const NOW = { date: '2026-12-07', time: '09:00' };

function workspace() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const channel = addChannel(doc, { name: 'Instagram', kind: 'instagram' });
  const anna = addPerson(doc, { name: 'Anna Becker', role: 'social' });
  return { doc, channel, anna };
}

const frag = (channelId: ChannelId, weeks = 4) => ({
  name: '#FragDenService',
  channelId,
  weekday: 2,
  time: '10:00',
  title: '#FragDenService: eure Fragen',
  brief: 'Drei Fragen aus der Community beantworten.',
  weeks,
  processId: 'pr-service',
});

describe('series', () => {
  it('makes a card per week in its channel at its weekday and time, for the next N weeks', () => {
    const { doc, channel } = workspace();
    const { id, cardIds } = createSeries(doc, frag(channel), NOW);
    const cards = cardsOfSeries(doc, id);
    expect(cards.map((c) => c.slot)).toEqual(
      ['2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'].map((date) => ({
        date,
        time: '10:00',
        channelId: channel,
      })),
    );
    expect(cardIds).toEqual(cards.map((c) => c.id));
    expect(cards.every((c) => c.title === '#FragDenService: eure Fragen' && c.seriesId === id)).toBe(true);
    expect(cards[0]!.body).toBe('Drei Fragen aus der Community beantworten.');
    expect(cards[0]!.id).toBe(seriesCardId(id, '2026-12-08'));
    expect(readSeries(doc)).toMatchObject([
      { id, processId: 'pr-service', until: '2026-12-29', endedAt: null },
    ]);
  });

  it('starts next week when this week’s time has passed, and skips a time the clocks skip', () => {
    expect(firstSeriesDate(1, '09:00', NOW)).toBe('2026-12-14');
    expect(firstSeriesDate(1, '09:01', NOW)).toBe('2026-12-07');
    expect(firstSeriesDate(7, '02:30', NOW)).toBe('2026-12-13');
    const { doc, channel } = workspace();
    // Sundays 02:30 from 21.03.2027: on 28.03. that time does not exist in Europe/Berlin.
    const { id } = createSeries(
      doc,
      { ...frag(channel, 3), weekday: 7, time: '02:30' },
      {
        date: '2027-03-20',
        time: '12:00',
      },
    );
    expect(cardsOfSeries(doc, id).map((c) => c.slot!.date)).toEqual(['2027-03-21', '2027-04-04']);
  });

  it('edits one card alone, or all future cards; past cards stay as they went out', () => {
    const { doc, channel } = workspace();
    const { id, cardIds } = createSeries(doc, frag(channel), NOW);
    updateCard(doc, cardIds[1]!, { title: 'Sonderausgabe Weihnachten' });
    expect(cardsOfSeries(doc, id).map((c) => c.title)).toEqual([
      '#FragDenService: eure Fragen',
      'Sonderausgabe Weihnachten',
      '#FragDenService: eure Fragen',
      '#FragDenService: eure Fragen',
    ]);
    // A week later the first card has gone out; the edit of all changes the three to come.
    const later = { date: '2026-12-14', time: '12:00' };
    const changed = updateSeries(doc, id, { title: '#FragDenService', time: '11:30', brief: 'Neu' }, later);
    expect(changed).toBe(3);
    expect(cardsOfSeries(doc, id).map((c) => [c.title, c.slot!.time, c.body])).toEqual([
      ['#FragDenService: eure Fragen', '10:00', 'Drei Fragen aus der Community beantworten.'],
      ['#FragDenService', '11:30', 'Neu'],
      ['#FragDenService', '11:30', 'Neu'],
      ['#FragDenService', '11:30', 'Neu'],
    ]);
    expect(readSeries(doc)[0]).toMatchObject({ title: '#FragDenService', time: '11:30' });
  });

  it('extends after the last week made, and from today when that has passed', () => {
    const { doc, channel } = workspace();
    const { id } = createSeries(doc, frag(channel, 2), NOW);
    expect(extendSeries(doc, id, 2, NOW)).toEqual([
      seriesCardId(id, '2026-12-22'),
      seriesCardId(id, '2026-12-29'),
    ]);
    expect(extendSeries(doc, id, 1, { date: '2027-02-01', time: '08:00' })).toEqual([
      seriesCardId(id, '2027-02-02'),
    ]);
    expect(readSeries(doc)[0]!.until).toBe('2027-02-02');
  });

  it('ending keeps past posts, removes future ones and withdraws their open requests', () => {
    const { doc, channel, anna } = workspace();
    const ben = addPerson(doc, { name: 'Ben Schulz', role: 'marketing' });
    const { id, cardIds } = createSeries(doc, frag(channel), NOW);
    const request = requestInput(doc, {
      cardId: cardIds[2]!,
      kind: 'text',
      what: 'Antworten',
      why: 'Für die Fragen',
      toId: ben,
      fromId: anna,
      dueDate: '2026-12-18',
    });
    const removed = endSeries(doc, id, anna, { date: '2026-12-15', time: '12:00' });
    expect(removed).toBe(2);
    expect(cardsOfSeries(doc, id).map((c) => c.slot!.date)).toEqual(['2026-12-08', '2026-12-15']);
    expect(getRequest(doc, request)?.cancelled).toMatchObject({ by: anna });
    expect(readSeries(doc)[0]!.endedAt).not.toBeNull();
    expect(() => extendSeries(doc, id, 1, NOW)).toThrow(SeriesError);
    expect(() => updateSeries(doc, id, { title: 'x' }, NOW)).toThrow(SeriesError);
  });

  it('refuses a series without channel, with a weekday out of range or a time that is none', () => {
    const { doc, channel } = workspace();
    expect(() => createSeries(doc, { ...frag(channel), weekday: 8 }, NOW)).toThrow(SeriesError);
    expect(() => createSeries(doc, { ...frag(channel), time: '25:00' }, NOW)).toThrow(SeriesError);
    expect(() => createSeries(doc, { ...frag('' as ChannelId) }, NOW)).toThrow(SeriesError);
    expect(() => createSeries(doc, { ...frag(channel), weeks: 0 }, NOW)).toThrow(SeriesError);
    expect(readCards(doc)).toEqual([]);
  });
});

describe('series across peers', () => {
  it('three colleagues extending the same series in any order make each week’s card once', () => {
    const sync = (from: Y.Doc, to: Y.Doc) =>
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('extend' as const),
        peer: fc.nat(2),
        weeks: fc.integer({ min: 1, max: 3 }),
        day: fc.nat(20),
      }),
      fc.record({ kind: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }),
      fc.record({ kind: fc.constant('edit' as const), peer: fc.nat(2), week: fc.nat(6) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const { doc: first, channel } = workspace();
        const peers = [first, new Y.Doc(), new Y.Doc()];
        const { id } = createSeries(first, frag(channel, 2), NOW);
        sync(first, peers[1]!);
        sync(first, peers[2]!);
        for (const step of ops) {
          if (step.kind === 'sync') sync(peers[step.from]!, peers[step.to]!);
          else if (step.kind === 'extend')
            extendSeries(peers[step.peer]!, id as SeriesId, step.weeks, {
              date: `2026-12-${String(7 + step.day).padStart(2, '0')}`,
              time: '09:00',
            });
          else {
            const card = cardsOfSeries(peers[step.peer]!, id)[step.week];
            if (card) updateCard(peers[step.peer]!, card.id, { tags: ['bearbeitet'] });
          }
        }
        for (const a of peers) for (const b of peers) sync(a, b);
        const cards = cardsOfSeries(peers[0]!, id);
        const dates = cards.map((c) => c.slot!.date);
        // One card per date, each under the id of its date, the same on every peer.
        expect(new Set(dates).size).toBe(dates.length);
        expect(cards.every((c) => c.id === seriesCardId(id, c.slot!.date))).toBe(true);
        expect(dates.every((d, i) => i === 0 || d > dates[i - 1]!)).toBe(true);
        for (const peer of peers.slice(1)) expect(cardsOfSeries(peer, id)).toEqual(cards);
        expect(readCards(peers[0]!).filter((c) => c.seriesId === id)).toHaveLength(cards.length);
      }),
      { numRuns: 60, seed: 2212 },
    );
  });
});

describe('series and processes', () => {
  it('makes each card with the steps of the series’ process, once, also when extended', () => {
    const { doc, channel, anna } = workspace();
    const ben = addPerson(doc, { name: 'Ben Schulz', role: 'marketing' });
    const process = addProcess(doc, {
      name: 'Service-Post',
      steps: [
        { type: 'input', who: { person: ben }, what: 'Drei Fragen', why: 'Aus dem Postfach', offset: 2 },
      ],
    });
    const at = Date.UTC(2026, 11, 7, 8); // NOW in Berlin
    const { id, cardIds } = createSeries(
      doc,
      { ...frag(channel, 2), processId: process, createdBy: anna },
      NOW,
      at,
    );
    extendSeries(doc, id, 1, NOW, anna, at);
    const cards = cardsOfSeries(doc, id);
    expect(cards).toHaveLength(3);
    const inputs = readRequests(doc).requests.filter((r) => r.kind !== 'approval');
    expect(inputs.map((r) => r.cardId).sort()).toEqual(cards.map((c) => c.id).sort());
    expect(inputs.every((r) => r.to?.id === ben && r.what === 'Drei Fragen')).toBe(true);
    // Due two working days before the Tuesday slot; for the first card that day has passed, so it
    // is asked for today (processPlan.ts: "zu spät geplant").
    const dueOf = (cardId: string) => inputs.find((r) => r.cardId === cardId)!.dueDate;
    expect([dueOf(cardIds[0]!), dueOf(cardIds[1]!)]).toEqual(['2026-12-07', '2026-12-11']);
  });

  it('without a process of its own, a series card follows the process that matches it', () => {
    const { doc, channel } = workspace();
    const ben = addPerson(doc, { name: 'Ben Schulz', role: 'marketing' });
    addProcess(doc, {
      name: 'Instagram',
      match: { channelKind: ['instagram'] },
      steps: [{ type: 'input', who: { person: ben }, what: 'Bild', why: 'Für den Feed', offset: 1 }],
    });
    const { cardIds } = createSeries(doc, { ...frag(channel, 1), processId: null }, NOW);
    expect(readRequests(doc).requests.map((r) => [r.cardId, r.kind !== 'approval' && r.what])).toEqual([
      [cardIds[0], 'Bild'],
    ]);
  });
});
