import { useCallback, useState } from 'react';

/** How tightly the calendar sets its posts: "kompakt" fits a week of five channels on a 768 px screen. */
export type Density = 'compact' | 'comfortable';

/** Device-local, like the language: each laptop and the meeting room's screen keep their own. */
const KEY = 'sendeplan.calendarDensity';

function stored(): Density {
  try {
    return localStorage.getItem(KEY) === 'comfortable' ? 'comfortable' : 'compact';
  } catch {
    return 'compact';
  }
}

export function useDensity(): [Density, (density: Density) => void] {
  const [density, setDensity] = useState<Density>(stored);
  const choose = useCallback((next: Density) => {
    setDensity(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage refused (private mode): the choice holds until the page closes.
    }
  }, []);
  return [density, choose];
}
