/*
 * Closing the window without losing the last edit. y-indexeddb writes each update in its own
 * IndexedDB transaction; an edit made right before the window goes can be lost when the renderer is
 * torn down before that transaction commits (y-indexeddb issue #28). So the first
 * close is held back while the renderer flushes (DesktopApi.onBeforeClose), for at most
 * `timeoutMs`:
 *
 *   open --close--> flushing --flush done (matching id)--> closing   finish('flushed')
 *                            \--timeoutMs elapsed-------> closing   finish('timeout')
 *   open --close, renderer gone/crashed--> closing (allowed at once, nothing to flush)
 *
 * - A close while flushing (the user clicks X again, or the app quits) is held back too and starts
 *   nothing new: the bound of `timeoutMs` holds from the first close.
 * - In `closing` every close is allowed: `finish` destroys the window, and any close after that
 *   must not be stopped again.
 * - A quit (app 'before-quit') while open or flushing is remembered: holding back a window's close
 *   cancels Electron's quit, so `finish` is told to quit again once the window is gone.
 * - Replies carry the request id; a stale or forged one is ignored.
 *
 * Pure state and one timer; main/index.ts wires it to BrowserWindow 'close', webContents.send
 * and the IPC_REPLY.flushDone handler.
 */

export const CLOSE_FLUSH_TIMEOUT_MS = 2000;

export type ClosePhase = 'open' | 'flushing' | 'closing';
export type CloseOutcome = 'flushed' | 'timeout';

export interface CloseHandshakeOptions {
  /** Asks the renderer to flush; throws if it cannot be reached (then the close goes ahead). */
  requestFlush(requestId: number): void;
  /** Closes the window for real, and quits the app again when a quit was held back. */
  finish(result: { outcome: CloseOutcome; quit: boolean }): void;
  timeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface CloseHandshake {
  readonly phase: ClosePhase;
  /** For the window's 'close' event: 'prevent' means call event.preventDefault(). */
  onClose(rendererAlive: boolean): 'allow' | 'prevent';
  /** The renderer's reply; true when it completed the pending flush. */
  onFlushDone(requestId: number): boolean;
  /** The app is quitting (app 'before-quit'). */
  onQuit(): void;
  /** The window is gone ('closed'): drops the timer. */
  dispose(): void;
}

let lastRequestId = 0;

export function createCloseHandshake(options: CloseHandshakeOptions): CloseHandshake {
  const timeoutMs = options.timeoutMs ?? CLOSE_FLUSH_TIMEOUT_MS;
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  let phase: ClosePhase = 'open';
  let quit = false;
  let pendingId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const finish = (outcome: CloseOutcome) => {
    phase = 'closing';
    clearTimeout(timer);
    timer = undefined;
    if (outcome === 'timeout') log(`Sendeplan: the window did not confirm its flush within ${timeoutMs} ms.`);
    try {
      options.finish({ outcome, quit });
    } catch (error) {
      log('Sendeplan: closing the window failed.', error);
    }
  };

  return {
    get phase() {
      return phase;
    },
    onClose(rendererAlive) {
      if (phase === 'closing') return 'allow';
      if (phase === 'flushing') return 'prevent';
      if (!rendererAlive) {
        phase = 'closing';
        return 'allow';
      }
      // Ids are unique across windows and handshakes, so a reply can never match the wrong one.
      lastRequestId += 1;
      pendingId = lastRequestId;
      try {
        options.requestFlush(pendingId);
      } catch (error) {
        log('Sendeplan: could not ask the window to flush; closing without.', error);
        phase = 'closing';
        return 'allow';
      }
      phase = 'flushing';
      timer = setTimeout(() => finish('timeout'), timeoutMs);
      return 'prevent';
    },
    onFlushDone(requestId) {
      if (phase !== 'flushing' || requestId !== pendingId) return false;
      finish('flushed');
      return true;
    },
    onQuit() {
      quit = true;
    },
    dispose() {
      clearTimeout(timer);
      timer = undefined;
      phase = 'closing';
    },
  };
}
