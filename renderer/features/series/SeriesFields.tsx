import type { Channel, ChannelId, Process } from '../../../shared/model';
import { useI18n } from '../../i18n';

export interface SeriesDraft {
  name: string;
  channelId: ChannelId;
  weekday: number;
  time: string;
  title: string;
  brief: string;
  weeks: number;
  /** The process its cards follow; '' for the one that matches each card. */
  processId: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The fields of a new series: its name, the channel and one of the channel's weekly slots (or a
 * day and time of its own), the cards' title and brief, and for how many weeks cards are made.
 */
export function SeriesFields({
  draft,
  onDraft,
  channels,
  processes,
}: {
  draft: SeriesDraft;
  onDraft: (draft: SeriesDraft) => void;
  channels: readonly Channel[];
  processes: readonly Process[];
}) {
  const { t } = useI18n();
  const set = (patch: Partial<SeriesDraft>) => onDraft({ ...draft, ...patch });
  const channel = channels.find((c) => c.id === draft.channelId);
  const slots = channel?.slotTemplate ?? [];
  const slotKey = `${draft.weekday}|${draft.time}`;
  const day = (weekday: number) => t(`series.day.${weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);
  return (
    <div className="series-fields">
      <label className="field wide">
        <span>{t('series.name')}</span>
        <input
          value={draft.name}
          maxLength={120}
          placeholder={t('series.namePlaceholder')}
          onChange={(e) => set({ name: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('series.channel')}</span>
        <select
          value={draft.channelId}
          onChange={(e) => {
            const next = channels.find((c) => c.id === e.target.value);
            const first = next?.slotTemplate[0];
            set({
              channelId: e.target.value as ChannelId,
              ...(first ? { weekday: first.weekday, time: first.time } : {}),
            });
          }}
        >
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {slots.length > 0 && (
        <label className="field">
          <span>{t('series.slot')}</span>
          <select
            value={slots.some((s) => `${s.weekday}|${s.time}` === slotKey) ? slotKey : ''}
            onChange={(e) => {
              if (!e.target.value) return;
              const [weekday, time] = e.target.value.split('|');
              set({ weekday: Number(weekday), time: time! });
            }}
          >
            <option value="">{t('series.slotCustom')}</option>
            {slots.map((s) => (
              <option key={`${s.weekday}|${s.time}`} value={`${s.weekday}|${s.time}`}>
                {day(s.weekday)} {s.time}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('series.weekday')}</span>
        <select value={draft.weekday} onChange={(e) => set({ weekday: Number(e.target.value) })}>
          {WEEKDAYS.map((w) => (
            <option key={w} value={w}>
              {day(w)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('series.time')}</span>
        <input type="time" value={draft.time} required onChange={(e) => set({ time: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('series.weeks')}</span>
        <input
          type="number"
          min={1}
          max={52}
          value={draft.weeks}
          onChange={(e) => set({ weeks: Math.max(1, Math.min(52, Number(e.target.value) || 1)) })}
        />
      </label>
      <label className="field wide">
        <span>{t('series.cardTitle')}</span>
        <input
          value={draft.title}
          maxLength={300}
          placeholder={draft.name}
          onChange={(e) => set({ title: e.target.value })}
        />
      </label>
      <label className="field wide">
        <span>{t('series.brief')}</span>
        <textarea rows={2} value={draft.brief} onChange={(e) => set({ brief: e.target.value })} />
      </label>
      <label className="field wide">
        <span>{t('series.process')}</span>
        <select value={draft.processId} onChange={(e) => set({ processId: e.target.value })}>
          <option value="">{t('series.processMatching')}</option>
          {processes.map((process) => (
            <option key={process.id} value={process.id}>
              {process.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
