import { useSyncExternalStore } from 'react';
import { readMeta, zonedNow, type WallClock } from '../../../shared/model';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { onChangesOf } from '../selectors';

/*
 * "Now" on the wall clock of the workspace time zone, shared by every badge: one timer for the
 * whole app, ticking each half minute, and a new value only when the minute changes.
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
const selectTimezone = onChangesOf(['meta'], (s: Session) => readMeta(s.doc).timezone);

const cache = new Map<string, WallClock>();

export function useWallClock(): WallClock {
  const timezone = useDocValue(selectTimezone);
  const current = useSyncExternalStore(subscribe, getMinute);
  const key = `${timezone}|${current}`;
  let now = cache.get(key);
  if (!now) {
    cache.clear();
    now = zonedNow(timezone, new Date(current * 60_000 + 1));
    cache.set(key, now);
  }
  return now;
}
