/*
 * Dragging cards in the calendar. Drop targets are encoded in dnd-kit ids:
 *
 *   slot|<channelId>|<date>|<time>   a free template slot of a channel (week view)
 *   day|<channelId>|<date>           a channel's day cell (week view): time defaults, user may change it
 *   mday|<date>                      a day of the month view: channel and time default
 *   store                            the idea store: unschedules
 *
 * Draggables are the card ids themselves. What a drop does is decided by `decideDrop`, once, for
 * both the write and the announcement, so what a screen reader hears is what happened.
 *
 * The mouse hits the innermost target under the pointer (a free slot before the day cell around
 * it); the keyboard moves from target to target with the arrow keys (`gridKeyboardCoordinates`)
 * and lands on the one whose centre it reached.
 */
import {
  closestCenter,
  pointerWithin,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import {
  defaultSlotTime,
  type Card,
  type Channel,
  type ChannelId,
  type DateKey,
  type Slot,
} from '../../../shared/model';

export type Target =
  | { kind: 'slot'; slot: Slot }
  | { kind: 'day'; channelId: ChannelId; date: DateKey }
  | { kind: 'mday'; date: DateKey }
  | { kind: 'store' };

export const STORE_ID = 'store';

export function targetId(target: Target): string {
  switch (target.kind) {
    case 'slot':
      return `slot|${target.slot.channelId}|${target.slot.date}|${target.slot.time}`;
    case 'day':
      return `day|${target.channelId}|${target.date}`;
    case 'mday':
      return `mday|${target.date}`;
    case 'store':
      return STORE_ID;
  }
}

export function parseTarget(id: string | number | undefined): Target | undefined {
  if (id === undefined) return undefined;
  const [kind, a, b, c] = String(id).split('|');
  if (kind === 'slot' && a && b && c) {
    return { kind, slot: { channelId: a as ChannelId, date: b, time: c } };
  }
  if (kind === 'day' && a && b) return { kind, channelId: a as ChannelId, date: b };
  if (kind === 'mday' && a) return { kind, date: a };
  if (kind === STORE_ID) return { kind: 'store' };
  return undefined;
}

export type Drop =
  { action: 'schedule'; slot: Slot; defaultedTime: boolean } | { action: 'unschedule' } | { action: 'none' };

const sameSlot = (a: Slot | null, b: Slot) =>
  a !== null && a.date === b.date && a.time === b.time && a.channelId === b.channelId;

/** What dropping `card` on `target` does. Rescheduling to another day keeps the card's time. */
export function decideDrop(card: Card, target: Target | undefined, channels: readonly Channel[]): Drop {
  if (!target) return { action: 'none' };
  const channel = (id: ChannelId | undefined) => channels.find((c) => c.id === id);
  const schedule = (slot: Slot, defaultedTime: boolean): Drop =>
    sameSlot(card.slot, slot) ? { action: 'none' } : { action: 'schedule', slot, defaultedTime };
  switch (target.kind) {
    case 'store':
      return card.slot ? { action: 'unschedule' } : { action: 'none' };
    case 'slot':
      return schedule(target.slot, false);
    case 'day': {
      if (card.slot?.channelId === target.channelId && card.slot.date === target.date)
        return { action: 'none' };
      const time = card.slot?.time ?? defaultSlotTime(channel(target.channelId), target.date);
      return schedule({ date: target.date, time, channelId: target.channelId }, !card.slot);
    }
    case 'mday': {
      if (card.slot?.date === target.date) return { action: 'none' };
      const channelId = card.slot?.channelId ?? card.channelIds.find((id) => channel(id)) ?? channels[0]?.id;
      if (!channelId) return { action: 'none' };
      const time = card.slot?.time ?? defaultSlotTime(channel(channelId), target.date);
      return schedule({ date: target.date, time, channelId }, !card.slot);
    }
  }
}

const PRIORITY: { [kind in Target['kind']]: number } = { slot: 0, day: 1, mday: 1, store: 2 };
const priority = (id: string | number) => PRIORITY[parseTarget(id)?.kind ?? 'store'];

/** The mouse: the innermost target under the pointer, or none. The keyboard: the nearest centre. */
export const calendarCollisions: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCenter(args);
  return pointerWithin(args).sort((a, b) => priority(a.id) - priority(b.id));
};

const DIRECTIONS: { [code: string]: [number, number] } = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * Arrow keys move the card's centre onto the centre of the nearest target in that direction,
 * preferring targets in line with it (the next day to the right, the next channel below).
 */
export const gridKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context: { active, collisionRect, droppableRects, droppableContainers } },
) => {
  const direction = DIRECTIONS[event.code];
  if (!direction) return undefined;
  event.preventDefault();
  if (!active || !collisionRect) return undefined;
  const [dx, dy] = direction;
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  let best: { x: number; y: number; score: number } | undefined;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const along = (x - cx) * dx + (y - cy) * dy;
    if (along < 4) continue;
    const across = dx !== 0 ? Math.abs(y - cy) : Math.abs(x - cx);
    const score = along + across * 3;
    if (!best || score < best.score) best = { x, y, score };
  }
  if (!best) return undefined;
  return { x: best.x - collisionRect.width / 2, y: best.y - collisionRect.height / 2 };
};
