import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_FLUSH_TIMEOUT_MS, createCloseHandshake, type CloseHandshakeOptions } from './closeHandshake';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp(overrides: Partial<CloseHandshakeOptions> = {}) {
  const requests: number[] = [];
  const finished: { outcome: string; quit: boolean }[] = [];
  const logged: string[] = [];
  const handshake = createCloseHandshake({
    requestFlush: (id) => requests.push(id),
    finish: (result) => finished.push(result),
    log: (message) => logged.push(message),
    ...overrides,
  });
  const lastRequest = () => {
    const id = requests.at(-1);
    if (id === undefined) throw new Error('no flush was requested');
    return id;
  };
  return { handshake, requests, finished, logged, lastRequest };
}

describe('createCloseHandshake', () => {
  it('holds the first close, asks the renderer to flush and closes when it answers', () => {
    const { handshake, requests, finished, lastRequest } = setUp();
    expect(handshake.phase).toBe('open');
    expect(handshake.onClose(true)).toBe('prevent');
    expect(handshake.phase).toBe('flushing');
    expect(requests).toHaveLength(1);
    expect(finished).toEqual([]);

    vi.advanceTimersByTime(500); // the renderer takes its time; still within the bound
    expect(finished).toEqual([]);
    expect(handshake.onFlushDone(lastRequest())).toBe(true);
    expect(finished).toEqual([{ outcome: 'flushed', quit: false }]);
    expect(handshake.phase).toBe('closing');

    // destroy() or a later close must go through, and the timer must not fire a second finish.
    expect(handshake.onClose(true)).toBe('allow');
    vi.advanceTimersByTime(10 * CLOSE_FLUSH_TIMEOUT_MS);
    expect(finished).toHaveLength(1);
  });

  it('closes after 2 s when the renderer never answers', () => {
    const { handshake, finished, logged } = setUp();
    expect(handshake.onClose(true)).toBe('prevent');
    vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS - 1);
    expect(finished).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(finished).toEqual([{ outcome: 'timeout', quit: false }]);
    expect(handshake.phase).toBe('closing');
    expect(logged).toEqual(['Sendeplan: the window did not confirm its flush within 2000 ms.']);
  });

  it('ignores a reply that comes after the timeout', () => {
    const { handshake, finished, lastRequest } = setUp();
    handshake.onClose(true);
    vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS);
    expect(handshake.onFlushDone(lastRequest())).toBe(false);
    expect(finished).toHaveLength(1);
  });

  it('holds a second close while flushing without asking again or extending the bound', () => {
    const { handshake, requests, finished } = setUp();
    handshake.onClose(true);
    vi.advanceTimersByTime(1500);
    expect(handshake.onClose(true)).toBe('prevent');
    expect(handshake.onClose(true)).toBe('prevent');
    expect(requests).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(finished).toEqual([{ outcome: 'timeout', quit: false }]);
  });

  it('ignores replies with a wrong id and replies when no flush is pending', () => {
    const { handshake, finished, lastRequest } = setUp();
    expect(handshake.onFlushDone(1)).toBe(false); // nothing asked yet
    handshake.onClose(true);
    const id = lastRequest();
    expect(handshake.onFlushDone(id + 1)).toBe(false);
    expect(handshake.onFlushDone(id - 1)).toBe(false);
    expect(finished).toEqual([]);
    expect(handshake.phase).toBe('flushing');
    expect(handshake.onFlushDone(id)).toBe(true);
    expect(handshake.onFlushDone(id)).toBe(false); // a repeated reply changes nothing
    expect(finished).toHaveLength(1);
  });

  it('never hands two windows the same request id', () => {
    const first = setUp();
    const second = setUp();
    first.handshake.onClose(true);
    second.handshake.onClose(true);
    expect(first.lastRequest()).not.toBe(second.lastRequest());
    expect(first.handshake.onFlushDone(second.lastRequest())).toBe(false);
  });

  it('lets the close through at once when the renderer is gone or crashed', () => {
    const { handshake, requests, finished } = setUp();
    expect(handshake.onClose(false)).toBe('allow');
    expect(handshake.phase).toBe('closing');
    expect(requests).toEqual([]);
    expect(finished).toEqual([]); // Electron closes the window itself
  });

  it('lets the close through when the flush request cannot be sent', () => {
    const { handshake, finished, logged } = setUp({
      requestFlush: () => {
        throw new Error('Object has been destroyed');
      },
    });
    expect(handshake.onClose(true)).toBe('allow');
    expect(handshake.phase).toBe('closing');
    vi.advanceTimersByTime(10 * CLOSE_FLUSH_TIMEOUT_MS);
    expect(finished).toEqual([]);
    expect(logged).toEqual(['Sendeplan: could not ask the window to flush; closing without.']);
  });

  describe('app quit', () => {
    it('quits again after the flush when the quit came first (its close was held back)', () => {
      const { handshake, finished, lastRequest } = setUp();
      handshake.onQuit();
      expect(handshake.onClose(true)).toBe('prevent');
      handshake.onFlushDone(lastRequest());
      expect(finished).toEqual([{ outcome: 'flushed', quit: true }]);
    });

    it('quits again when a quit arrives while a close is flushing', () => {
      const { handshake, finished } = setUp();
      handshake.onClose(true);
      handshake.onQuit();
      expect(handshake.onClose(true)).toBe('prevent'); // Electron closes windows on quit
      vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS);
      expect(finished).toEqual([{ outcome: 'timeout', quit: true }]);
    });

    it('does not quit after a plain close', () => {
      const { handshake, finished, lastRequest } = setUp();
      handshake.onClose(true);
      handshake.onFlushDone(lastRequest());
      expect(finished).toEqual([{ outcome: 'flushed', quit: false }]);
    });
  });

  it('survives a finish that throws', () => {
    const { handshake, logged } = setUp({
      finish: () => {
        throw new Error('destroyed twice');
      },
    });
    handshake.onClose(true);
    vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS);
    expect(handshake.phase).toBe('closing');
    expect(logged).toContain('Sendeplan: closing the window failed.');
  });

  it('drops its timer when the window is gone', () => {
    const { handshake, finished } = setUp();
    handshake.onClose(true);
    handshake.dispose();
    vi.advanceTimersByTime(10 * CLOSE_FLUSH_TIMEOUT_MS);
    expect(finished).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    expect(handshake.onClose(true)).toBe('allow');
  });

  it('honours a custom bound', () => {
    const { handshake, finished } = setUp({ timeoutMs: 50 });
    handshake.onClose(true);
    vi.advanceTimersByTime(50);
    expect(finished).toEqual([{ outcome: 'timeout', quit: false }]);
  });
});
