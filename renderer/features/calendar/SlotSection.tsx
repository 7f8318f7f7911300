import { useCallback, useState } from 'react';
import {
  isDateKey,
  isTime,
  longDayLabel,
  nextFreeSlot,
  type Card,
  type ChannelId,
  type Slot,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameRecords, selectChannels } from '../selectors';
import { useProcessActions } from '../processes/processActions';
import { RiskBadges } from './Badges';
import './calendar.css';
import { usePostInfo } from './postInfo';
import { useSlotCheck } from './useSlotCheck';
import { useWallClock } from './useWallClock';

/**
 * The card panel's publishing section: when and where the card goes out. A scheduled card's date,
 * time and channel are edited in place; an unscheduled one gets its next free slot in one click, or
 * the slot typed in.
 */
export function SlotSection({ card }: { card: Card }) {
  const { t } = useI18n();
  return (
    <fieldset className="slot-section">
      <legend>{t('slot.legend')}</legend>
      {card.slot ? <Scheduled card={card} slot={card.slot} /> : <Unscheduled card={card} />}
    </fieldset>
  );
}

function Scheduled({ card, slot }: { card: Card; slot: Slot }) {
  const { t } = useI18n();
  const session = useSession();
  const info = usePostInfo(card.id);
  const check = useSlotCheck();
  const { reschedule, unschedule } = useProcessActions();
  const [refused, setRefused] = useState<string | null>(null);
  // Typing a date or time changes the slot per keystroke; the undo manager groups quick ones.
  // A date or time in the past, or one the clocks skip, is not taken: the field says why.
  const change = (patch: Partial<Slot>) => {
    const problem = patch.channelId ? null : check({ ...slot, ...patch });
    setRefused(problem?.message ?? null);
    if (!problem) reschedule(card.id, patch);
  };
  return (
    <>
      {refused && (
        <p className="form-error" role="alert">
          {refused}
        </p>
      )}
      <SlotFields
        value={slot}
        onDate={(date) => change({ date })}
        onTime={(time) => change({ time })}
        onChannel={(channelId) => change({ channelId })}
      />
      <div className="slot-actions">
        {info && <RiskBadges risk={info.risk} conflict={info.conflict} held={info.held} />}
        <button
          type="button"
          className="button small"
          onClick={() => {
            unschedule(card.id);
            session.stopCapturing();
          }}
        >
          {t('slot.unschedule')}
        </button>
      </div>
    </>
  );
}

function Unscheduled({ card }: { card: Card }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const channels = useDocValue(selectChannels, sameRecords);
  const now = useWallClock();
  const channel = channels.find((c) => card.channelIds.includes(c.id)) ?? channels[0];
  const suggestion = useDocValue(
    useCallback(
      (s: Session) => {
        const slot = channel && nextFreeSlot(channel, s.cards(), now);
        return slot ? `${slot.date}|${slot.time}|${slot.channelId}` : '';
      },
      [channel, now],
    ),
  );
  const [date, time, channelId] = suggestion.split('|');
  const next: Slot | undefined =
    date && time && channelId ? { date, time, channelId: channelId as ChannelId } : undefined;
  const [draft, setDraft] = useState<Partial<Slot>>({});
  const check = useSlotCheck();
  const value: Partial<Slot> = {
    date: draft.date ?? next?.date ?? now.date,
    time: draft.time ?? next?.time ?? '09:00',
    channelId: draft.channelId ?? next?.channelId ?? channel?.id,
  };
  const { schedule: scheduleWithProcess } = useProcessActions();
  const schedule = (slot: Slot) => {
    scheduleWithProcess(card.id, slot);
    session.stopCapturing();
  };
  if (channels.length === 0) return <p className="hint">{t('slot.needChannel')}</p>;
  const typed = isDateKey(value.date) && isTime(value.time) && !!value.channelId;
  const problem = typed ? check(value as Slot) : null;
  const complete = typed && problem?.kind !== 'nonexistent';
  return (
    <>
      <p className="hint">{t('slot.none')}</p>
      {next && (
        <button type="button" className="button small slot-next" onClick={() => schedule(next)}>
          {t('slot.scheduleNext', {
            channel: channels.find((c) => c.id === next.channelId)?.name ?? '',
            day: longDayLabel(next.date, locale),
            time: next.time,
          })}
        </button>
      )}
      <SlotFields
        value={value}
        onDate={(d) => setDraft({ ...draft, date: d })}
        onTime={(tm) => setDraft({ ...draft, time: tm })}
        onChannel={(c) => setDraft({ ...draft, channelId: c })}
      />
      {problem && (
        <p className="form-error" role="alert">
          {problem.message}
        </p>
      )}
      <div className="slot-actions">
        <button
          type="button"
          className="button small primary"
          disabled={!complete}
          onClick={() => complete && schedule(value as Slot)}
        >
          {t('slot.schedule')}
        </button>
      </div>
    </>
  );
}

/** Date, time and channel pickers; a half-typed date or time is not passed on. */
function SlotFields({
  value,
  onDate,
  onTime,
  onChannel,
}: {
  value: Partial<Slot>;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
  onChannel: (channelId: ChannelId) => void;
}) {
  const { t } = useI18n();
  const channels = useDocValue(selectChannels, sameRecords);
  const known = channels.some((c) => c.id === value.channelId);
  return (
    <div className="slot-fields">
      <label className="field">
        <span>{t('slot.date')}</span>
        <input
          type="date"
          value={value.date ?? ''}
          onChange={(e) => isDateKey(e.target.value) && onDate(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('slot.time')}</span>
        <input
          type="time"
          value={value.time ?? ''}
          onChange={(e) => isTime(e.target.value) && onTime(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('slot.channel')}</span>
        <select value={value.channelId ?? ''} onChange={(e) => onChannel(e.target.value as ChannelId)}>
          {!known && <option value={value.channelId ?? ''}>{t('calendar.removedChannel')}</option>}
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
