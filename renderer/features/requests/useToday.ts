import { useEffect, useState } from 'react';
import { isoDate } from '../../../shared/model';

/** Today's local date ('YYYY-MM-DD'), updated when the day changes while the app is open. */
export function useToday(): string {
  const [today, setToday] = useState(() => isoDate(Date.now()));
  useEffect(() => {
    const timer = setInterval(() => setToday(isoDate(Date.now())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
