import { useCallback, useState } from 'react';
import { readStoredFilter, type BoardFilter } from '../../../shared/model';

/** The filter is remembered per device and workspace: it is a view of this person, not the team's. */
const keyOf = (workspaceId: string) => `sendeplan.filter.${workspaceId}`;

function load(workspaceId: string): BoardFilter {
  try {
    return readStoredFilter(JSON.parse(localStorage.getItem(keyOf(workspaceId)) ?? 'null'));
  } catch {
    return readStoredFilter(null);
  }
}

/** The board filter, read from and written to this device's storage. */
export function useStoredFilter(workspaceId: string): [BoardFilter, (filter: BoardFilter) => void] {
  const [filter, setFilterState] = useState<BoardFilter>(() => load(workspaceId));
  const setFilter = useCallback(
    (next: BoardFilter) => {
      setFilterState(next);
      try {
        localStorage.setItem(keyOf(workspaceId), JSON.stringify(next));
      } catch {
        // Storage full or refused: the filter still works for this session.
      }
    },
    [workspaceId],
  );
  return [filter, setFilter];
}
