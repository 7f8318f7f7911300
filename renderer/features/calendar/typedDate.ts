// A date as a person types it in the app's language, read into a calendar date (YYYY-MM-DD):
// German "31.12.2026" (also "31.12.26"), English "31 Dec 2026" or "31/12/2026", and ISO in both.
import { isValid, parse } from 'date-fns';
import { de as deLocale, enUS } from 'date-fns/locale';
import { toKey, type DateKey } from '../../../shared/model';
import { isCalendarDate } from '../../../shared/model/bounds';
import type { Locale } from '../../i18n';

const FORMATS: { [locale in Locale]: string[] } = {
  de: ['d.M.yyyy', 'd.M.yy', 'yyyy-MM-dd'],
  en: ['d MMM yyyy', 'd MMMM yyyy', 'd/M/yyyy', 'd.M.yyyy', 'yyyy-MM-dd'],
};

/** The calendar date of `text`, or null when it is none (or outside the years the app plans). */
export function readTypedDate(text: string, locale: Locale): DateKey | null {
  const typed = text.trim().replace(/\s+/g, ' ');
  for (const format of FORMATS[locale]) {
    const date = parse(typed, format, new Date(2000, 0, 1), { locale: locale === 'de' ? deLocale : enUS });
    if (!isValid(date)) continue;
    const key = toKey(date);
    if (isCalendarDate(key)) return key;
  }
  return null;
}
