import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { DateKey } from '../../../shared/model';
import { stepAnchor, type CalendarMode } from './CalendarMain';

/** Keys that page through the weeks (or months) while presenting. */
const STEPS: { [key: string]: number } = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };

/**
 * "Präsentation": the calendar alone on the whole screen for the meeting room's projector, in
 * large type (calendar.css). The arrow keys and Page Up/Down page through the weeks, Home goes to
 * today, Escape leaves. Where the browser allows it the calendar also goes full screen; leaving
 * full screen (the browser's own Escape) leaves the presentation.
 */
export function usePresentation(
  root: RefObject<HTMLElement | null>,
  mode: CalendarMode,
  setAnchor: (update: (anchor: DateKey) => DateKey) => void,
  today: DateKey,
  dragging: boolean,
): [boolean, (on: boolean) => void] {
  const [presenting, setPresenting] = useState(false);

  const present = useCallback(
    (on: boolean) => {
      setPresenting(on);
      const element = root.current;
      if (on && element) {
        element.requestFullscreen?.().catch(() => undefined);
      } else if (!on && document.fullscreenElement) {
        document.exitFullscreen().catch(() => undefined);
      }
    },
    [root],
  );

  useEffect(() => {
    if (!presenting) return;
    root.current?.focus();
    const onFullscreen = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, [presenting, root]);

  useEffect(() => {
    if (!presenting || dragging) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (target?.closest('input, select, textarea, [role="dialog"]:not(.calendar)')) return;
      const step = STEPS[event.key];
      if (step) {
        event.preventDefault();
        setAnchor((anchor) => stepAnchor(mode, anchor, step));
      } else if (event.key === 'Home') {
        event.preventDefault();
        setAnchor(() => today);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        present(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, dragging, mode, setAnchor, today, present]);

  return [presenting, present];
}
