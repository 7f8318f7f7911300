import { useEffect } from 'react';
import type { Session } from '../../sync/session';

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS), everywhere in the app, text fields
 * included: their text lives in the shared document, so the app's undo is the one that is right.
 * The desktop menu sends the same commands.
 */
export function useUndoShortcuts(session: Session) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) session.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') session.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = window.desktop?.onMenuCommand((command) =>
      command === 'undo' ? session.undo() : session.redo(),
    );
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe?.();
    };
  }, [session]);
}
