/*
 * Publishing slots: when and where a card goes out. A card's `slot` is ONE value
 * {date 'YYYY-MM-DD', time 'HH:mm', channelId} or null, written whole by every mutation here, so
 * concurrent scheduling by several peers converges to one whole slot (never A's date with B's time).
 *
 * Slots are wall-clock times in the workspace time zone (docs/architecture.md, "The document"). Whether a slot is past or
 * close is decided by comparing it with the workspace's wall clock now (calendarDates.zonedNow),
 * never by turning it into an instant.
 *
 * A channel that is removed keeps its cards' slots: the slot still names the removed channel and the
 * calendar shows it under "Kanal gelöscht" until someone plans it elsewhere. The same happens when a
 * peer schedules onto a channel while another removes it, so both cases look alike.
 */
import { leaveApprovedIfChanged } from './approvalChanges';
import type * as Y from 'yjs';
import { addDaysKey, isDateKey, isoWeekday, type DateKey, type WallClock } from './calendarDates';
import { cardsMap, change, recordOf } from './doc';
import { appendHistory, closeStep, stampStep } from './history';
import type { CardId, ChannelId } from './ids';
import { isSlot, isTime } from './read';
import type { Card, Channel, Slot, Stage } from './schema';
import { matchesFilter, type BoardFilter } from './board';

export const DEFAULT_SLOT_TIME = '09:00';
/** A scheduled post this many calendar days ahead (or less) that is not approved yet is at risk. */
export const RISK_DAYS = 3;

/** Checks a slot from the UI or a caller; throws an Error that says what is wrong. */
export function validSlot(slot: Slot): Slot {
  if (!isDateKey(slot.date))
    throw new Error(`Invalid slot date ${JSON.stringify(slot.date)}: use YYYY-MM-DD.`);
  if (!isTime(slot.time)) throw new Error(`Invalid slot time ${JSON.stringify(slot.time)}: use HH:mm.`);
  if (typeof slot.channelId !== 'string' || slot.channelId.length === 0) {
    throw new Error('A slot needs a channel.');
  }
  // A fresh plain object: Yjs keeps the stored value itself, and a caller's object may carry more.
  return { date: slot.date, time: slot.time, channelId: slot.channelId };
}

/**
 * Puts a card into a slot (or moves it there). The card also lists the slot's channel afterwards,
 * so channel filters find it. A card that is gone (deleted by a peer) is left alone.
 */
export function scheduleCard(doc: Y.Doc, id: CardId, slot: Slot): void {
  const value = validSlot(slot);
  change(doc, () => {
    const record = recordOf(cardsMap(doc), id);
    if (!record) return;
    // The stamp says who scheduled it and when (history.ts).
    record.set('slot', { ...value, ...stampStep(doc, id, 'scheduled', record.get('slot')) });
    const channelIds = record.get('channelIds');
    const list = Array.isArray(channelIds) ? channelIds.filter((c) => typeof c === 'string') : [];
    if (!list.includes(value.channelId)) record.set('channelIds', [...list, value.channelId]);
    leaveApprovedIfChanged(doc, id);
  });
}

/**
 * Changes part of a card's slot (another day, time or channel) and writes the whole slot again.
 * An unscheduled card needs all three parts.
 */
export function rescheduleCard(doc: Y.Doc, id: CardId, patch: Partial<Slot>): void {
  const stored = recordOf(cardsMap(doc), id)?.get('slot');
  const current: Partial<Slot> = isSlot(stored) ? stored : {};
  scheduleCard(doc, id, { ...current, ...patch } as Slot);
}

/** Takes a card out of the calendar; it keeps everything else. */
export function unscheduleCard(doc: Y.Doc, id: CardId): void {
  change(doc, () => {
    const record = recordOf(cardsMap(doc), id);
    const slot = record?.get('slot');
    if (!record || slot === null || slot === undefined) return;
    closeStep(doc, id, 'scheduled', slot);
    record.set('slot', null);
    appendHistory(doc, id, { type: 'unscheduled' });
    leaveApprovedIfChanged(doc, id);
  });
}

/** Orders slots by date, time, then channel: the order of a day's list. */
export function compareSlots(a: Slot, b: Slot): number {
  return (
    a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.channelId.localeCompare(b.channelId)
  );
}

/** The empty and filled places a channel's weekly template offers on the given days. */
export function templateSlots(channels: readonly Channel[], days: readonly DateKey[]): Slot[] {
  const slots: Slot[] = [];
  for (const day of days) {
    const weekday = isoWeekday(day);
    for (const channel of channels) {
      for (const entry of channel.slotTemplate) {
        if (entry.weekday === weekday) slots.push({ date: day, time: entry.time, channelId: channel.id });
      }
    }
  }
  return slots.sort(compareSlots);
}

/**
 * The time a card dropped on a day (not on a template slot) gets until the user changes it: the
 * channel's template time on that weekday, else its first template time, else 09:00.
 */
export function defaultSlotTime(channel: Channel | undefined, date: DateKey): string {
  if (!channel || channel.slotTemplate.length === 0) return DEFAULT_SLOT_TIME;
  const weekday = isoWeekday(date);
  const times = (entries: readonly { time: string }[]) => entries.map((e) => e.time).sort();
  return (
    times(channel.slotTemplate.filter((e) => e.weekday === weekday))[0] ??
    times(channel.slotTemplate)[0] ??
    DEFAULT_SLOT_TIME
  );
}

const slotKey = (slot: Slot) => `${slot.channelId}|${slot.date}|${slot.time}`;

/** True when the slot is at or before the wall clock `now` of the workspace. */
export function isPastSlot(slot: Slot, now: WallClock): boolean {
  return slot.date < now.date || (slot.date === now.date && slot.time <= now.time);
}

/** The next free template slot of a channel from `now` on (looking ahead a few weeks), for quick scheduling. */
export function nextFreeSlot(
  channel: Channel,
  cards: readonly Card[],
  now: WallClock,
  weeks = 8,
): Slot | undefined {
  const taken = new Set(cards.flatMap((c) => (c.slot && !c.archived ? [slotKey(c.slot)] : [])));
  const days = Array.from({ length: weeks * 7 }, (_, i) => addDaysKey(now.date, i));
  return templateSlots([channel], days).find((s) => !isPastSlot(s, now) && !taken.has(slotKey(s)));
}

export type SlotRisk = 'overdue' | 'atRisk';

/**
 * What is wrong with a scheduled card's timing, from its column's workflow stage:
 * - overdue ("überfällig"): the slot has passed and the card is not published;
 * - at risk ("gefährdet"): the slot is within the next RISK_DAYS calendar days and the card is
 *   neither approved nor published.
 */
export function slotRisk(slot: Slot, stage: Stage | null, now: WallClock): SlotRisk | null {
  if (isPastSlot(slot, now)) return stage === 'published' ? null : 'overdue';
  if (stage === 'approved' || stage === 'published') return null;
  return slot.date <= addDaysKey(now.date, RISK_DAYS) ? 'atRisk' : null;
}

/** Ids of the live cards that share a channel slot (same channel, date and time) with another one. */
export function slotConflicts(cards: readonly Card[]): Set<CardId> {
  const bySlot = new Map<string, CardId[]>();
  for (const card of cards) {
    if (!card.slot || card.archived) continue;
    const key = slotKey(card.slot);
    bySlot.set(key, [...(bySlot.get(key) ?? []), card.id]);
  }
  const conflicts = new Set<CardId>();
  for (const ids of bySlot.values()) if (ids.length > 1) ids.forEach((id) => conflicts.add(id));
  return conflicts;
}

/** Live scheduled cards on the given days, in slot order. */
export function scheduledOn(cards: readonly Card[], days: readonly DateKey[]): Card[] {
  const wanted = new Set(days);
  return cards
    .filter((c) => c.slot && !c.archived && wanted.has(c.slot.date))
    .sort((a, b) => compareSlots(a.slot!, b.slot!) || a.id.localeCompare(b.id));
}

/** True when the card sits in a slot of a channel that no longer exists. */
export function onRemovedChannel(card: Card, channelIds: ReadonlySet<ChannelId>): boolean {
  return card.slot !== null && !channelIds.has(card.slot.channelId);
}

/** The idea store: live, unscheduled cards that pass the board's filter (archived ones never). */
export function unscheduledCards(cards: readonly Card[], filter: BoardFilter): Card[] {
  return cards
    .filter((c) => c.slot === null && !c.archived && matchesFilter(c, { ...filter, showArchived: false }))
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}
