import type { ReactNode } from 'react';
import {
  addMonthsKey,
  addWeeksKey,
  isDateKey,
  monthLabel,
  weekLabel,
  type DateKey,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { PlanSummary } from './usePlan';

export type CalendarMode = 'week' | 'month';

/** The calendar's own column: navigation, the period's heading and warnings, then the grid. */
export function CalendarMain({
  mode,
  onMode,
  anchor,
  onAnchor,
  today,
  summary,
  onManageChannels,
  onExport,
  onImport,
  children,
}: {
  mode: CalendarMode;
  onMode: (mode: CalendarMode) => void;
  anchor: DateKey;
  onAnchor: (date: DateKey) => void;
  today: DateKey;
  summary: PlanSummary;
  onManageChannels: () => void;
  onExport: () => void;
  onImport: () => void;
  children: ReactNode;
}) {
  const { t, locale } = useI18n();
  const step = (n: number) => onAnchor(mode === 'week' ? addWeeksKey(anchor, n) : addMonthsKey(anchor, n));
  const heading = mode === 'week' ? weekLabel(anchor, locale) : monthLabel(anchor, locale);
  return (
    <section className="calendar-main" aria-label={t('calendar.label')}>
      <div className="calendar-toolbar">
        <div className="segmented" role="group" aria-label={t('calendar.mode')}>
          {(['week', 'month'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className={`button small${m === mode ? ' active' : ''}`}
              aria-pressed={m === mode}
              onClick={() => onMode(m)}
            >
              {t(`calendar.${m}`)}
            </button>
          ))}
        </div>
        <div className="calendar-nav">
          <button
            type="button"
            className="icon-button"
            onClick={() => step(-1)}
            aria-label={t(mode === 'week' ? 'calendar.prevWeek' : 'calendar.prevMonth')}
          >
            ‹
          </button>
          <button type="button" className="button small" onClick={() => onAnchor(today)}>
            {t('calendar.today')}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => step(1)}
            aria-label={t(mode === 'week' ? 'calendar.nextWeek' : 'calendar.nextMonth')}
          >
            ›
          </button>
        </div>
        <h2 className="calendar-heading" aria-live="polite">
          {heading}
        </h2>
        <label className="jump">
          <span className="visually-hidden">{t('calendar.jump')}</span>
          <input
            type="date"
            value={anchor}
            onChange={(e) => isDateKey(e.target.value) && onAnchor(e.target.value)}
          />
        </label>
        <Summary summary={summary} />
        <button type="button" className="button small" onClick={onManageChannels}>
          {t('calendar.manageChannels')}
        </button>
        <button type="button" className="button small" onClick={onImport}>
          {t('import.open')}
        </button>
        <button type="button" className="button small" onClick={onExport}>
          {t('export.open')}
        </button>
        <button type="button" className="button small" onClick={() => window.print()}>
          {t('calendar.print')}
        </button>
      </div>
      <div className="calendar-scroll">{children}</div>
    </section>
  );
}

function Summary({ summary }: { summary: PlanSummary }) {
  const { t } = useI18n();
  const parts = [
    summary.overdue > 0 && (
      <span key="o" className="risk-badge overdue">
        {t('calendar.summaryOverdue', { count: summary.overdue })}
      </span>
    ),
    summary.atRisk > 0 && (
      <span key="r" className="risk-badge at-risk">
        {t('calendar.summaryAtRisk', { count: summary.atRisk })}
      </span>
    ),
    summary.conflicts > 0 && (
      <span key="c" className="risk-badge conflict">
        {t('calendar.summaryConflicts', { count: summary.conflicts })}
      </span>
    ),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="calendar-summary" aria-label={t('calendar.summary')}>
      {parts}
    </p>
  );
}
