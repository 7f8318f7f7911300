/*
 * For end-to-end tests that play a broken or hostile colleague: a page opened with
 * `localStorage['sendeplan.testHook'] = '1'` (set by the test before the app loads) gets
 * `window.sendeplanTest.applyUpdate(base64)`, which applies a Yjs update to the open workspace's
 * document as if a peer had sent it, so that it travels to the colleagues like any other edit, and
 * `window.sendeplanTest.failOutsideRegions(message)`, which makes the open workspace's shell throw
 * while rendering, outside every region's boundary: the one way left to show the whole-app error
 * screen, now that no record reaches it. Neither gives a script in the page anything it could not
 * do already (the document and the app live in the page); without the flag nothing is exposed.
 */
import { useSyncExternalStore } from 'react';
import * as Y from 'yjs';

/** The origin of updates applied through the hook: neither local (undo) nor the storage's. */
const TEST_PEER_ORIGIN = Symbol.for('sendeplan.test-peer');

let fault: string | null = null;
const faultListeners = new Set<() => void>();
const subscribeToFault = (listener: () => void) => {
  faultListeners.add(listener);
  return () => faultListeners.delete(listener);
};
const readFault = () => fault;

/** Throws the fault a test asked for (failOutsideRegions); does nothing otherwise. */
export function useTestFault(): void {
  const message = useSyncExternalStore(subscribeToFault, readFault);
  if (message !== null) throw new Error(message);
}

export function exposeForTests(doc: Y.Doc): void {
  try {
    if (localStorage.getItem('sendeplan.testHook') !== '1') return;
  } catch {
    return;
  }
  Object.assign(window, {
    sendeplanTest: {
      applyUpdate: (base64: string) =>
        Y.applyUpdate(
          doc,
          Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
          TEST_PEER_ORIGIN,
        ),
      failOutsideRegions: (message: string) => {
        fault = message;
        faultListeners.forEach((listener) => listener());
      },
    },
  });
}
