import { useDroppable } from '@dnd-kit/core';
import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import {
  dayLabel,
  longDayLabel,
  type CardId,
  type Channel,
  type ChannelId,
  type DateKey,
  type Slot,
} from '../../../shared/model';
import { ChannelChip } from '../../components/badges';
import { useI18n } from '../../i18n';
import { CampaignBands } from '../campaigns/CampaignBands';
import { HolidayName } from './Badges';
import { targetId } from './calendarDnd';
import { printScale } from './printScale';
import { WeekPost } from './Tiles';
import { WeekAbsenceRows } from '../absences/AbsenceBands';

/** The scheduled cards of a week by `${channelId}|${date}`, each cell in time order. */
export type WeekCells = { [cell: string]: { id: CardId; time: string }[] };

/**
 * One row per channel, Monday to Sunday. A cell lists the channel's posts of that day and its free
 * template slots in time order; the slots and the cell itself are drop targets. Posts whose channel
 * was removed get a row of their own ("Kanal gelöscht") to be dragged elsewhere.
 */
export function WeekGrid({
  label,
  days,
  today,
  channels,
  removedChannelIds,
  cells,
  freeSlots,
  holding,
  onOpenCard,
}: {
  label: string;
  days: readonly DateKey[];
  today: DateKey;
  channels: readonly Channel[];
  removedChannelIds: readonly ChannelId[];
  cells: WeekCells;
  freeSlots: readonly Slot[];
  /** A card is held: every day keeps the height it had at the pick-up. */
  holding: boolean;
  onOpenCard: (id: CardId) => void;
}) {
  const { t, locale } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const lists = [...(table.current?.querySelectorAll<HTMLElement>('.cell-items') ?? [])];
    if (!holding) return;
    // Exact heights (not rounded), so that nothing moves by a pixel either.
    const heights = lists.map((list) => list.getBoundingClientRect().height);
    lists.forEach((list, i) => (list.style.height = `${heights[i]}px`));
    return () => lists.forEach((list) => (list.style.height = ''));
  }, [holding]);
  const removedPosts = (date: DateKey) =>
    removedChannelIds.flatMap((channelId) => cells[`${channelId}|${date}`] ?? []);
  const removedRow = days.some((day) => removedPosts(day).length > 0);
  const rows = [...channels.map((c) => c.id as string), ...(removedRow ? ['removed'] : [])];
  const scale = printScale(rows, days, (row, day) =>
    row === 'removed' ? removedPosts(day).length : (cells[`${row}|${day}`]?.length ?? 0),
  );
  return (
    <table
      ref={table}
      className={scale < 1 ? 'week-grid print-dense' : 'week-grid'}
      style={{ '--print-scale': scale } as CSSProperties}
      aria-label={t('calendar.weekGrid', { week: label })}
    >
      <thead>
        <tr>
          <th scope="col" className="channel-head">
            {t('calendar.channel')}
          </th>
          {days.map((day) => (
            <th key={day} scope="col" className={day === today ? 'today' : undefined}>
              {dayLabel(day, locale)} <HolidayName date={day} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <CampaignBands days={days} head />
        <WeekAbsenceRows days={days} />
        {channels.map((channel) => (
          <tr key={channel.id}>
            <th scope="row" className="channel-head">
              <ChannelChip channel={channel} />
              <span className="channel-name">{channel.name}</span>
            </th>
            {days.map((day) => (
              <WeekCell
                key={day}
                channel={channel}
                date={day}
                today={day === today}
                posts={cells[`${channel.id}|${day}`] ?? []}
                free={freeSlots.filter((s) => s.channelId === channel.id && s.date === day)}
                onOpenCard={onOpenCard}
              />
            ))}
          </tr>
        ))}
        {removedRow && (
          <tr className="removed-row">
            <th scope="row" className="channel-head" title={t('calendar.removedChannelHint')}>
              <span className="channel-chip removed">?</span>
              <span className="channel-name">{t('calendar.removedChannel')}</span>
            </th>
            {days.map((day) => (
              <td key={day} aria-label={longDayLabel(day, locale)}>
                <div className="cell-items">
                  {removedPosts(day).map((post) => (
                    <WeekPost key={post.id} cardId={post.id} onOpen={onOpenCard} />
                  ))}
                </div>
              </td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}

function WeekCell({
  channel,
  date,
  today,
  posts,
  free,
  onOpenCard,
}: {
  channel: Channel;
  date: DateKey;
  today: boolean;
  posts: readonly { id: CardId; time: string }[];
  free: readonly Slot[];
  onOpenCard: (id: CardId) => void;
}) {
  const { t, locale } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: targetId({ kind: 'day', channelId: channel.id, date }) });
  const items = [
    ...posts.map((p) => ({ time: p.time, post: p.id, slot: undefined })),
    ...free.map((slot) => ({ time: slot.time, post: undefined, slot })),
  ].sort((a, b) => a.time.localeCompare(b.time) || (a.post ? -1 : 1));
  return (
    <td
      ref={setNodeRef}
      className={`week-cell${today ? ' today' : ''}${isOver ? ' over' : ''}`}
      aria-label={t('calendar.cell', { channel: channel.name, day: longDayLabel(date, locale) })}
    >
      <div className="cell-items">
        {items.map((item) =>
          item.post ? (
            <WeekPost key={item.post} cardId={item.post} onOpen={onOpenCard} />
          ) : (
            <FreeSlot key={`free${item.time}`} slot={item.slot!} channel={channel} />
          ),
        )}
      </div>
    </td>
  );
}

function FreeSlot({ slot, channel }: { slot: Slot; channel: Channel }) {
  const { t, locale } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: targetId({ kind: 'slot', slot }) });
  return (
    <div
      ref={setNodeRef}
      role="group"
      className={`free-slot${isOver ? ' over' : ''}`}
      style={{ '--channel': channel.color } as React.CSSProperties}
      aria-label={t('calendar.freeSlot', {
        channel: channel.name,
        day: longDayLabel(slot.date, locale),
        time: slot.time,
      })}
    >
      <span className="post-time">{slot.time}</span> <span>{t('calendar.freeSlotShort')}</span>
    </div>
  );
}
