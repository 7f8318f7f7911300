// One measured figure of `npm run bench`, with its target from issue 6 and whether it is met.

export interface Figure {
  id: string;
  label: string;
  /** null: not measured (see `note`). */
  value: number | null;
  unit: 'ms' | 'x' | 'KB' | 'MB' | 'MB/s' | 'bytes';
  /** Human-readable target, e.g. "≤ 16.7 ms". */
  target: string;
  pass: boolean | null;
  /** How it was measured, the samples behind a median, or why it was not measured. */
  note: string;
  details?: { [key: string]: number | string };
}

export function figure(
  id: string,
  label: string,
  value: number | null,
  unit: Figure['unit'],
  limit: number | null,
  note: string,
  details?: Figure['details'],
): Figure {
  // Judged as printed: a rAF delta of 16.700000000000728 ms is one 60 Hz frame, the rest is
  // floating-point residue far below the resolution of performance.now().
  const shown = value === null ? null : round(value);
  return {
    id,
    label,
    value: shown,
    unit,
    target: limit === null ? '-' : `≤ ${limit} ${unit === 'x' ? '×' : unit}`,
    pass: shown === null || limit === null ? null : shown <= limit,
    note,
    details,
  };
}

export function notMeasured(
  id: string,
  label: string,
  unit: Figure['unit'],
  target: string,
  why: string,
): Figure {
  return { id, label, value: null, unit, target, pass: null, note: `not measured: ${why}` };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}
