import { useCallback, useState } from 'react';
import {
  isFilterActive,
  knownTimeZone,
  readMeta,
  shortDayLabel,
  type BoardFilter,
  type DateKey,
} from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import {
  failureOf,
  fileNameOf,
  savedText,
  saveBinaryFile,
  saveTextFile,
  type SaveOutcome,
} from '../../components/saveTextFile';
import { sheetFile, SHEET_FORMATS, type SheetFormat } from '../transfer/exportSheet';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import type { Session } from '../../sync/session';
import { selectWorkspaceName } from '../selectors';
import { planCalendar, postsIn, type ExportPeriod } from './exportPlan';

type Range = 'shown' | 'upcoming' | 'all';
type Format = 'ics' | SheetFormat;
const FORMATS: readonly Format[] = ['ics', ...SHEET_FORMATS];
const RANGES: readonly Range[] = ['shown', 'upcoming', 'all'];

type Step =
  | { step: 'choose' }
  | { step: 'saving' }
  | { step: 'done'; outcome: Exclude<SaveOutcome, { kind: 'canceled' }>; count: number }
  | { step: 'failed'; reason: string };

const selectTimezone = (s: Session) => knownTimeZone(readMeta(s.doc).timezone);

/**
 * Exports the plan as an iCalendar file (.ics) for Outlook and other calendars: the period shown,
 * everything from today on, or every scheduled post, each time only what passes the board's
 * filter. Says how many posts it will write before it writes them, and where the file went.
 */
export function ExportDialog({
  filter,
  shown,
  today,
  onClose,
}: {
  filter: BoardFilter;
  /** The period the calendar shows: its days and its heading ("KW 48 · 23.–29.11.2026"). */
  shown: { from: DateKey; to: DateKey; label: string };
  today: DateKey;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const session = useSession();
  const [range, setRange] = useState<Range>('upcoming');
  const [format, setFormat] = useState<Format>('ics');
  const [state, setState] = useState<Step>({ step: 'choose' });
  const period = useCallback(
    (which: Range): ExportPeriod =>
      which === 'shown'
        ? { from: shown.from, to: shown.to }
        : { from: which === 'upcoming' ? today : null, to: null },
    [shown.from, shown.to, today],
  );
  const count = useDocValue(
    useCallback((s: Session) => postsIn(s.cards(), filter, period(range)).length, [filter, period, range]),
  );
  const timezone = useDocValue(selectTimezone);
  const workspace = useDocValue(selectWorkspaceName);

  async function exportPosts() {
    const chosen = period(range);
    const posts = postsIn(session.cards(), filter, chosen);
    const dates = { from: chosen.from ?? '', to: chosen.to ?? '' };
    const name = fileNameOf(
      `${t(`export.file.${range}`, { workspace: workspace || 'Sendeplan', ...dates })}.${format}`,
    );
    setState({ step: 'saving' });
    try {
      const outcome =
        format === 'ics'
          ? await saveTextFile({
              name,
              content: planCalendar(session, posts, t, Date.now()),
              type: 'text/calendar;charset=utf-8',
              filter: { name: t('export.fileType'), extensions: ['ics'] },
            })
          : await sheetFile(session, posts, format, t).then((file) =>
              typeof file.content === 'string'
                ? saveTextFile({ ...file, name, content: file.content })
                : saveBinaryFile({ ...file, name, bytes: file.content }),
            );
      setState(
        outcome.kind === 'canceled' ? { step: 'choose' } : { step: 'done', outcome, count: posts.length },
      );
    } catch (error) {
      setState({ step: 'failed', reason: failureOf(error) });
    }
  }

  if (state.step === 'done') {
    const { outcome } = state;
    return (
      <Dialog
        title={t('export.title')}
        onClose={onClose}
        actions={
          <button type="button" className="button primary" onClick={onClose} autoFocus>
            {t('export.done')}
          </button>
        }
      >
        <p role="status">
          {t('export.exported', { count: state.count })} {savedText(outcome, t)}
        </p>
        <p className="hint">{t('export.openHint')}</p>
      </Dialog>
    );
  }

  const saving = state.step === 'saving';
  return (
    <Dialog
      title={t('export.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            form="export-form"
            className="button primary"
            disabled={count === 0 || saving}
          >
            {t('export.submit')}
          </button>
        </>
      }
    >
      <form
        id="export-form"
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void exportPosts();
        }}
      >
        <fieldset>
          <legend>{t('export.period')}</legend>
          {RANGES.map((which) => (
            <label key={which} className="check">
              <input
                type="radio"
                name="export-range"
                checked={range === which}
                onChange={() => setRange(which)}
                autoFocus={range === which}
              />
              <span>
                {t(`export.range.${which}`, { period: shown.label, today: shortDayLabel(today, locale) })}
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.format')}</legend>
          {FORMATS.map((which) => (
            <label key={which} className="check">
              <input
                type="radio"
                name="export-format"
                checked={format === which}
                onChange={() => setFormat(which)}
              />
              <span>{t(`export.format.${which}`)}</span>
            </label>
          ))}
        </fieldset>
        {isFilterActive(filter) && <p className="hint">{t('export.filtered')}</p>}
        <p className="export-count" aria-live="polite">
          {count === 0 ? t('export.none') : t('export.count', { count })}
        </p>
        <p className="hint">{format === 'ics' ? t('export.about', { timezone }) : t('export.sheetHint')}</p>
        {state.step === 'failed' && (
          <p className="form-error" role="alert">
            {t('file.failed', { reason: state.reason })}
          </p>
        )}
      </form>
    </Dialog>
  );
}
