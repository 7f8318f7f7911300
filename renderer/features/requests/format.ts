import { de as deLocale, enUS } from 'date-fns/locale';
import type { Locale } from '../../i18n';
import { formatSafely } from '../../i18n/formatSafely';

export { isoSafely } from '../../i18n/formatSafely';

/** A calendar date 'YYYY-MM-DD' as the user reads it (29.11.2026), without time zone shifts. */
export function formatDay(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return formatSafely(new Date(y!, m! - 1, d!), locale === 'de' ? 'dd.MM.yyyy' : 'd MMM yyyy', {
    locale: locale === 'de' ? deLocale : enUS,
  });
}

/** An instant with its time: 29.11.2026 14:32. */
export function formatMoment(at: number, locale: Locale): string {
  return formatSafely(at, locale === 'de' ? 'dd.MM.yyyy HH:mm' : 'd MMM yyyy, HH:mm', {
    locale: locale === 'de' ? deLocale : enUS,
  });
}

/** The time of an instant: 14:32. */
export function formatTime(at: number): string {
  return formatSafely(at, 'HH:mm');
}
