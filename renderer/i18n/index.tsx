import { de as deLocale, enUS } from 'date-fns/locale';
import { DEFAULT_COLUMNS, type Column } from '../../shared/model';
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
  return template
    .replace(PLURAL, (match, name: string, forms: string) => {
      const value = params[name];
      return typeof value === 'number' ? pluralForm(locale, value, forms) : match;
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * Plurals in messages, in a small part of ICU's syntax: `{count, plural, one {# Karte} other {#
 * Karten}}`, the form chosen by Intl.PluralRules for the locale and `#` replaced by the number. A
 * form may hold placeholders (`one {# Version, {size}}`), filled in after the form is chosen.
 */
const FORM = String.raw`(\w+)\s*\{((?:[^{}]|\{\w+\})*)\}`;
const PLURAL = new RegExp(String.raw`\{(\w+), plural,((?:\s*${FORM})+)\s*\}`, 'g');
const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(locale: Locale, value: number, forms: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const byCategory = new Map([...forms.matchAll(new RegExp(FORM, 'g'))].map((m) => [m[1]!, m[2]!]));
  const form = byCategory.get(rules.select(value)) ?? byCategory.get('other') ?? '';
  return form.replace(/#/g, String(value));
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

/**
 * The title a column is shown with. Default columns are created with their German titles in the
 * document (every peer creates the same ones); while such a title is untouched it is shown in the
 * UI's language, and once someone renamed it, as they wrote it.
 */
export function columnTitle(column: Pick<Column, 'stage' | 'title'>, t: Translate): string {
  const stage = column.stage;
  if (!stage) return column.title;
  const untouched = DEFAULT_COLUMNS.some((d) => d.stage === stage && d.title === column.title);
  return untouched ? t(`column.${stage}`) : column.title;
}
