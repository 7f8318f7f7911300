import { useMemo, type RefObject } from 'react';
import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import { longDayLabel, type Card, type Channel, type ChannelId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { decideDrop, parseTarget, STORE_ID, targetId } from './calendarDnd';

/**
 * What a screen reader hears while a card is dragged, in the user's language: where the card is
 * over (a free slot, a channel's day, a day, the idea store) and what the drop did. The drop is
 * described from the card as it was when picked up, the same state the drop itself decides from.
 */
export function useAnnouncements(
  pickedUp: RefObject<Card | null>,
  channels: readonly Channel[],
): Announcements {
  const { t, locale } = useI18n();
  return useMemo<Announcements>(() => {
    const channelName = (id: ChannelId) =>
      channels.find((c) => c.id === id)?.name ?? t('calendar.removedChannel');
    const titleOf = (id: UniqueIdentifier) => {
      const card = pickedUp.current;
      return card && card.id === id ? card.title || t('board.untitled') : '';
    };
    const over = (id: UniqueIdentifier, overId: UniqueIdentifier | undefined) => {
      const title = titleOf(id);
      const target = parseTarget(overId);
      if (!target) return t('calendar.dnd.overNothing', { title });
      switch (target.kind) {
        case 'slot':
          return t('calendar.dnd.overSlot', {
            title,
            channel: channelName(target.slot.channelId),
            day: longDayLabel(target.slot.date, locale),
            time: target.slot.time,
          });
        case 'day':
          return t('calendar.dnd.overDay', {
            title,
            channel: channelName(target.channelId),
            day: longDayLabel(target.date, locale),
          });
        case 'mday':
          return t('calendar.dnd.overMonthDay', { title, day: longDayLabel(target.date, locale) });
        case 'store':
          return t('calendar.dnd.overStore', { title });
      }
    };
    let quiet = false;
    return {
      onDragStart: ({ active }) => {
        quiet = true;
        return t('calendar.dnd.pickedUp', { title: titleOf(active.id) });
      },
      // Right after pick-up dnd-kit reports the card over its own place: nothing new to say then.
      onDragOver: ({ active, over: target }) => {
        const home = quiet && target?.id === homeOf(pickedUp.current);
        quiet = false;
        return home ? undefined : over(active.id, target?.id);
      },
      onDragEnd: ({ active, over: target }) => {
        const card = pickedUp.current;
        if (!card || card.id !== active.id) return undefined;
        const title = titleOf(active.id);
        const drop = decideDrop(card, parseTarget(target?.id), channels);
        if (drop.action === 'unschedule') return t('calendar.dnd.unscheduled', { title });
        if (drop.action === 'none') return t('calendar.dnd.unchanged', { title });
        return t('calendar.dnd.scheduled', {
          title,
          channel: channelName(drop.slot.channelId),
          day: longDayLabel(drop.slot.date, locale),
          time: drop.slot.time,
        });
      },
      onDragCancel: ({ active }) => t('calendar.dnd.cancelled', { title: titleOf(active.id) }),
    };
  }, [t, locale, channels, pickedUp]);
}

/** The target a card sits in: its channel's day, or the idea store. */
function homeOf(card: Card | null): string | undefined {
  if (!card) return undefined;
  return card.slot
    ? targetId({ kind: 'day', channelId: card.slot.channelId, date: card.slot.date })
    : STORE_ID;
}
