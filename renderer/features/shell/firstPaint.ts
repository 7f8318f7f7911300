import { useEffect, useSyncExternalStore } from 'react';

/*
 * The open workspace's first frame comes first. What the first screen does not need to be usable
 * (the tags offered by the filter, tasks and their notifications, slot conflicts of the cards,
 * connecting to colleagues) reads the whole document; it waits until that frame is painted and then
 * arrives as an ordinary update. Once per page: a workspace opened later renders everything at once.
 */
let painted = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function markPainted() {
  if (painted) return;
  painted = true;
  listeners.forEach((listener) => listener());
}

/** False until the first frame of the open workspace is painted, then true for good. */
export function useFirstPaintDone(): boolean {
  return useSyncExternalStore(subscribe, () => painted);
}

/** Called by the workspace: marks the first paint after the next frame (or after a second, hidden). */
export function useReportFirstPaint(): void {
  useEffect(() => {
    if (painted) return;
    // The next frame's animation callback runs once this frame is painted; the work it releases
    // then starts in a task of its own.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setTimeout(markPainted));
    });
    // A window that is not shown gets no frames; it need not wait for one.
    const fallback = setTimeout(markPainted, 1000);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
    };
  }, []);
}
