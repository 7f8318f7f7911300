import { useState } from 'react';
import { SeriesError, updateSeries, type Series } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { workspaceNow } from './selectors';

/** Edits a series and all its future cards at once: title, brief and time. */
export function SeriesEditForm({
  series,
  onDone,
}: {
  series: Series;
  /** Called with how many future cards changed, or without when cancelled. */
  onDone: (changed?: number) => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [title, setTitle] = useState(series.title);
  const [brief, setBrief] = useState(series.brief);
  const [time, setTime] = useState(series.time);
  const [error, setError] = useState(false);
  return (
    <form
      className="series-edit"
      onSubmit={(event) => {
        event.preventDefault();
        try {
          onDone(updateSeries(session.doc, series.id, { title, brief, time }, workspaceNow(session.doc)));
        } catch (caught) {
          if (!(caught instanceof SeriesError)) throw caught;
          setError(true);
        }
      }}
    >
      <label className="field wide">
        <span>{t('series.cardTitle')}</span>
        <input value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('series.time')}</span>
        <input type="time" value={time} required onChange={(e) => setTime(e.target.value)} />
      </label>
      <label className="field wide">
        <span>{t('series.brief')}</span>
        <textarea rows={2} value={brief} onChange={(e) => setBrief(e.target.value)} />
      </label>
      <div className="series-actions">
        <button type="submit" className="button primary small">
          {t('series.save')}
        </button>
        <button type="button" className="button small" onClick={() => onDone()}>
          {t('series.cancel')}
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {t('series.error')}
        </p>
      )}
    </form>
  );
}
