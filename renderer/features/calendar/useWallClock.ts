import { useSyncExternalStore } from 'react';
import { readMeta, type WallClock } from '../../../shared/model';
import {
  offsetSpan,
  readOffsetSpan,
  wallClockFrom,
  type OffsetSpan,
} from '../../../shared/model/zoneOffsets';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { onChangesOf } from '../selectors';

/*
 * "Now" on the wall clock of the workspace time zone, shared by every badge: one timer for the
 * whole app, ticking each half minute, and a new value only when the minute changes.
 *
 * It is read from the zone's offset span (zoneOffsets.ts), kept on the device between starts, so
 * that the first screen of a board reads "now" without loading ICU (25–60 ms on a fresh page).
 * A span is found again with Intl when it ends (the zone's next change of offset), for another
 * time zone, or after a browser update (its time-zone data may have changed).
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // React re-reads the snapshot on each tick and re-renders only when the minute moved.
  timer ??= setInterval(() => listeners.forEach((l) => l()), 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current minute; read fresh, so a clock that waited without listeners is never stale. */
const getMinute = (): number => Math.floor(Date.now() / 60_000);
// Read once per change of the workspace's settings, not by every badge on every edit.
export const selectTimezone = onChangesOf(['meta'], (s: Session) => readMeta(s.doc).timezone);

const SPAN_KEY = 'sendeplan.zoneOffset';
/** The span in use; undefined until the stored one was read. */
let span: OffsetSpan | null | undefined;

function storedSpan(): OffsetSpan | null {
  try {
    const stored = JSON.parse(localStorage.getItem(SPAN_KEY) ?? 'null') as { browser?: unknown } | null;
    return stored?.browser === navigator.userAgent ? readOffsetSpan(stored) : null;
  } catch {
    return null;
  }
}

function wallClock(timezone: string, instant: number): WallClock {
  span ??= storedSpan();
  const known = span?.timeZone === timezone ? wallClockFrom(span, instant) : null;
  if (known) return known;
  span = offsetSpan(timezone, instant);
  try {
    localStorage.setItem(SPAN_KEY, JSON.stringify({ ...span, browser: navigator.userAgent }));
  } catch {
    // Not kept (storage full or denied): the next start asks Intl again.
  }
  return wallClockFrom(span, instant)!;
}

const cache = new Map<string, WallClock>();

export function useWallClock(): WallClock {
  const timezone = useDocValue(selectTimezone);
  const current = useSyncExternalStore(subscribe, getMinute);
  const key = `${timezone}|${current}`;
  let now = cache.get(key);
  if (!now) {
    cache.clear();
    now = wallClock(timezone, current * 60_000 + 1);
    cache.set(key, now);
  }
  return now;
}
