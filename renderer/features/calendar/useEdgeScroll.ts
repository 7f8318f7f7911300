import type { AutoScrollOptions, DragMoveEvent } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';

/** The edge of the calendar's scrolling area, as a share of its size (dnd-kit's threshold). */
const EDGE = 0.1;
/** How long the pointer rests near the edge before the grid starts to scroll. */
const REST_MS = 600;

/**
 * Auto-scrolling while dragging with the mouse, only once the pointer has rested near the edge of
 * the calendar's scrolling area: a quick drop into the bottom row lands there instead of the grid
 * sliding away under the pointer (dnd-kit scrolls as soon as the pointer enters its threshold).
 * A keyboard drag scrolls as before, so the target the arrow keys reach is in view.
 */
export function useEdgeScroll(root: RefObject<HTMLElement | null>) {
  const [scrolling, setScrolling] = useState(false);
  const near = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(() => {
    clearTimeout(timer.current);
    near.current = false;
    setScrolling(false);
  }, []);

  const onDragMove = useCallback(
    ({ activatorEvent, delta }: DragMoveEvent) => {
      if (!(activatorEvent instanceof MouseEvent)) {
        setScrolling(true);
        return;
      }
      const area = root.current?.querySelector('.calendar-scroll')?.getBoundingClientRect();
      if (!area) return;
      const x = activatorEvent.clientX + delta.x;
      const y = activatorEvent.clientY + delta.y;
      const [dx, dy] = [area.width * EDGE, area.height * EDGE];
      const inside = x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
      const isNear =
        inside && (x < area.left + dx || x > area.right - dx || y < area.top + dy || y > area.bottom - dy);
      if (isNear && !near.current) {
        near.current = true;
        timer.current = setTimeout(() => setScrolling(true), REST_MS);
      } else if (!isNear && near.current) {
        stop();
      }
    },
    [root, stop],
  );

  // Always enabled, so that dnd-kit keeps following which way the pointer went (its scroll
  // intent); whether it may scroll is answered by `canScroll`, a new function when that changes.
  const options = useMemo<AutoScrollOptions>(
    () => ({ threshold: { x: EDGE, y: EDGE }, acceleration: 6, canScroll: () => scrolling }),
    [scrolling],
  );
  return { options, onDragMove, stop };
}
