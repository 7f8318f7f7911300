/*
 * How small the printed week's type must be for the week to fit one A4 landscape page. A row is as
 * high as its fullest day, so what decides is the sum over the channel rows of the most posts one
 * of their days holds. Up to FITS of those fit at the normal print size (print.css: titles 7.5pt),
 * as 40 posts spread over a week of five channels (two on the fullest day of each) do; beyond, the
 * type shrinks in proportion, down to MIN (titles about 5.3pt). A week whose posts are piled into few days (eight a day
 * in one channel) gets the smallest type and may still take a second page; nothing is cut.
 */
import type { DateKey } from '../../../shared/model';

/** The sum of the rows' fullest days that fits one page at the normal print size. */
const FITS = 10;
const MIN = 0.7;

export function printScale(
  rows: readonly string[],
  days: readonly DateKey[],
  postsIn: (row: string, day: DateKey) => number,
): number {
  const stacked = rows.reduce((sum, row) => sum + Math.max(1, ...days.map((day) => postsIn(row, day))), 0);
  return stacked <= FITS ? 1 : Math.max(MIN, Math.round((FITS / stacked) * 100) / 100);
}
