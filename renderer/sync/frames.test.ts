import { describe, expect, it, vi } from 'vitest';
import {
  Assembler,
  FRAME_PIECE,
  HIGH_WATER_BYTES,
  PIECE_BYTES,
  framePeer,
  splitMessage,
  type PeerLike,
} from './frames';

const bytes = (length: number, seed = 1) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 251);

/** A simple-peer stand-in: `sent` is what reached the data channel, `received` what y-webrtc heard. */
function fakePeer(options: { failAt?: number } = {}) {
  const listeners: Array<() => void> = [];
  const channel = {
    readyState: 'open' as RTCDataChannelState,
    bufferedAmount: 0,
    addEventListener: (_event: string, listener: () => void) => listeners.push(listener),
  };
  const sent: Uint8Array[] = [];
  const received: Uint8Array[] = [];
  const peer: PeerLike & { destroyedWith?: Error } = {
    send(data) {
      if (options.failAt === sent.length) throw new Error('OperationError');
      if (data.byteLength > 256 * 1024) throw new TypeError('message too large');
      sent.push(data);
      channel.bufferedAmount += data.byteLength;
    },
    emit(event, ...args) {
      if (event === 'data') received.push(args[0] as Uint8Array);
      return true;
    },
    destroy(error) {
      this.destroyed = true;
      this.destroyedWith = error;
    },
    destroyed: false,
    _channel: channel as unknown as PeerLike['_channel'],
  };
  const drain = () => {
    channel.bufferedAmount = 0;
    listeners.splice(0).forEach((listener) => listener());
  };
  return { peer, channel, sent, received, drain };
}

describe('splitting and joining', () => {
  it('a message of 3 MB crosses in pieces no larger than a piece, and comes out whole', () => {
    const message = bytes(3 * 1024 * 1024 + 17);
    const pieces = splitMessage(7, message);
    expect(pieces.length).toBe(Math.ceil(message.byteLength / (PIECE_BYTES - 16)));
    expect(Math.max(...pieces.map((piece) => piece.byteLength))).toBeLessThanOrEqual(PIECE_BYTES);
    const assembler = new Assembler();
    const out = pieces.map((piece) => assembler.push(piece));
    expect(out.slice(0, -1).every((part) => part === null)).toBe(true);
    expect(Buffer.from(out.at(-1)!).equals(message)).toBe(true);
    // A message that is no piece passes as it is.
    const small = Uint8Array.of(0, 1, 2);
    expect(assembler.push(small)).toBe(small);
  });

  it('a piece out of place, another message between pieces or a huge count is refused', () => {
    const pieces = splitMessage(1, bytes(200_000));
    const skipping = new Assembler();
    skipping.push(pieces[0]!);
    expect(() => skipping.push(pieces[2]!)).toThrow(/out of place/);
    const interrupted = new Assembler();
    interrupted.push(pieces[0]!);
    expect(() => interrupted.push(Uint8Array.of(0, 0))).toThrow(/between/);
    const huge = Uint8Array.of(FRAME_PIECE, 1, 0, 0xff, 0xff, 0xff, 0x7f, 9);
    expect(() => new Assembler().push(huge)).toThrow(/too large/);
  });
});

describe('a framed peer', () => {
  it('sends a large message in pieces that the other side joins', () => {
    const a = fakePeer();
    const b = fakePeer();
    framePeer(a.peer, () => {});
    framePeer(b.peer, () => {});
    const message = bytes(600_000);
    a.peer.send(message);
    for (const piece of a.sent) b.peer.emit('data', piece);
    expect(b.received).toHaveLength(1);
    expect(Buffer.from(b.received[0]!).equals(message)).toBe(true);
  });

  it('waits while the channel holds more than its high water mark, in order, and goes on when it drains', () => {
    const a = fakePeer();
    framePeer(a.peer, () => {});
    a.peer.send(bytes(3 * 1024 * 1024));
    const firstBatch = a.sent.length;
    expect(a.channel.bufferedAmount).toBeGreaterThan(HIGH_WATER_BYTES);
    expect(firstBatch).toBeLessThan(Math.ceil((3 * 1024 * 1024) / (PIECE_BYTES - 16)));
    const small = Uint8Array.of(1, 2, 3);
    a.peer.send(small);
    expect(a.sent).not.toContain(small);
    while (a.sent.at(-1) !== small) a.drain();
    expect(a.sent.filter((piece) => piece[0] !== FRAME_PIECE)).toEqual([small]);
  });

  it('a failed send is not dropped in silence: the connection is closed (to sync anew) and reported', () => {
    const a = fakePeer({ failAt: 0 });
    const onFailure = vi.fn();
    framePeer(a.peer, onFailure);
    a.peer.send(Uint8Array.of(0, 1));
    expect(onFailure).toHaveBeenCalledOnce();
    expect(a.peer.destroyed).toBe(true);
  });

  it("a colleague's malformed pieces close that connection, and y-webrtc hears nothing of them", () => {
    const b = fakePeer();
    const onFailure = vi.fn();
    framePeer(b.peer, onFailure);
    const pieces = splitMessage(3, bytes(200_000));
    b.peer.emit('data', pieces[1]!);
    expect(onFailure).toHaveBeenCalledOnce();
    expect(b.peer.destroyed).toBe(true);
    expect(b.received).toEqual([]);
  });
});
