/*
 * For end-to-end tests that play a broken or hostile colleague: a page opened with
 * `localStorage['sendeplan.testHook'] = '1'` (set by the test before the app loads) gets
 * `window.sendeplanTest.applyUpdate(base64)`, which applies a Yjs update to the open workspace's
 * document as if a peer had sent it, so that it travels to the colleagues like any other edit.
 * It gives a script in the page nothing it could not do already (the document lives in the page);
 * without the flag nothing is exposed.
 */
import * as Y from 'yjs';

/** The origin of updates applied through the hook: neither local (undo) nor the storage's. */
const TEST_PEER_ORIGIN = Symbol.for('sendeplan.test-peer');

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
    },
  });
}
