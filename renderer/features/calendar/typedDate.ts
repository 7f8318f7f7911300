// A date as a person types it in the app's language, read into a calendar date (YYYY-MM-DD):
// German "31.12.2026" (also "31.12.26"), English "31 Dec 2026", "31 December 2026" or "31/12/2026",
// and ISO in both. Read by hand rather than with date-fns's `parse`, which would add its whole
// format parser to the app's one script for this one field.
import type { DateKey } from '../../../shared/model';
import { isCalendarDate } from '../../../shared/model/bounds';
import type { Locale } from '../../i18n';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMERIC = { de: /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/, en: /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/ };
const NAMED = /^(\d{1,2})\.? ([a-z]+)\.? (\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function keyOf(year: number, month: number, day: number): DateKey | null {
  const key = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(key) ? (key as DateKey) : null;
}

/** The calendar date of `text`, or null when it is none (or outside the years the app plans). */
export function readTypedDate(text: string, locale: Locale): DateKey | null {
  const typed = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const iso = ISO.exec(typed);
  if (iso) return keyOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC[locale].exec(typed);
  if (numeric) {
    const year = Number(numeric[3]) + (numeric[3]!.length === 2 ? 2000 : 0);
    return keyOf(year, Number(numeric[2]), Number(numeric[1]));
  }
  const named = locale === 'en' ? NAMED.exec(typed) : null;
  // A month's name or its start ("Dec", "Sept"), at least three letters.
  const word = named?.[2] ?? '';
  const month = word.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(word)) : -1;
  if (named && month >= 0) return keyOf(Number(named[3]), month + 1, Number(named[1]));
  return null;
}
