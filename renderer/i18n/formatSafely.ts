import { format, type FormatOptions } from 'date-fns';

/**
 * date-fns' format, total: what is no date (NaN, beyond the year 275760, a day that does not
 * exist) shows as '?' instead of throwing, so one damaged record never takes a screen down.
 */
export function formatSafely(value: Date | number, pattern: string, options?: FormatOptions): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '?';
  try {
    return format(date, pattern, options);
  } catch {
    return '?';
  }
}

/** An instant in ISO form for a `dateTime` attribute; '' for what is no date. */
export function isoSafely(at: number): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
