import './series.css';
import { useState } from 'react';
import {
  SeriesError,
  createSeries,
  endSeries,
  extendSeries,
  type ChannelId,
  type Series,
} from '../../../shared/model';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { formatDay } from '../requests/format';
import { sameJson, sameRecords, selectChannels } from '../selectors';
import { selectProcesses } from '../processes/ProcessesView';
import { useIdentity } from '../shell/identity';
import { SeriesEditForm } from './SeriesEditForm';
import { SeriesFields, type SeriesDraft } from './SeriesFields';
import { selectSeries, workspaceNow } from './selectors';

/**
 * Recurring formats: the series of the workspace, each with its rhythm and how far it runs, to
 * extend, edit for all future cards, or end; and a form for a new one. A single card of a series
 * is edited like any card.
 */
export function SeriesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const list = useDocValue(selectSeries, sameJson);
  const [ending, setEnding] = useState<Series | null>(null);
  const session = useSession();
  const me = useIdentity();
  return (
    <Dialog
      title={t('series.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('series.close')}
        </button>
      }
    >
      <p className="hint">{t('series.lead')}</p>
      {list.length === 0 ? (
        <p className="series-empty">{t('series.none')}</p>
      ) : (
        <ul className="series-list" aria-label={t('series.title')}>
          {list.map((series) => (
            <SeriesItem key={series.id} series={series} onEnd={() => setEnding(series)} />
          ))}
        </ul>
      )}
      <NewSeriesForm />
      {ending && (
        <ConfirmDialog
          title={t('series.endTitle', { name: ending.name })}
          confirmLabel={t('series.end')}
          onConfirm={() => endSeries(session.doc, ending.id, me, workspaceNow(session.doc))}
          onClose={() => setEnding(null)}
        >
          <p>{t('series.endText')}</p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}

function SeriesItem({ series, onEnd }: { series: Series & { cards: number }; onEnd: () => void }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const channels = useDocValue(selectChannels, sameRecords);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const channel = channels.find((c) => c.id === series.channelId)?.name ?? '?';
  const ended = series.endedAt !== null;
  return (
    <li className={`series-item${ended ? ' ended' : ''}`} aria-label={series.name}>
      <div className="series-head">
        <strong className="series-name">{series.name}</strong>
        {ended && <span className="series-ended">{t('series.ended')}</span>}
      </div>
      <p className="series-rhythm">
        {t('series.every', {
          weekday: t(`series.day.${series.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
          time: series.time,
          channel,
        })}
        {' · '}
        {t('series.cards', { count: series.cards, until: formatDay(series.until, locale) })}
      </p>
      {!ended && !editing && (
        <div className="series-actions">
          <button
            type="button"
            className="button small"
            aria-label={t('series.extendLabel', { name: series.name })}
            onClick={() => extendSeries(session.doc, series.id, 4, workspaceNow(session.doc), me)}
          >
            {t('series.extend')}
          </button>
          <button
            type="button"
            className="button small"
            aria-label={t('series.editLabel', { name: series.name })}
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            {t('series.edit')}
          </button>
          <button
            type="button"
            className="button small danger"
            aria-label={t('series.endLabel', { name: series.name })}
            onClick={onEnd}
          >
            {t('series.end')}
          </button>
        </div>
      )}
      {editing && (
        <SeriesEditForm
          series={series}
          onDone={(changed) => {
            setEditing(false);
            setSaved(changed ?? null);
          }}
        />
      )}
      {saved !== null && (
        <p role="status" className="series-done">
          {t('series.saved', { count: saved })}
        </p>
      )}
    </li>
  );
}

function NewSeriesForm() {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const channels = useDocValue(selectChannels, sameRecords);
  const processes = useDocValue(selectProcesses, sameJson);
  const [draft, setDraft] = useState<SeriesDraft>(() => ({
    name: '',
    channelId: channels[0]?.id ?? ('' as ChannelId),
    weekday: channels[0]?.slotTemplate[0]?.weekday ?? 1,
    time: channels[0]?.slotTemplate[0]?.time ?? '10:00',
    title: '',
    brief: '',
    weeks: 4,
    processId: '',
  }));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (channels.length === 0) return <p className="hint">{t('series.noChannel')}</p>;
  return (
    <form
      className="series-form"
      onSubmit={(event) => {
        event.preventDefault();
        try {
          const { cardIds } = createSeries(
            session.doc,
            { ...draft, title: draft.title || draft.name, processId: draft.processId || null, createdBy: me },
            workspaceNow(session.doc),
          );
          setMessage({ text: t('series.created', { count: cardIds.length }), error: false });
          setDraft({ ...draft, name: '', title: '', brief: '' });
        } catch (caught) {
          if (!(caught instanceof SeriesError)) throw caught;
          setMessage({ text: t('series.error'), error: true });
        }
      }}
    >
      <SeriesFields draft={draft} onDraft={setDraft} channels={channels} processes={processes} />
      <div className="series-submit">
        <button type="submit" className="button primary" disabled={!draft.name.trim()}>
          {t('series.create')}
        </button>
        {message && (
          <p
            role={message.error ? 'alert' : 'status'}
            className={message.error ? 'form-error' : 'series-done'}
          >
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
