import { describe, expect, it } from 'vitest';
import { expiredVersions, type VersionInfo, type VersionReason } from './versions';

const DAY = 86_400_000;
const now = new Date(2026, 11, 7, 12).getTime();
const version = (id: string, daysAgo: number, reason: VersionReason = 'daily', hours = 0): VersionInfo => ({
  id,
  workspaceId: 'w',
  at: now - daysAgo * DAY + hours * 3_600_000,
  reason,
  name: '',
  bytes: 1,
  cards: 1,
});

describe('which versions are kept', () => {
  it('keeps every version of the last 7 days and every named one', () => {
    const versions = [
      version('a', 0),
      version('b', 0, 'import', 1),
      version('c', 6, 'meeting'),
      version('n', 400, 'named'),
    ];
    expect(expiredVersions(versions, now)).toEqual([]);
  });

  it('keeps the last of each day until 30 days', () => {
    const versions = [
      version('early', 10, 'meeting', -3),
      version('late', 10, 'import', 2),
      version('other', 11),
    ];
    expect(expiredVersions(versions, now)).toEqual(['early']);
  });

  it('keeps the last of each week after 30 days', () => {
    // 7.12.2026 is a Monday: 43 to 49 days ago is one ISO week (Monday 19.10. to Sunday 25.10.).
    const versions = [43, 44, 45, 46, 47, 48, 49].map((d) => version(`d${d}`, d));
    expect(expiredVersions(versions, now).sort()).toEqual(['d44', 'd45', 'd46', 'd47', 'd48', 'd49']);
  });
});
