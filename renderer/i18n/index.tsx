import { de as deLocale, enUS } from 'date-fns/locale';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { de, type MessageKey } from './de';
import { readDeviceValue, writeDeviceValue } from '../sync/deviceStore';
import { en } from './en';
import { formatSafely } from './formatSafely';

export const LOCALES = { de, en } as const;
export type Locale = keyof typeof LOCALES;
export type Translate = (key: MessageKey, params?: { [name: string]: string | number }) => string;

const STORAGE_KEY = 'sendeplan.locale';

export function storedLocale(): Locale {
  const value = readDeviceValue(STORAGE_KEY);
  return value === 'en' ? 'en' : 'de';
}

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: { [name: string]: string | number },
): string {
  const template: string = LOCALES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

interface I18n {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
  /** A date as the user reads it: 29.11.2026 in German. */
  formatDate: (date: Date | number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const setLocale = useCallback((next: Locale) => {
    writeDeviceValue(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      formatDate: (date) =>
        formatSafely(date, locale === 'de' ? 'dd.MM.yyyy' : 'd MMM yyyy', {
          locale: locale === 'de' ? deLocale : enUS,
        }),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider');
  return i18n;
}
