/*
 * The messages of the file channel: a data channel of its own beside y-webrtc's on each connection
 * to a colleague (peerFiles.ts), so a picture in transfer never queues in front of a sync message.
 * Each message is one data-channel message, at most CHUNK_BYTES of payload plus a small header:
 *
 *   HELLO               the channel is open on this side (sent until the other side answers)
 *   HELLO_BACK          answer to HELLO: both sides can now send
 *   WANT  hash offset   send me this file from byte `offset` on (offset > 0 resumes)
 *   NONE  hash          I do not have it
 *   SIZE  hash size     I have it, this many bytes; CHUNKs follow in order
 *   CHUNK hash offset bytes
 *   STOP  hash          stop sending this file (the receiver refused it or has it)
 *
 * Hashes travel as 32 raw bytes. Nothing a colleague sends is trusted: decode() returns null for
 * what is no message, and the receiver checks every offset and size (transfer.ts).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The payload of one CHUNK: far below Chromium's 256 KiB per message. */
export const CHUNK_BYTES = 64 * 1024;

export const MESSAGE = { HELLO: 1, HELLO_BACK: 2, WANT: 3, NONE: 4, SIZE: 5, CHUNK: 6, STOP: 7 } as const;

export type FileMessage =
  | { type: typeof MESSAGE.HELLO | typeof MESSAGE.HELLO_BACK }
  | { type: typeof MESSAGE.WANT; hash: string; offset: number }
  | { type: typeof MESSAGE.NONE | typeof MESSAGE.STOP; hash: string }
  | { type: typeof MESSAGE.SIZE; hash: string; size: number }
  | { type: typeof MESSAGE.CHUNK; hash: string; offset: number; bytes: Uint8Array };

const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const bytesToHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function encode(message: FileMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, message.type);
  if ('hash' in message) encoding.writeUint8Array(encoder, hexToBytes(message.hash));
  if (message.type === MESSAGE.WANT || message.type === MESSAGE.CHUNK)
    encoding.writeVarUint(encoder, message.offset);
  if (message.type === MESSAGE.SIZE) encoding.writeVarUint(encoder, message.size);
  if (message.type === MESSAGE.CHUNK) encoding.writeUint8Array(encoder, message.bytes);
  return encoding.toUint8Array(encoder);
}

/** A message as sent by `encode`, or null for anything else. */
export function decode(data: Uint8Array): FileMessage | null {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readUint8(decoder);
    if (type === MESSAGE.HELLO || type === MESSAGE.HELLO_BACK) return { type };
    if (type < MESSAGE.WANT || type > MESSAGE.STOP) return null;
    const hash = bytesToHex(decoding.readUint8Array(decoder, 32));
    switch (type) {
      case MESSAGE.WANT:
        return { type, hash, offset: decoding.readVarUint(decoder) };
      case MESSAGE.SIZE:
        return { type, hash, size: decoding.readVarUint(decoder) };
      case MESSAGE.CHUNK: {
        const offset = decoding.readVarUint(decoder);
        const bytes = decoding.readTailAsUint8Array(decoder);
        return bytes.byteLength > CHUNK_BYTES ? null : { type, hash, offset, bytes };
      }
      default:
        return { type, hash } as FileMessage;
    }
  } catch {
    return null;
  }
}
