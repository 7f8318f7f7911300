import { holidayOn, type Column, type DateKey, type SlotRisk } from '../../../shared/model';
import { useI18n } from '../../i18n';

/** The card's workflow status: the column's title on the colour of its stage. */
export function StatusBadge({ column }: { column: Column | undefined }) {
  const { t } = useI18n();
  if (!column) return null;
  return (
    <span
      className={`status-badge stage-${column.stage ?? 'none'}`}
      title={t('calendar.status', { column: column.title })}
    >
      {column.title}
    </span>
  );
}

/** "angehalten", "gefährdet", "überfällig" and "doppelt belegt", each with its reason as a tooltip. */
export function RiskBadges({
  risk,
  conflict,
  held = false,
}: {
  risk: SlotRisk | null;
  conflict: boolean;
  held?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {held && (
        <span className="risk-badge held" title={t('calendar.onHoldHint')}>
          {t('calendar.onHold')}
        </span>
      )}
      {risk === 'overdue' && (
        <span className="risk-badge overdue" title={t('calendar.overdueHint')}>
          {t('calendar.overdue')}
        </span>
      )}
      {risk === 'atRisk' && (
        <span className="risk-badge at-risk" title={t('calendar.atRiskHint')}>
          {t('calendar.atRisk')}
        </span>
      )}
      {/* A space between badges: where a printed post may wrap (print.css). */}
      {conflict && risk && ' '}
      {conflict && (
        <span className="risk-badge conflict" title={t('calendar.conflictHint')}>
          {t('calendar.conflict')}
        </span>
      )}
    </>
  );
}

/** The name of the public holiday on a date (one of all of Germany), or nothing. */
export function HolidayName({ date }: { date: DateKey }) {
  const { t } = useI18n();
  const holiday = holidayOn(date);
  return holiday ? <span className="holiday">{t(`holiday.${holiday}`)}</span> : null;
}
