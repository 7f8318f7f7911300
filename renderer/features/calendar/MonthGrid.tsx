import { useDroppable } from '@dnd-kit/core';
import { Fragment, useState } from 'react';
import { holidayOn, longDayLabel, monthOf, type CardId, type DateKey } from '../../../shared/model';
import { ChannelChip } from '../../components/badges';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { CampaignBands } from '../campaigns/CampaignBands';
import { HolidayName, RiskBadges } from './Badges';
import { targetId } from './calendarDnd';
import { usePostInfo } from './postInfo';
import { MonthPost } from './Tiles';
import { MonthAbsenceBands } from '../absences/AbsenceBands';

/** How many posts a day cell shows before "+N weitere". */
const VISIBLE = 3;

/** A month as weeks of days, Monday first; each day is a drop target and lists its posts. */
export function MonthGrid({
  label,
  month,
  weeks,
  today,
  posts,
  onOpenCard,
}: {
  label: string;
  month: DateKey;
  weeks: readonly (readonly DateKey[])[];
  today: DateKey;
  posts: { [date: string]: CardId[] };
  onOpenCard: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const [moreOf, setMoreOf] = useState<DateKey | null>(null);
  return (
    <>
      <table className="month-grid" aria-label={t('calendar.monthGrid', { month: label })}>
        <thead>
          <tr>
            {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
              <th key={weekday} scope="col">
                {t(`weekday.${weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <Fragment key={week[0]}>
              <CampaignBands days={week} />
              <tr>
                {week.map((day) => (
                  <MonthCell
                    key={day}
                    date={day}
                    outside={monthOf(day) !== monthOf(month)}
                    today={day === today}
                    posts={posts[day] ?? []}
                    onMore={() => setMoreOf(day)}
                    onOpenCard={onOpenCard}
                  />
                ))}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      {moreOf && (
        <DayDialog
          date={moreOf}
          posts={posts[moreOf] ?? []}
          onClose={() => setMoreOf(null)}
          onOpenCard={(id) => {
            setMoreOf(null);
            onOpenCard(id);
          }}
        />
      )}
    </>
  );
}

function MonthCell({
  date,
  outside,
  today,
  posts,
  onMore,
  onOpenCard,
}: {
  date: DateKey;
  outside: boolean;
  today: boolean;
  posts: readonly CardId[];
  onMore: () => void;
  onOpenCard: (id: CardId) => void;
}) {
  const { t, locale } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: targetId({ kind: 'mday', date }) });
  const hidden = posts.length > VISIBLE ? posts.length - (VISIBLE - 1) : 0;
  const shown = hidden ? posts.slice(0, VISIBLE - 1) : posts;
  const day = longDayLabel(date, locale);
  const holiday = holidayOn(date);
  return (
    <td
      ref={setNodeRef}
      className={`month-cell${outside ? ' outside' : ''}${today ? ' today' : ''}${isOver ? ' over' : ''}`}
      aria-label={holiday ? t('calendar.holidayDay', { day, holiday: t(`holiday.${holiday}`) }) : day}
    >
      <span className="month-day" aria-hidden="true">
        {Number(date.slice(8))}
        <HolidayName date={date} />
      </span>
      <MonthAbsenceBands date={date} />
      <div className="cell-items">
        {shown.map((id) => (
          <MonthPost key={id} cardId={id} onOpen={onOpenCard} />
        ))}
        {hidden > 0 && (
          <div className="print-only">
            {posts.slice(shown.length).map((id) => (
              <MonthPost key={id} cardId={id} onOpen={onOpenCard} />
            ))}
          </div>
        )}
        {hidden > 0 && (
          <button
            type="button"
            className="more-button"
            onClick={onMore}
            aria-label={t('calendar.moreLabel', { count: hidden, day })}
          >
            {t('calendar.more', { count: hidden })}
          </button>
        )}
      </div>
    </td>
  );
}

function DayDialog({
  date,
  posts,
  onClose,
  onOpenCard,
}: {
  date: DateKey;
  posts: readonly CardId[];
  onClose: () => void;
  onOpenCard: (id: CardId) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <Dialog
      title={t('calendar.dayTitle', { day: longDayLabel(date, locale) })}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('calendar.close')}
        </button>
      }
    >
      <ul className="stack-list tight day-list">
        {posts.map((id) => (
          <DayListEntry key={id} cardId={id} onOpen={onOpenCard} />
        ))}
      </ul>
    </Dialog>
  );
}

function DayListEntry({ cardId, onOpen }: { cardId: CardId; onOpen: (id: CardId) => void }) {
  const { t } = useI18n();
  const info = usePostInfo(cardId);
  if (!info?.card.slot) return null;
  const title = info.card.title || t('board.untitled');
  return (
    <li>
      <button
        type="button"
        className="day-entry"
        onClick={() => onOpen(cardId)}
        aria-label={t('calendar.openPost', { title })}
      >
        {info.channel ? (
          <ChannelChip channel={info.channel} />
        ) : (
          <span className="channel-chip removed">?</span>
        )}
        <span className="post-time">{info.card.slot.time}</span>
        <span className="day-entry-title">{title}</span>
        <RiskBadges risk={info.risk} conflict={info.conflict} held={info.held} />
      </button>
    </li>
  );
}
