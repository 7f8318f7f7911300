import { useRef, type ReactNode } from 'react';
import { addMonthsKey, addWeeksKey, monthLabel, weekLabel, type DateKey } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { DateJump } from './DateJump';
import { PrintFrame } from './PrintFrame';
import { ToolbarActions, type ToolbarAction } from './ToolbarActions';
import type { Density } from './useDensity';
import type { PlanSummary } from './usePlan';

export type CalendarMode = 'week' | 'month';

/** Moves the anchor a week or a month back or ahead. */
export const stepAnchor = (mode: CalendarMode, anchor: DateKey, n: number): DateKey =>
  mode === 'week' ? addWeeksKey(anchor, n) : addMonthsKey(anchor, n);

/**
 * The calendar's own column: navigation, the period's heading and warnings, the actions (those
 * that do not fit go into a menu, the bar never wraps), then the grid. While presenting, only the
 * heading, the steps and the way out remain.
 */
export function CalendarMain({
  mode,
  onMode,
  anchor,
  onAnchor,
  today,
  summary,
  density,
  onDensity,
  presenting,
  onPresent,
  onManageChannels,
  onExport,
  onImport,
  onSeries,
  children,
}: {
  mode: CalendarMode;
  onMode: (mode: CalendarMode) => void;
  anchor: DateKey;
  onAnchor: (date: DateKey) => void;
  today: DateKey;
  summary: PlanSummary;
  density: Density;
  onDensity: (density: Density) => void;
  presenting: boolean;
  onPresent: (on: boolean) => void;
  onManageChannels: () => void;
  onExport: () => void;
  onImport: () => void;
  onSeries: () => void;
  children: ReactNode;
}) {
  const { t, locale } = useI18n();
  const bar = useRef<HTMLDivElement>(null);
  const step = (n: number) => onAnchor(stepAnchor(mode, anchor, n));
  const heading = mode === 'week' ? weekLabel(anchor, locale) : monthLabel(anchor, locale);
  // In the order they give way: the density, chosen once per device, goes into the menu first.
  const actions: ToolbarAction[] = [
    { id: 'present', label: t('calendar.present'), onSelect: () => onPresent(true) },
    { id: 'print', label: t('calendar.print'), onSelect: () => window.print() },
    { id: 'export', label: t('export.open'), onSelect: onExport },
    { id: 'import', label: t('import.open'), onSelect: onImport },
    { id: 'series', label: t('series.open'), onSelect: onSeries },
    { id: 'channels', label: t('calendar.manageChannels'), onSelect: onManageChannels },
    ...(['compact', 'comfortable'] as const).map((d) => ({
      id: d,
      label: t(`calendar.${d}`),
      pressed: d === density,
      group: 'density',
      onSelect: () => onDensity(d),
    })),
  ];
  const nav = (
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
  );
  if (presenting)
    return (
      <section className="calendar-main" aria-label={t('calendar.label')}>
        <div className="calendar-toolbar">
          <h2 className="calendar-heading" aria-live="polite">
            {heading}
          </h2>
          {nav}
          <p className="presentation-hint">{t('calendar.presentHint')}</p>
          <button type="button" className="button small" onClick={() => onPresent(false)}>
            {t('calendar.presentExit')}
          </button>
        </div>
        <div className="calendar-scroll">{children}</div>
      </section>
    );
  return (
    <section className="calendar-main" aria-label={t('calendar.label')}>
      <PrintFrame heading={heading} />
      <div className="calendar-toolbar" ref={bar}>
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
        {nav}
        <h2 className="calendar-heading" aria-live="polite">
          {heading}
        </h2>
        <DateJump anchor={anchor} onAnchor={onAnchor} />
        <Summary summary={summary} />
        <ToolbarActions
          actions={actions}
          bar={bar}
          measureKey={`${mode}|${locale}|${summary.overdue}|${summary.atRisk}|${summary.conflicts}`}
        />
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
