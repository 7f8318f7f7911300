/*
 * Files between colleagues over the WebRTC connections sync already has. Each connection gets a
 * second data channel, negotiated on both sides with the same id (no new offer and answer), for
 * files only: sync messages go on their own channel and never wait behind a picture. The file
 * channel holds at most HIGH_WATER_BYTES unsent (transfer.ts waits for `bufferedamountlow`), so
 * the connection's shared transport always has room for sync between two chunks.
 *
 * A channel is used once both sides said HELLO (a message sent before the other side made its
 * channel may be lost): each side repeats HELLO until it hears one. An app without files never
 * answers; its channel is simply never used.
 *
 * As a source (sources.ts) it asks the connected colleagues in turn; as a server it answers their
 * WANTs from this device's store.
 */
import { decode, encode, MESSAGE, type FileMessage } from './protocol';
import { FileStoreError, type FileStore } from './fileStore';
import type { FileRequest, FileSource, SourceResult } from './sources';
import { Download, serveFile, type DownloadResult, type FileLink } from './transfer';

/** The file channel's id on every connection (y-webrtc's own channel takes 0 or 1). */
export const FILE_CHANNEL_ID = 101;
export const HIGH_WATER_BYTES = 1024 * 1024;
const LOW_WATER_BYTES = 256 * 1024;
const HELLO_MS = 500;
const LOOK_MS = 1000;
/** How long a colleague may stay silent during a transfer before another source is tried. */
const SILENCE_MS = 15_000;

interface Colleague {
  id: string;
  pc: RTCPeerConnection;
}

class PeerLink implements FileLink {
  ready = false;
  readonly downloads = new Map<string, (message: FileMessage) => void>();
  readonly serving = new Map<string, { stopped: boolean }>();
  private readonly hello: ReturnType<typeof setInterval>;

  constructor(
    readonly channel: RTCDataChannel,
    private readonly store: FileStore,
    private readonly onReady: () => void,
  ) {
    channel.binaryType = 'arraybuffer';
    channel.bufferedAmountLowThreshold = LOW_WATER_BYTES;
    channel.onmessage = (event) => {
      if (!(event.data instanceof ArrayBuffer)) return;
      const message = decode(new Uint8Array(event.data));
      if (message) this.receive(message);
    };
    this.hello = setInterval(() => this.sayHello(MESSAGE.HELLO), HELLO_MS);
    channel.onopen = () => this.sayHello(MESSAGE.HELLO);
    channel.onclose = () => this.close();
  }

  get open(): boolean {
    return this.channel.readyState === 'open';
  }

  send(message: FileMessage): void {
    if (this.open) this.channel.send(encode(message) as Uint8Array<ArrayBuffer>);
  }

  drained(): Promise<void> {
    if (!this.open) return Promise.reject(new Error('file channel closed'));
    if (this.channel.bufferedAmount <= HIGH_WATER_BYTES) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => {
        this.channel.removeEventListener('bufferedamountlow', done);
        this.channel.removeEventListener('close', done);
        if (this.open) resolve();
        else reject(new Error('file channel closed'));
      };
      this.channel.addEventListener('bufferedamountlow', done);
      this.channel.addEventListener('close', done);
    });
  }

  private sayHello(type: typeof MESSAGE.HELLO | typeof MESSAGE.HELLO_BACK) {
    if (this.open && !this.ready) this.send({ type });
  }

  private becomeReady() {
    if (this.ready) return;
    this.ready = true;
    clearInterval(this.hello);
    this.onReady();
  }

  private receive(message: FileMessage) {
    if (message.type === MESSAGE.HELLO) {
      this.send({ type: MESSAGE.HELLO_BACK });
      return this.becomeReady();
    }
    if (message.type === MESSAGE.HELLO_BACK) return this.becomeReady();
    if (message.type === MESSAGE.WANT) {
      const job = { stopped: false };
      this.serving.set(message.hash, job);
      void serveFile(this.store, this, message.hash, message.offset, () => job.stopped).catch(
        () => undefined,
      );
      return;
    }
    if (message.type === MESSAGE.STOP) {
      const job = this.serving.get(message.hash);
      if (job) job.stopped = true;
      return;
    }
    if ('hash' in message) this.downloads.get(message.hash)?.(message);
  }

  close() {
    clearInterval(this.hello);
    this.serving.forEach((job) => (job.stopped = true));
    this.downloads.forEach((deliver) => deliver({ type: MESSAGE.STOP, hash: '' }));
    if (this.channel.readyState !== 'closed') this.channel.close();
  }
}

export class PeerFiles implements FileSource {
  readonly label = 'peers';
  private readonly links = new Map<RTCPeerConnection, PeerLink>();
  private readonly listeners = new Set<() => void>();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly store: FileStore,
    private readonly colleagues: () => Colleague[],
  ) {
    this.timer = setInterval(() => this.look(), LOOK_MS);
    this.look();
  }

  /** Opens the file channel on new connections and forgets closed ones. */
  look(): void {
    const current = new Set(this.colleagues().map((c) => c.pc));
    for (const [pc, link] of this.links)
      if (!current.has(pc) || link.channel.readyState === 'closed') {
        link.close();
        this.links.delete(pc);
      }
    for (const pc of current) {
      if (this.links.has(pc) || pc.connectionState === 'closed') continue;
      try {
        const channel = pc.createDataChannel('sendeplan-files', { negotiated: true, id: FILE_CHANNEL_ID });
        this.links.set(pc, new PeerLink(channel, this.store, () => this.listeners.forEach((l) => l())));
      } catch (error) {
        console.warn('Sendeplan: no file channel to a colleague', error);
      }
    }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async fetch(
    request: FileRequest,
    store: FileStore,
    onProgress: (received: number) => void,
    signal: AbortSignal,
  ): Promise<SourceResult> {
    for (const link of [...this.links.values()]) {
      if (!link.ready || !link.open || signal.aborted) continue;
      const result = await this.fetchFrom(link, request, store, onProgress);
      if (result.kind === 'done') return result;
      if (result.kind === 'refused') return { ...result, from: this.label };
    }
    return { kind: 'none' };
  }

  private fetchFrom(
    link: PeerLink,
    request: FileRequest,
    store: FileStore,
    onProgress: (received: number) => void,
  ): Promise<DownloadResult> {
    const download = new Download(store, link, request.hash, request.size, request.type, onProgress);
    return new Promise<DownloadResult>((resolve) => {
      let queue = Promise.resolve();
      let silence: ReturnType<typeof setTimeout> | undefined;
      // A colleague who goes quiet mid-transfer is left: what arrived is kept for a resume.
      const listen = () => {
        clearTimeout(silence);
        silence = setTimeout(
          () => void download.interrupted().then(() => finish({ kind: 'none' })),
          SILENCE_MS,
        );
      };
      const finish = (result: DownloadResult) => {
        clearTimeout(silence);
        link.downloads.delete(request.hash);
        resolve(result);
      };
      listen();
      link.downloads.set(request.hash, (message) => {
        listen();
        queue = queue.then(async () => {
          if (!link.downloads.has(request.hash)) return;
          // The link closed (close() passes an empty STOP): keep what arrived for a resume.
          if (message.type === MESSAGE.STOP) {
            await download.interrupted();
            return finish({ kind: 'none' });
          }
          const result = await download.handle(message);
          if (result) finish(result);
        });
      });
      // No room on this device is said as such; anything else leaves the file to another source.
      download
        .begin()
        .catch((error: unknown) =>
          finish(
            error instanceof FileStoreError && error.code === 'full'
              ? { kind: 'refused', reason: 'full' }
              : { kind: 'none' },
          ),
        );
    });
  }

  destroy(): void {
    clearInterval(this.timer);
    this.links.forEach((link) => link.close());
    this.links.clear();
    this.listeners.clear();
  }
}
