import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EMPTY_FILTER } from './board';
import { addWeeksKey, weekOf } from './calendarDates';
import { addCard, getCard, readCards, updateCard } from './cards';
import { addChannel, moveChannel, readChannels, removeChannel } from './channels';
import { LOCAL_ORIGIN } from './doc';
import { askForMissing } from './fixtures/askForMissing';
import { recordedReorder } from './fixtures/yjsPendingReorder';
import { readHistory } from './history';
import type { CardId, ChannelId, ColumnId } from './ids';
import type { Slot } from './schema';
import {
  defaultSlotTime,
  nextFreeSlot,
  onRemovedChannel,
  rescheduleCard,
  scheduleCard,
  scheduledOn,
  slotConflicts,
  slotRisk,
  templateSlots,
  unscheduleCard,
  unscheduledCards,
} from './slots';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;

function setup() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const ig = addChannel(doc, {
    name: 'Instagram',
    kind: 'instagram',
    slotTemplate: [
      { weekday: 1, time: '12:00' },
      { weekday: 3, time: '12:00' },
      { weekday: 5, time: '12:00' },
    ],
  });
  const li = addChannel(doc, {
    name: 'LinkedIn',
    kind: 'linkedin',
    slotTemplate: [{ weekday: 2, time: '09:00' }],
  });
  const card = addCard(doc, { title: 'Messe-Teaser', columnId: IDEAS });
  return { doc, ig, li, card };
}

describe('scheduling', () => {
  it('writes scheduling and unscheduling into the card history, with the slot and channel', () => {
    const { doc, ig, card } = setup();
    scheduleCard(doc, card, { date: '2026-11-25', time: '12:00', channelId: ig });
    unscheduleCard(doc, card);
    unscheduleCard(doc, card); // already unscheduled: nothing new to tell
    const entries = readHistory(doc, card).entries.map((e) => [e.type, e.detail]);
    expect(entries).toEqual([
      ['created', ''],
      ['scheduled', '2026-11-25 12:00 · Instagram'],
      ['unscheduled', ''],
    ]);
  });

  it('schedules, reschedules and unschedules a card, one undoable step each', () => {
    const { doc, ig, li, card } = setup();
    const undo = new Y.UndoManager(doc.getMap('cards'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    scheduleCard(doc, card, { date: '2026-11-25', time: '12:00', channelId: ig });
    expect(getCard(doc, card)).toMatchObject({
      slot: { date: '2026-11-25', time: '12:00', channelId: ig },
      channelIds: [ig],
      problems: [],
    });
    undo.stopCapturing();
    rescheduleCard(doc, card, { date: '2026-11-24', channelId: li });
    expect(getCard(doc, card)!.slot).toEqual({ date: '2026-11-24', time: '12:00', channelId: li });
    expect(getCard(doc, card)!.channelIds).toEqual([ig, li]);
    undo.stopCapturing();
    unscheduleCard(doc, card);
    expect(getCard(doc, card)).toMatchObject({ slot: null, title: 'Messe-Teaser', channelIds: [ig, li] });
    undo.undo();
    expect(getCard(doc, card)!.slot).toEqual({ date: '2026-11-24', time: '12:00', channelId: li });
    undo.undo();
    expect(getCard(doc, card)!.slot).toEqual({ date: '2026-11-25', time: '12:00', channelId: ig });
  });

  it('writes the slot as one plain value that the caller cannot change afterwards', () => {
    const { doc, ig, card } = setup();
    const slot = { date: '2026-11-25', time: '12:00', channelId: ig, extra: 'x' } as Slot;
    scheduleCard(doc, card, slot);
    slot.time = '23:59';
    const stored = (doc.getMap('cards').get(card) as Y.Map<unknown>).get('slot');
    // The slot and the stamp of who scheduled it when (history.ts), nothing of the caller's.
    expect(stored).toEqual({ date: '2026-11-25', time: '12:00', channelId: ig, s: expect.any(Number) });
  });

  it('refuses a bad date, time or channel with a clear error and changes nothing', () => {
    const { doc, ig, card } = setup();
    const bad: [Partial<Slot>, RegExp][] = [
      [{ date: '2026-02-30', time: '12:00', channelId: ig }, /Invalid slot date "2026-02-30"/],
      [{ date: '25.11.2026', time: '12:00', channelId: ig }, /Invalid slot date/],
      [{ date: '2026-11-25', time: '24:00', channelId: ig }, /Invalid slot time "24:00"/],
      [{ date: '2026-11-25', time: '9:00', channelId: ig }, /Invalid slot time/],
      [{ date: '2026-11-25', time: '09:00', channelId: '' as ChannelId }, /needs a channel/],
    ];
    for (const [slot, message] of bad) expect(() => scheduleCard(doc, card, slot as Slot)).toThrow(message);
    // Rescheduling an unscheduled card needs the whole slot.
    expect(() => rescheduleCard(doc, card, { time: '10:00' })).toThrow(/Invalid slot date/);
    expect(getCard(doc, card)!.slot).toBeNull();
  });

  it('leaves a card alone that a peer deleted', () => {
    const { doc, ig } = setup();
    expect(() =>
      scheduleCard(doc, 'card-gone' as CardId, { date: '2026-11-25', time: '12:00', channelId: ig }),
    ).not.toThrow();
    unscheduleCard(doc, 'card-gone' as CardId);
    expect(doc.getMap('cards').has('card-gone')).toBe(false);
  });

  it('keeps the slot of a card whose channel was removed, and shows it as on a removed channel', () => {
    const { doc, ig, li, card } = setup();
    scheduleCard(doc, card, { date: '2026-11-25', time: '12:00', channelId: ig });
    removeChannel(doc, ig);
    const after = getCard(doc, card)!;
    expect(after).toMatchObject({
      title: 'Messe-Teaser',
      slot: { channelId: ig },
      channelIds: [],
      problems: [],
    });
    expect(onRemovedChannel(after, new Set(readChannels(doc).map((c) => c.id)))).toBe(true);
    rescheduleCard(doc, card, { channelId: li });
    expect(onRemovedChannel(getCard(doc, card)!, new Set([li]))).toBe(false);
  });
});

describe('channel order', () => {
  it('moves a channel before another', () => {
    const { doc, ig, li } = setup();
    moveChannel(doc, li, { before: ig });
    expect(readChannels(doc).map((c) => c.name)).toEqual(['LinkedIn', 'Instagram']);
    moveChannel(doc, li, 'end');
    expect(readChannels(doc).map((c) => c.name)).toEqual(['Instagram', 'LinkedIn']);
  });
});

describe('template slots and default times', () => {
  it('offers each channel’s weekly slots on the days of a week, in time order', () => {
    const { doc, ig, li } = setup();
    const slots = templateSlots(readChannels(doc), weekOf('2026-11-25').days);
    expect(slots).toEqual([
      { date: '2026-11-23', time: '12:00', channelId: ig },
      { date: '2026-11-24', time: '09:00', channelId: li },
      { date: '2026-11-25', time: '12:00', channelId: ig },
      { date: '2026-11-27', time: '12:00', channelId: ig },
    ]);
  });

  it('keeps a Monday 09:00 slot at 09:00 in the weeks around both DST changes of 2026', () => {
    const doc = new Y.Doc();
    const id = addChannel(doc, { name: 'X', kind: 'x', slotTemplate: [{ weekday: 1, time: '09:00' }] });
    const channels = readChannels(doc);
    for (const [week, mondays] of [
      ['2026-03-23', ['2026-03-23', '2026-03-30', '2026-04-06']],
      ['2026-10-19', ['2026-10-19', '2026-10-26', '2026-11-02']],
    ] as const) {
      const days = [0, 1, 2].flatMap((i) => weekOf(addWeeksKey(week, i)).days);
      expect(templateSlots(channels, days)).toEqual(
        mondays.map((date) => ({ date, time: '09:00', channelId: id })),
      );
    }
  });

  it('defaults a dropped card’s time to the channel’s slot that day, else its first slot, else 09:00', () => {
    const { doc } = setup();
    const [ig, li] = readChannels(doc);
    expect(defaultSlotTime(ig, '2026-11-25')).toBe('12:00');
    expect(defaultSlotTime(li, '2026-11-25')).toBe('09:00');
    const late = {
      ...li!,
      slotTemplate: [
        { weekday: 2, time: '17:30' },
        { weekday: 4, time: '07:15' },
      ],
    };
    expect(defaultSlotTime(late, '2026-11-24')).toBe('17:30');
    expect(defaultSlotTime(late, '2026-11-28')).toBe('07:15');
    expect(defaultSlotTime({ ...li!, slotTemplate: [] }, '2026-11-28')).toBe('09:00');
    expect(defaultSlotTime(undefined, '2026-11-28')).toBe('09:00');
  });

  it('finds the next free template slot of a channel from now on', () => {
    const { doc, ig, card } = setup();
    const [channel] = readChannels(doc);
    const now = { date: '2026-11-23', time: '12:30' }; // Monday, just after the Monday slot
    expect(nextFreeSlot(channel!, readCards(doc), now)).toEqual({
      date: '2026-11-25',
      time: '12:00',
      channelId: ig,
    });
    scheduleCard(doc, card, { date: '2026-11-25', time: '12:00', channelId: ig });
    expect(nextFreeSlot(channel!, readCards(doc), now)).toEqual({
      date: '2026-11-27',
      time: '12:00',
      channelId: ig,
    });
  });
});

describe('conflicts and risks', () => {
  it('flags live cards that share channel, date and time', () => {
    const { doc, ig, li, card } = setup();
    const other = addCard(doc, { title: 'Zweiter Post', columnId: IDEAS });
    const third = addCard(doc, { title: 'Dritter Post', columnId: IDEAS });
    scheduleCard(doc, card, { date: '2026-11-25', time: '12:00', channelId: ig });
    scheduleCard(doc, other, { date: '2026-11-25', time: '12:00', channelId: li });
    scheduleCard(doc, third, { date: '2026-11-25', time: '12:30', channelId: ig });
    expect(slotConflicts(readCards(doc))).toEqual(new Set());
    rescheduleCard(doc, other, { channelId: ig });
    expect(slotConflicts(readCards(doc))).toEqual(new Set([card, other]));
    doc.transact(() => (doc.getMap('cards').get(other) as Y.Map<unknown>).set('archived', true));
    expect(slotConflicts(readCards(doc))).toEqual(new Set());
  });

  it('calls a slot overdue when it has passed and the card is not published', () => {
    const now = { date: '2026-11-25', time: '12:00' };
    const slot = (date: string, time: string): Slot => ({ date, time, channelId: 'c' as ChannelId });
    expect(slotRisk(slot('2026-11-24', '18:00'), 'approved', now)).toBe('overdue');
    expect(slotRisk(slot('2026-11-25', '12:00'), 'review', now)).toBe('overdue');
    expect(slotRisk(slot('2026-11-24', '18:00'), 'published', now)).toBeNull();
    expect(slotRisk(slot('2026-11-24', '18:00'), null, now)).toBe('overdue');
  });

  it('calls a slot at risk within the next three days unless approved or published', () => {
    const now = { date: '2026-11-25', time: '12:00' };
    const slot = (date: string): Slot => ({ date, time: '08:00', channelId: 'c' as ChannelId });
    for (const stage of ['ideas', 'inProgress', 'waiting', 'review', null] as const) {
      expect(slotRisk(slot('2026-11-26'), stage, now)).toBe('atRisk');
      expect(slotRisk(slot('2026-11-28'), stage, now)).toBe('atRisk');
      expect(slotRisk(slot('2026-11-29'), stage, now)).toBeNull();
    }
    expect(slotRisk(slot('2026-11-26'), 'approved', now)).toBeNull();
    expect(slotRisk(slot('2026-11-26'), 'published', now)).toBeNull();
  });

  it('judges past and near on the workspace wall clock across the autumn DST change', () => {
    // 25.10.2026 02:30 happens twice in Berlin; a 02:45 slot is past from the first 02:45 on.
    const slot: Slot = { date: '2026-10-25', time: '02:45', channelId: 'c' as ChannelId };
    expect(slotRisk(slot, 'approved', { date: '2026-10-25', time: '02:30' })).toBeNull();
    expect(slotRisk(slot, 'approved', { date: '2026-10-25', time: '02:50' })).toBe('overdue');
  });
});

describe('lists', () => {
  it('puts live unscheduled cards that pass the filter into the idea store', () => {
    const { doc, ig, card } = setup();
    const other = addCard(doc, { title: 'Umfrage', columnId: IDEAS, tags: ['Community'] });
    const archived = addCard(doc, { title: 'Alt', columnId: IDEAS });
    doc.transact(() => (doc.getMap('cards').get(archived) as Y.Map<unknown>).set('archived', true));
    expect(
      unscheduledCards(readCards(doc), EMPTY_FILTER)
        .map((c) => c.id)
        .sort(),
    ).toEqual([card, other].sort());
    expect(
      unscheduledCards(readCards(doc), { ...EMPTY_FILTER, tags: ['Community'] }).map((c) => c.id),
    ).toEqual([other]);
    expect(
      unscheduledCards(readCards(doc), { ...EMPTY_FILTER, showArchived: true }).map((c) => c.id),
    ).not.toContain(archived);
    scheduleCard(doc, card, { date: '2026-11-25', time: '12:00', channelId: ig });
    expect(unscheduledCards(readCards(doc), EMPTY_FILTER).map((c) => c.id)).toEqual([other]);
    expect(scheduledOn(readCards(doc), weekOf('2026-11-25').days).map((c) => c.id)).toEqual([card]);
    updateCard(doc, card, { title: 'x' });
    expect(scheduledOn(readCards(doc), ['2026-11-26'])).toEqual([]);
  });
});

describe('concurrent scheduling', () => {
  type Op = {
    peer: number;
    kind: 'schedule' | 'reschedule' | 'unschedule';
    day: number;
    time: number;
    channel: number;
  };
  const TIMES = ['08:30', '09:00', '12:00', '17:00'];
  const op: fc.Arbitrary<Op> = fc.record({
    peer: fc.nat({ max: 2 }),
    kind: fc.constantFrom('schedule', 'schedule', 'reschedule', 'unschedule'),
    day: fc.nat({ max: 13 }),
    time: fc.nat({ max: TIMES.length - 1 }),
    channel: fc.nat({ max: 1 }),
  });

  it('two or three peers scheduling the same card converge to one whole slot that one of them wrote', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(op, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (peers, ops, order) => {
          const { doc: origin, ig, li, card } = setup();
          const docs = Array.from({ length: peers }, (_, i) => {
            const doc = new Y.Doc();
            doc.clientID = 100 + i;
            Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
            return doc;
          });
          const written = new Set<string>(['null']);
          const pending: { to: number; update: Uint8Array }[] = [];
          docs.forEach((doc, i) =>
            doc.on('update', (update: Uint8Array, from: unknown) => {
              if (from === 'remote') return;
              for (let to = 0; to < peers; to++) if (to !== i) pending.push({ to, update });
            }),
          );
          const deliver = (pick: number) => {
            const { to, update } = pending.splice(pick % pending.length, 1)[0]!;
            Y.applyUpdate(docs[to]!, update, 'remote');
          };
          ops.forEach((o, n) => {
            const doc = docs[o.peer % peers]!;
            const date = `2026-11-${String(23 + (o.day % 8)).padStart(2, '0')}`;
            const slot = { date, time: TIMES[o.time]!, channelId: o.channel ? li : ig };
            if (o.kind === 'unschedule') unscheduleCard(doc, card);
            else if (o.kind === 'reschedule' && getCard(doc, card)!.slot)
              rescheduleCard(doc, card, { time: slot.time });
            else scheduleCard(doc, card, slot);
            written.add(JSON.stringify(getCard(doc, card)!.slot));
            // Some updates travel while others are still being made, in any order.
            const p = order[n];
            if (p !== undefined && pending.length > 0) {
              deliver(p);
            }
          });
          for (const p of order) {
            if (pending.length === 0) break;
            deliver(p);
          }
          while (pending.length > 0) deliver(0);
          // As the app does when a piece stays missing (Yjs loses some when updates overtake each
          // other: "Yjs and one peer's updates out of order" below).
          askForMissing(docs, () => 'remote');
          const slots = docs.map((doc) => JSON.stringify(getCard(doc, card)!.slot));
          expect(new Set(slots).size).toBe(1);
          expect(written).toContain(slots[0]);
          expect(docs.every((doc) => getCard(doc, card)!.problems.length === 0)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/*
 * An upstream bug, kept here so that it shows when Yjs fixes it (this test then fails: remove the
 * `fails`). Yjs 13.6.33 keeps updates whose predecessors are missing as pending and integrates them
 * when those arrive; for these seven updates, applied one by one in the order a peer received them,
 * it loses two of them on the way: the peer keeps missing them although they all arrived. Applied
 * merged, the same updates integrate. The app asks its colleagues again for what stays missing
 * (renderer/sync/relay.ts), and the tests that pass updates by hand do the same (askForMissing).
 */
describe("Yjs and one peer's updates out of order", () => {
  // Applied while the tests are collected, so that only the last expectation can fail.
  const { oneByOne, merged } = recordedReorder();

  it('integrates the recorded updates applied merged', () => {
    expect(merged.store.pendingStructs).toBeNull();
    expect(getCard(merged, [...merged.getMap('cards').keys()][0] as CardId)?.slot).not.toBeNull();
  });

  it.fails('integrates them applied one by one, in the order a peer received them', () => {
    expect(Y.encodeStateVector(oneByOne)).toEqual(Y.encodeStateVector(merged));
  });
});

describe('damaged slots', () => {
  it('reads a malformed stored slot as unscheduled and reschedules it only with a whole new slot', () => {
    const { doc, ig, card } = setup();
    doc.transact(() =>
      (doc.getMap('cards').get(card) as Y.Map<unknown>).set('slot', { date: 'morgen', time: 9 }),
    );
    expect(getCard(doc, card)).toMatchObject({ slot: null, problems: ['slot'] });
    expect(() => rescheduleCard(doc, card, { time: '10:00' })).toThrow(/Invalid slot date/);
    rescheduleCard(doc, card, { date: '2026-11-25', time: '10:00', channelId: ig });
    expect(getCard(doc, card)).toMatchObject({
      slot: { date: '2026-11-25', time: '10:00', channelId: ig },
      problems: [],
    });
  });
});
