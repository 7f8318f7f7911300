// What the calendar shows for a period, selected once per document version through the one bridge.
import { useCallback } from 'react';
import {
  matchesFilter,
  readChannels,
  postsOnHold,
  readColumns,
  scheduledOn,
  slotConflicts,
  slotRisk,
  templateSlots,
  unscheduledCards,
  type BoardFilter,
  type CardId,
  type ChannelId,
  type DateKey,
  type Slot,
  type WallClock,
} from '../../../shared/model';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import type { WeekCells } from './WeekGrid';
import { selectAwayRisks } from '../absences/selectors';

export interface PlanSummary {
  overdue: number;
  atRisk: number;
  conflicts: number;
}

export interface Plan {
  /** The idea store: unscheduled, live cards that pass the filter. */
  store: CardId[];
  /** Week view: posts by `${channelId}|${date}`. */
  cells: WeekCells;
  /** Month view: posts by date, in time order. */
  byDate: { [date: string]: CardId[] };
  /** Template slots of the week that no live card takes (whatever the filter hides). */
  freeSlots: Slot[];
  /** Channels that posts in the period name but that no longer exist. */
  removedChannelIds: ChannelId[];
  summary: PlanSummary;
}

const samePlan = (a: Plan, b: Plan) => JSON.stringify(a) === JSON.stringify(b);
const slotKey = (s: Slot) => `${s.channelId}|${s.date}|${s.time}`;

export function usePlan(
  days: readonly DateKey[],
  filter: BoardFilter,
  now: WallClock,
  templateDays: readonly DateKey[],
): Plan {
  const select = useCallback(
    (s: Session): Plan => {
      const cards = s.cards();
      const channelIds = new Set<string>(readChannels(s.doc).map((c) => c.id));
      const stages = new Map(readColumns(s.doc).map((c) => [c.id as string, c.stage]));
      const firstStage = readColumns(s.doc)[0]?.stage ?? null;
      const conflicts = slotConflicts(cards);
      const onHold = postsOnHold(s.doc);
      const away = selectAwayRisks(s);
      const posts = scheduledOn(
        cards.filter((c) => matchesFilter(c, filter)),
        days,
      );
      const plan: Plan = {
        store: unscheduledCards(cards, filter).map((c) => c.id),
        cells: {},
        byDate: {},
        freeSlots: [],
        removedChannelIds: [],
        summary: { overdue: 0, atRisk: 0, conflicts: 0 },
      };
      const removed = new Set<ChannelId>();
      for (const card of posts) {
        const slot = card.slot!;
        (plan.cells[`${slot.channelId}|${slot.date}`] ??= []).push({ id: card.id, time: slot.time });
        (plan.byDate[slot.date] ??= []).push(card.id);
        if (!channelIds.has(slot.channelId)) removed.add(slot.channelId);
        const risk =
          slotRisk(slot, stages.get(card.pos.columnId) ?? firstStage, now) ??
          (away.has(card.id) ? 'atRisk' : null);
        if (risk === 'overdue') plan.summary.overdue++;
        // Posts a crisis holds are not counted as at risk (postInfo.ts).
        if (risk === 'atRisk' && !onHold) plan.summary.atRisk++;
        if (conflicts.has(card.id)) plan.summary.conflicts++;
      }
      plan.removedChannelIds = [...removed].sort();
      const taken = new Set(cards.flatMap((c) => (c.slot && !c.archived ? [slotKey(c.slot)] : [])));
      plan.freeSlots = templateSlots(readChannels(s.doc), templateDays).filter(
        (slot) => !taken.has(slotKey(slot)),
      );
      return plan;
    },
    [days, filter, now, templateDays],
  );
  return useDocValue(select, samePlan);
}
