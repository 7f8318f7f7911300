/*
 * Messages of any size over a WebRTC data channel, sent in order and never lost without a word.
 *
 * One data-channel message is at most 256 KiB in Chromium, while the first sync of a year's
 * workspace is megabytes: y-webrtc hands the whole state to `peer.send` in one piece, the send
 * fails and y-webrtc drops the error, so a colleague waits for ever while both headers say
 * "Verbunden". Every peer y-webrtc opens is wrapped here (`framePeer`, installed by a source patch
 * of y-webrtc, lib-internals/yWebrtcFramedPeers.ts):
 *
 * - A message over PIECE_BYTES is sent as pieces `[FRAME_PIECE, id, index, count, bytes]`, each
 *   one data-channel message; the receiver joins them and hands y-webrtc the whole message. The
 *   channel is ordered and reliable, so the pieces of one message arrive together and in order.
 *   Messages up to PIECE_BYTES go out unchanged: every y-webrtc message type is < FRAME_PIECE.
 * - All messages of a connection go through one queue, in order, and wait while the channel holds
 *   more than HIGH_WATER_BYTES not yet sent (Chromium closes a channel whose buffer overflows).
 * - A send that fails (the channel errs or is closing) or a piece that does not fit closes that
 *   connection and reports it (`onFailure`): y-webrtc announces itself again, the two devices
 *   reconnect and exchange everything the other lacks, and the header says so meanwhile.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The first byte of a piece: a message type y-webrtc does not use. */
export const FRAME_PIECE = 100;
/** The largest data-channel message sent: well below Chromium's 256 KiB. */
export const PIECE_BYTES = 64 * 1024;
/** Bytes the channel may hold unsent before the queue waits for it to drain. */
export const HIGH_WATER_BYTES = 1024 * 1024;
/** The largest whole message accepted from a colleague. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** Room for a piece's header (type, id, index, count as varuints). */
const HEADER_BYTES = 16;

/** `message` as the pieces that carry it, each at most `pieceBytes` long. */
export function splitMessage(id: number, message: Uint8Array, pieceBytes = PIECE_BYTES): Uint8Array[] {
  const room = pieceBytes - HEADER_BYTES;
  const count = Math.ceil(message.byteLength / room);
  const pieces: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, FRAME_PIECE);
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, index);
    encoding.writeVarUint(encoder, count);
    encoding.writeUint8Array(encoder, message.subarray(index * room, (index + 1) * room));
    pieces.push(encoding.toUint8Array(encoder));
  }
  return pieces;
}

/** Joins pieces into whole messages; a colleague's pieces are not trusted. */
export class Assembler {
  private id = -1;
  private count = 0;
  private parts: Uint8Array[] = [];
  private size = 0;

  /**
   * The whole message once `data` completes one, `data` itself when it is no piece, else null.
   * Throws when a piece does not continue the message being joined or makes it too large.
   */
  push(data: Uint8Array): Uint8Array | null {
    if (data[0] !== FRAME_PIECE) {
      if (this.parts.length > 0) throw new Error('a message came between the pieces of another');
      return data;
    }
    const decoder = decoding.createDecoder(data);
    decoding.readVarUint(decoder);
    const id = decoding.readVarUint(decoder);
    const index = decoding.readVarUint(decoder);
    const count = decoding.readVarUint(decoder);
    const bytes = decoding.readTailAsUint8Array(decoder);
    if (index === 0 && this.parts.length === 0) {
      if (count < 2 || count * PIECE_BYTES > MAX_MESSAGE_BYTES) throw new Error('a message too large');
      this.id = id;
      this.count = count;
    } else if (id !== this.id || index !== this.parts.length || count !== this.count) {
      throw new Error('a piece out of place');
    }
    this.parts.push(bytes);
    this.size += bytes.byteLength;
    if (this.parts.length < this.count) return null;
    const whole = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      whole.set(part, at);
      at += part.byteLength;
    }
    this.parts = [];
    this.size = 0;
    return whole;
  }
}

/** What `framePeer` uses of a simple-peer instance. */
export interface PeerLike {
  send(data: Uint8Array): void;
  emit(event: string | symbol, ...args: unknown[]): boolean;
  destroy(error?: Error): void;
  destroyed?: boolean;
  _channel?: Pick<RTCDataChannel, 'readyState' | 'bufferedAmount' | 'addEventListener'> | null;
}

/** How long the queue waits for a full channel at most before looking again. */
const DRAIN_POLL_MS = 50;

/**
 * Wraps `peer` (see the header): `send` queues and splits, 'data' events carry whole messages.
 * `onFailure` hears why a connection was closed.
 */
export function framePeer<P extends PeerLike>(peer: P, onFailure: (error: unknown) => void): P {
  const send = peer.send.bind(peer);
  const emit = peer.emit.bind(peer);
  const assembler = new Assembler();
  const queue: Uint8Array[] = [];
  let nextId = 0;
  let waiting = false;

  const fail = (error: unknown) => {
    queue.length = 0;
    onFailure(error);
    peer.destroy(error instanceof Error ? error : new Error(String(error)));
  };

  const flush = () => {
    waiting = false;
    while (queue.length > 0) {
      const channel = peer._channel;
      // Not open (yet, or any more): the two exchange what the other lacks when they (re)connect.
      if (peer.destroyed || !channel || channel.readyState !== 'open') {
        queue.length = 0;
        return;
      }
      if (channel.bufferedAmount > HIGH_WATER_BYTES) {
        waiting = true;
        const timer = setTimeout(flush, DRAIN_POLL_MS);
        channel.addEventListener('bufferedamountlow', () => waiting && (clearTimeout(timer), flush()), {
          once: true,
        });
        return;
      }
      try {
        send(queue[0]!);
      } catch (error) {
        return fail(error);
      }
      queue.shift();
    }
  };

  peer.send = (data: Uint8Array) => {
    if (data.byteLength <= PIECE_BYTES) queue.push(data);
    else queue.push(...splitMessage(nextId++, data));
    if (!waiting) flush();
  };
  peer.emit = (event: string | symbol, ...args: unknown[]) => {
    if (event !== 'data') return emit(event, ...args);
    let whole: Uint8Array | null;
    try {
      whole = assembler.push(args[0] as Uint8Array);
    } catch (error) {
      fail(error);
      return true;
    }
    return whole ? emit('data', whole) : true;
  };
  return peer;
}
