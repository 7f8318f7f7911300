// What the calendar shows about a scheduled card, read once per document version.
import { useCallback } from 'react';
import {
  isHeld,
  postsOnHold,
  slotConflicts,
  slotRisk,
  type AwayRisk,
  type Card,
  type CardId,
  type Channel,
  type Column,
  type Person,
  type SlotRisk,
  type WallClock,
} from '../../../shared/model';
import type { Session } from '../../sync/session';
import { useCard, useDocValue } from '../../sync/useDocValue';
import { byId, onChangesOf, sameRecords, selectChannels, selectPeople } from '../selectors';
import { useColumns } from '../useColumns';
import { useFirstPaintDone } from '../shell/firstPaint';
import { useWallClock } from './useWallClock';
import { sameRisks, selectAwayRisks } from '../absences/selectors';

/** Cards that share a channel slot with another; computed again only when a slot or archiving changed. */
export const conflictsOf = onChangesOf(
  ['cards', 'cards.slot', 'cards.archived'],
  (s: Session): ReadonlySet<string> => slotConflicts(s.cards()),
);

export interface PostInfo {
  card: Card;
  channel: Channel | undefined;
  owner: Person | undefined;
  column: Column | undefined;
  risk: SlotRisk | null;
  conflict: boolean;
  /** Still to go out while a crisis runs: on hold (meetings.ts). */
  held: boolean;
  /** Who the post waits on while they are away (absenceRisk.ts); such a post is at risk. */
  away: readonly AwayRisk[];
}

export const selectOnHold = onChangesOf(['meetings'], (s: Session) => postsOnHold(s.doc));

export function usePostInfo(cardId: CardId): PostInfo | undefined {
  const card = useCard(cardId);
  const channels = useDocValue(selectChannels, sameRecords);
  const people = useDocValue(selectPeople, sameRecords);
  const columns = useColumns();
  // Conflicts compare every card's slot: shown once the first frame is painted (firstPaint.ts).
  const painted = useFirstPaintDone();
  const conflict = useDocValue(
    useCallback((s: Session) => painted && conflictsOf(s).has(cardId), [cardId, painted]),
    Object.is,
    conflictsOf.parts,
  );
  const now = useWallClock();
  const onHold = useDocValue(selectOnHold, Object.is, selectOnHold.parts);
  const away = useDocValue(
    useCallback((s: Session) => selectAwayRisks(s).get(cardId), [cardId]),
    sameRisks,
    selectAwayRisks.parts,
  );
  if (!card) return undefined;
  return postInfo(card, { channels, people, columns, now, conflict, onHold, away });
}

export function postInfo(
  card: Card,
  {
    channels,
    people,
    columns,
    now,
    conflict,
    onHold = false,
    away = [],
  }: {
    channels: readonly Channel[];
    people: readonly Person[];
    columns: readonly Column[];
    now: WallClock;
    conflict: boolean;
    onHold?: boolean;
    away?: readonly AwayRisk[];
  },
): PostInfo {
  const column = byId(columns).get(card.pos.columnId) ?? columns[0];
  const held = isHeld(onHold, card, column?.stage ?? null, now);
  return {
    card,
    channel: card.slot ? byId(channels).get(card.slot.channelId) : undefined,
    owner: card.ownerId ? byId(people).get(card.ownerId) : undefined,
    column,
    // A post a crisis holds back is "angehalten", not also "gefährdet": it is not going out anyway.
    // Someone the post waits on is away: at risk, also beyond the next days.
    risk:
      card.slot && !card.archived && !held
        ? (slotRisk(card.slot, column?.stage ?? null, now) ?? (away.length > 0 ? 'atRisk' : null))
        : null,
    conflict,
    held,
    away: held ? [] : away,
  };
}
