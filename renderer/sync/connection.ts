/*
 * Peer-to-peer sync of one workspace: a y-webrtc provider in the workspace's room, with the
 * workspace secret as password (it encrypts all signaling; WebRTC itself is DTLS) and only the
 * signaling hubs we know (local hub, hubs from the invite, hubs the team configured): never the
 * public default servers. ICE runs without STUN servers, on host candidates, which is what works
 * in a meeting room without internet.
 *
 * The status is derived from what is actually connected, so the header never claims more than
 * is true: no hub reachable = offline; a hub but no colleague = searching; else N colleagues.
 */
import { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
import { isColor } from '../../shared/model';
import type { CardId, PersonId } from '../../shared/model';

export type SyncStatus =
  { kind: 'offline' } | { kind: 'paused' } | { kind: 'searching' } | { kind: 'connected'; peers: number };

export interface Presence {
  clientId: number;
  personId: PersonId | null;
  name: string;
  color: string;
  cardId: CardId | null;
}

export interface ConnectionOptions {
  room: string;
  secret: string;
  hubs: readonly string[];
}

interface LocalPresence {
  personId: PersonId | null;
  name: string;
  color: string;
  cardId: CardId | null;
}

/** A remote awareness state, validated: peers are not trusted. */
export function readPresence(clientId: number, state: unknown): Presence | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { personId, name, color, cardId } = user as { [key: string]: unknown };
  if (typeof name !== 'string' || name.trim() === '') return null;
  return {
    clientId,
    personId: typeof personId === 'string' ? (personId as PersonId) : null,
    name: name.slice(0, 80),
    color: isColor(color) ? color : '#868e96',
    cardId: typeof cardId === 'string' ? (cardId as CardId) : null,
  };
}

/**
 * Whether everyone in the room is directly connected to everyone else: this device (`ownDirect`
 * connections) and every colleague, by the `mesh` count each publishes in its awareness state. A
 * state without a count (an older version, or one not connected yet) means no.
 */
export function fullMesh(states: ReadonlyMap<number, unknown>, ownId: number, ownDirect: number): boolean {
  const others = [...states.keys()].filter((clientId) => clientId !== ownId);
  if (ownDirect < others.length) return false;
  return others.every((clientId) => {
    const mesh = (states.get(clientId) as { mesh?: unknown } | null)?.mesh;
    return typeof mesh === 'number' && mesh >= others.length;
  });
}

/**
 * y-webrtc sends on every update the document applies, also the ones a colleague just sent: with
 * ten colleagues each edit then travels 90 times instead of 9, each copy encrypted, sent,
 * decrypted and applied (10-peer bench on two shared cores: slowest receiver p50 426 → 212 ms
 * without it). So a peer passes on what it received only while the room is not a full mesh, when
 * it may be someone's only path (colleagues who share no hub meet only through a third one);
 * updates made here always go out.
 */
function relayOnlyWhenNeeded(provider: WebrtcProvider, doc: Y.Doc, awareness: Awareness): void {
  // The room exists once the key is derived from the secret; its connect() has subscribed then.
  void provider.key.then(() => {
    const room = provider.room;
    if (!room || !provider.shouldConnect) return;
    const send = room._docUpdateHandler;
    doc.off('update', send);
    room._docUpdateHandler = (update, origin) => {
      if (origin !== room || !fullMesh(awareness.getStates(), awareness.clientID, connectedPeers(provider)))
        send(update, origin);
    };
    doc.on('update', room._docUpdateHandler);
  });
}

/** Colleagues this device has an open WebRTC connection with. */
function connectedPeers(provider: WebrtcProvider): number {
  let peers = 0;
  provider.room?.webrtcConns.forEach((conn) => {
    if (conn.connected) peers++;
  });
  return peers;
}

export class Connection {
  readonly awareness: Awareness;
  private provider: WebrtcProvider | null = null;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private statusValue: SyncStatus = { kind: 'offline' };
  private presenceValue: Presence[] = [];
  private local: LocalPresence = { personId: null, name: '', color: '#868e96', cardId: null };
  private paused = false;

  constructor(
    private readonly doc: Y.Doc,
    private options: ConnectionOptions,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.on('change', () => this.refresh());
    // A provider that stops (pause, other hubs) removes this device's awareness state when its room
    // closes, which can be after the next provider started: then show this device again.
    this.awareness.on('update', ({ removed }: { removed: number[] }) => {
      if (removed.includes(this.awareness.clientID)) this.showSelf();
    });
    window.addEventListener('offline', this.recheckHubs);
    this.start();
  }

  /**
   * When the system reports the network gone, hub connections are checked at once instead of after
   * the WebSocket client's 30 s silence timeout: each is closed and reconnects by itself if its hub
   * is still reachable (the desktop app's own hub on this machine always is). So the status turns
   * to "Offline" when it is, and only then.
   */
  private readonly recheckHubs = () => {
    this.provider?.signalingConns.forEach((conn) => conn.ws?.close());
  };

  private start() {
    const hubs = [...new Set(this.options.hubs)];
    if (hubs.length === 0 || this.paused) return this.refresh();
    const provider = new WebrtcProvider(this.options.room, this.doc, {
      signaling: hubs,
      password: this.options.secret,
      awareness: this.awareness,
      peerOpts: { config: { iceServers: [] } },
    });
    this.provider = provider;
    relayOnlyWhenNeeded(provider, this.doc, this.awareness);
    this.showSelf();
    provider.on('peers', () => this.refresh());
    provider.on('status', () => this.refresh());
    this.timer ??= setInterval(() => this.refresh(), 1000);
    this.refresh();
  }

  private stop() {
    // destroy() alone leaves the provider on its signaling connections, and its room closes only
    // once the key promise settles, after the next provider may have subscribed the same topic on
    // the same connection: then the new room never hears its colleagues (a hub change left a peer
    // at "Suche Kolleg:innen" in 1 of 12 runs, 6 of 10 with the relay rule). disconnect() first
    // leaves the room and the connections at once.
    this.provider?.disconnect();
    this.provider?.destroy();
    this.provider = null;
  }

  /** Working offline on purpose: closes every connection until resumed; edits merge afterwards. */
  setPaused(paused: boolean) {
    if (paused === this.paused) return;
    this.paused = paused;
    this.stop();
    this.start();
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Connects through another set of hubs (a hub was discovered, added or removed). */
  setHubs(hubs: readonly string[]) {
    const next = [...new Set(hubs)].sort();
    if (next.join(' ') === [...new Set(this.options.hubs)].sort().join(' ')) return;
    this.options = { ...this.options, hubs: next };
    this.stop();
    this.start();
  }

  get hubs(): readonly string[] {
    return this.options.hubs;
  }

  /** Puts this device's awareness state back while a provider runs (see the constructor). */
  private showSelf() {
    if (this.provider && this.awareness.getLocalState() === null)
      this.awareness.setLocalState({ user: this.local });
  }

  /** What this device shows of itself to colleagues: who it is and which card it has open. */
  setPresence(patch: Partial<LocalPresence>) {
    this.local = { ...this.local, ...patch };
    this.awareness.setLocalStateField('user', this.local);
  }

  private refresh() {
    const status = this.computeStatus();
    const presence: Presence[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      if (clientId === this.awareness.clientID) return;
      const entry = readPresence(clientId, state);
      if (entry) presence.push(entry);
    });
    const changed =
      JSON.stringify(status) !== JSON.stringify(this.statusValue) ||
      JSON.stringify(presence) !== JSON.stringify(this.presenceValue);
    this.statusValue = status;
    this.presenceValue = presence;
    // Colleagues read it to know whether the room is a full mesh (see relayOnlyWhenNeeded).
    const mesh = status.kind === 'connected' ? status.peers : 0;
    if (this.awareness.getLocalState()?.mesh !== mesh) this.awareness.setLocalStateField('mesh', mesh);
    if (changed) this.listeners.forEach((listener) => listener());
  }

  private computeStatus(): SyncStatus {
    const provider = this.provider;
    if (this.paused) return { kind: 'paused' };
    if (!provider) return { kind: 'offline' };
    const peers = connectedPeers(provider);
    if (peers > 0) return { kind: 'connected', peers };
    return provider.signalingConns.some((conn) => conn.connected)
      ? { kind: 'searching' }
      : { kind: 'offline' };
  }

  get status(): SyncStatus {
    return this.statusValue;
  }

  /** Colleagues present right now (validated awareness states of others). */
  get presence(): Presence[] {
    return this.presenceValue;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy() {
    window.removeEventListener('offline', this.recheckHubs);
    if (this.timer) clearInterval(this.timer);
    this.stop();
    this.awareness.setLocalState(null);
    this.awareness.destroy();
    this.listeners.clear();
  }
}
