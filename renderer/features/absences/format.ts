import type { Locale } from '../../i18n';

/** A day without its year, as an absence's end is said: "14.03." / "14 Mar". */
export function shortDay(date: string, locale: Locale): string {
  const [, month, day] = date.split('-');
  if (!month || !day) return date;
  if (locale === 'de') return `${day}.${month}.`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(day)} ${months[Number(month) - 1] ?? month}`;
}
