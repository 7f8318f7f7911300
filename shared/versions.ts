/*
 * Versions of a workspace kept on this device (renderer/sync/versions.ts stores them): what they
 * are, and which of them are kept. Retention: named versions stay until the user deletes them;
 * automatic ones (daily, before a meeting, a crisis, an import or a restore) stay all for 7 days,
 * then the last of each day until 30 days, then the last of each ISO week.
 */
export const VERSION_REASONS = ['daily', 'meeting', 'crisis', 'import', 'restore', 'named'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export interface VersionInfo {
  id: string;
  workspaceId: string;
  /** When it was taken, ms since 1970. */
  at: number;
  reason: VersionReason;
  /** The user's name for a named version; '' otherwise. */
  name: string;
  /** Size of the stored state in bytes. */
  bytes: number;
  cards: number;
}

const DAY = 86_400_000;
export const KEEP_ALL_DAYS = 7;
export const KEEP_DAILY_DAYS = 30;

/** The local calendar day (YYYY-MM-DD) of an instant. */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The ISO week (year and number) of an instant, in local time. */
function isoWeek(at: number): string {
  const d = new Date(at);
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return `${day.getUTCFullYear()}-W${Math.ceil(((day.getTime() - yearStart) / DAY + 1) / 7)}`;
}

/** The ids of the versions the retention rule lets go at `now`. */
export function expiredVersions(versions: readonly VersionInfo[], now: number): string[] {
  const kept = new Set<string>();
  const expired: string[] = [];
  // Newest first: the first version of a day or a week met is its last one.
  for (const version of [...versions].sort((a, b) => b.at - a.at || b.id.localeCompare(a.id))) {
    const age = now - version.at;
    if (version.reason === 'named' || age < KEEP_ALL_DAYS * DAY) continue;
    const bucket = age < KEEP_DAILY_DAYS * DAY ? `d:${localDay(version.at)}` : `w:${isoWeek(version.at)}`;
    if (kept.has(bucket)) expired.push(version.id);
    else kept.add(bucket);
  }
  return expired;
}
