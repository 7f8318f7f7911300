/*
 * The page side of `npm run bench:files` (bundled by esbuild into an IIFE): one RTCPeerConnection
 * per page, and two ways to move 50 MB between them over that connection:
 *   raw   one negotiated data channel, 64 KiB messages, the same bufferedAmount flow control
 *   files the app's file transfer (renderer/sync/files: PeerFiles, FileStore on IndexedDB), with
 *         everything it does on the way: chunk headers, parts kept for resume, the SHA-256 check.
 */
import { FileStore } from '../renderer/sync/files/fileStore';
import { IdbBackend } from '../renderer/sync/files/idbBackend';
import { PeerFiles } from '../renderer/sync/files/peerFiles';

const pc = new RTCPeerConnection({ iceServers: [] });
const gathered = async () => {
  if (pc.iceGatheringState !== 'complete')
    await new Promise<void>((resolve) =>
      pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve()),
    );
  return pc.localDescription!.sdp;
};
// The SCTP association needs a channel in the offer.
const setupChannel = pc.createDataChannel('setup', { negotiated: true, id: 0 });
const open = (channel: RTCDataChannel) =>
  channel.readyState === 'open' ? Promise.resolve() : new Promise((r) => (channel.onopen = r));

const RAW_CHUNK = 64 * 1024;
const HIGH = 1024 * 1024;

function bytesOf(size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536)
    crypto.getRandomValues(out.subarray(at, Math.min(size, at + 65536)));
  return out;
}

let store: FileStore | null = null;
let peers: PeerFiles | null = null;

Object.assign(window, {
  async offer() {
    await pc.setLocalDescription(await pc.createOffer());
    return gathered();
  },
  async answer(offer: string) {
    await pc.setRemoteDescription({ type: 'offer', sdp: offer });
    await pc.setLocalDescription(await pc.createAnswer());
    return gathered();
  },
  async accept(answer: string) {
    await pc.setRemoteDescription({ type: 'answer', sdp: answer });
    await open(setupChannel);
  },
  async ready() {
    await open(setupChannel);
  },
  /** Sends `size` bytes over a raw channel; resolves with the wall-clock start. */
  async rawSend(size: number) {
    const channel = pc.createDataChannel('raw', { negotiated: true, id: 7 });
    channel.bufferedAmountLowThreshold = 256 * 1024;
    await open(channel);
    const data = bytesOf(size);
    const start = Date.now();
    for (let at = 0; at < size; at += RAW_CHUNK) {
      if (channel.bufferedAmount > HIGH)
        await new Promise((r) => channel.addEventListener('bufferedamountlow', r, { once: true }));
      channel.send(data.subarray(at, at + RAW_CHUNK));
    }
    return start;
  },
  /** Receives `size` bytes on the raw channel; resolves with the wall-clock end. */
  rawReceive(size: number) {
    const channel = pc.createDataChannel('raw', { negotiated: true, id: 7 });
    channel.binaryType = 'arraybuffer';
    let got = 0;
    return new Promise<number>((resolve) => {
      channel.onmessage = (event) => {
        got += (event.data as ArrayBuffer).byteLength;
        if (got >= size) resolve(Date.now());
      };
    });
  },
  /** Starts the app's file transfer on this page, with its own store. */
  async startFiles(name: string) {
    store = new FileStore(new IdbBackend(`bench-${name}-${Date.now()}`));
    peers = new PeerFiles(store, () => [{ id: 'other', pc }]);
    await new Promise<void>((resolve) => peers!.subscribe(resolve));
  },
  async addFile(size: number) {
    return store!.put(new Blob([bytesOf(size) as BlobPart]));
  },
  /** Fetches the file from the other page; resolves with [start, end] wall-clock times. */
  async fetchFile(hash: string, size: number) {
    const start = Date.now();
    const result = await peers!.fetch(
      { hash, size, type: '' },
      store!,
      () => undefined,
      new AbortController().signal,
    );
    if (result.kind !== 'done') throw new Error(`transfer ended: ${JSON.stringify(result)}`);
    return [start, Date.now()];
  },
});
