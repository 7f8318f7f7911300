import type { CSSProperties } from 'react';
import { useAnnouncement } from './useKeyboardMove';

/** Hidden from sight, read by screen readers: the same element and style dnd-kit's live region has. */
const visuallyHidden: CSSProperties = {
  position: 'fixed',
  top: 0,
  left: 0,
  width: 1,
  height: 1,
  margin: -1,
  border: 0,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(100%)',
  whiteSpace: 'nowrap',
};

/**
 * The board's announcements of card moves, by mouse and by keyboard alike, in one region (dnd-kit's
 * own, which it always renders, is left silent): assertive, read as a whole.
 */
export function LiveRegion() {
  const announcement = useAnnouncement();
  return (
    <div style={visuallyHidden} role="status" aria-live="assertive" aria-atomic>
      {announcement}
    </div>
  );
}
