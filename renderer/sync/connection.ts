/*
 * Peer-to-peer sync of one workspace: a y-webrtc provider in the workspace's room, with the
 * workspace secret as password (it encrypts all signaling; WebRTC itself is DTLS) and only the
 * signaling hubs we know (local hub, hubs from the invite, hubs the team configured): never the
 * public default servers. ICE runs without STUN servers, on host candidates, which is what works
 * in a meeting room without internet.
 *
 * The status is derived from what is actually connected, so the header never claims more than
 * is true: no hub reachable = offline; a hub but no colleague = searching; else N colleagues.
 * In the first seconds, before any hub answered, it says "connecting" rather than "offline".
 *
 * Closing the window leaves the room at once (pagehide): colleagues see this device go within a
 * moment, instead of when their connection times out (y-webrtc itself only listens for
 * beforeunload, which a closed Electron window or a discarded tab may never fire).
 *
 * When the workspace has a team relay, a HocuspocusProvider (relayLink.ts) works on the same doc
 * with the same Awareness; its state is `relay` beside the status. Presence lists each person once,
 * however many ways (WebRTC, relay) or devices they are here with.
 */
import { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider, type SignalingConn, type WebrtcConn } from 'y-webrtc';
import type * as Y from 'yjs';
import { isColor } from '../../shared/model';
import type { CardId, PersonId } from '../../shared/model';
import { framePeer, type PeerLike } from './frames';
import { Relay } from './relay';
import { RelayFiles } from './relayFiles';
import { RelayLink, type RelayInfo } from './relayLink';

export type SyncStatus =
  | { kind: 'connecting' }
  | { kind: 'offline' }
  | { kind: 'paused' }
  | { kind: 'searching' }
  | { kind: 'connected'; peers: number };

/**
 * How long after starting the hubs may take before the status says "Offline": a hub on this
 * machine or in the LAN answers well within it, and the header does not flash "Offline" on load.
 */
const CONNECTING_MS = 3000;

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
  /** The team relay's address, if the workspace has one. */
  relay: string | null;
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
 * How long a connection to a colleague may take to open. y-webrtc never gives up on one that does
 * not (an offer or answer lost on the way leaves it waiting for ever, and it keeps that colleague
 * from being tried again): after this it is closed, y-webrtc announces itself again, and both
 * sides start anew. Opening takes well under a second on a LAN.
 */
export const OPEN_TIMEOUT_MS = 15_000;

/**
 * How long the header says that a connection is being synced anew after a send to a colleague
 * failed (frames.ts): the two reconnect and exchange what the other lacks within this time.
 */
export const RESYNC_NOTICE_MS = 10_000;

/** The connections, not open yet, first seen (in `firstSeen`) more than OPEN_TIMEOUT_MS before `now`. */
export function stuckConnections<C extends { connected: boolean }>(
  conns: Iterable<C>,
  firstSeen: WeakMap<C, number>,
  now: number,
): C[] {
  const stuck: C[] = [];
  for (const conn of conns) {
    if (conn.connected) continue;
    const since = firstSeen.get(conn) ?? now;
    firstSeen.set(conn, since);
    if (now - since > OPEN_TIMEOUT_MS) stuck.push(conn);
  }
  return stuck;
}

/**
 * Points a running provider at these hubs without closing its connections to colleagues. A hub only
 * introduces peers to each other: one that comes or goes (a colleague's laptop joining the LAN, a
 * hub added in the settings) must not cut the connections of a meeting, as restarting the provider
 * would: every connection closed and negotiated anew, on every device, whenever a laptop arrives.
 *
 * A hub no longer wanted is disconnected, not destroyed: y-webrtc keeps its hub connections in a
 * registry it does not export, and would hand a destroyed one out again for the same address.
 */
export function pointAtHubs(provider: WebrtcProvider, urls: readonly string[]) {
  const conns = hubConnections(provider);
  for (const conn of conns) {
    if (urls.includes(conn.url)) continue;
    conn.providers.delete(provider);
    // Not connected from now on, so that y-webrtc sends nothing more through it while its socket
    // closes (lib0 clears the flag only once the socket has closed; a send before is an error).
    conn.connected = false;
    conn.disconnect();
  }
  provider.signalingUrls = [...urls];
  provider.signalingConns = conns.filter((conn) => urls.includes(conn.url));
  if (urls.every((url) => provider.signalingConns.some((conn) => conn.url === url))) return;
  // Takes each hub's connection from the registry (opening new ones) and announces this device on
  // those already open; the room's handlers are the same functions, so none is added twice.
  provider.signalingConns = [];
  provider.connect();
  openHubs(provider);
}

/** Reopens the provider's hub connections that were disconnected when their hub was not wanted. */
function openHubs(provider: WebrtcProvider) {
  for (const conn of hubConnections(provider)) if (!conn.shouldConnect) conn.connect();
}

const hubConnections = (provider: WebrtcProvider) => provider.signalingConns as SignalingConn[];

export class Connection {
  readonly awareness: Awareness;
  private provider: WebrtcProvider | null = null;
  private relay: Relay | null = null;
  private team: RelayLink | null = null;
  private relayValue: RelayInfo | null = null;
  // Times here are durations on the monotonic clock (performance.now): the wall clock may jump,
  // when the laptop's time is synced or set, and a stuck connection must still be dropped.
  private readonly opening = new WeakMap<WebrtcConn, number>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private statusValue: SyncStatus = { kind: 'connecting' };
  private startedAt = 0;
  private presenceValue: Presence[] = [];
  private local: LocalPresence = { personId: null, name: '', color: '#868e96', cardId: null };
  private paused = false;
  /** When a send to a colleague last failed (its connection was closed to sync anew). */
  private failedAt = -Infinity;
  private resyncingValue = false;

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
    window.addEventListener('pagehide', this.leave);
    window.addEventListener('pageshow', this.comeBack);
    this.start();
    this.setRelay(options.relay);
  }

  private files: { url: string; client: RelayFiles } | null = null;

  /** The relay's file store for this workspace (files on cards), or null without a relay. */
  relayFiles(): RelayFiles | null {
    const url = this.options.relay;
    if (!url) return null;
    if (this.files?.url !== url)
      this.files = {
        url,
        client: new RelayFiles({ url, room: this.options.room, secret: this.options.secret }),
      };
    return this.files.client;
  }

  /** Connects to this relay (or none), leaving the LAN connections as they are. */
  setRelay(url: string | null) {
    if (url === (this.team?.url ?? null) && url === this.options.relay) return;
    this.options = { ...this.options, relay: url };
    this.team?.destroy();
    this.team = null;
    if (url && !this.paused) {
      this.team = new RelayLink(
        url,
        this.doc,
        this.awareness,
        this.options.room,
        this.options.secret,
        () => this.refresh(),
        (origin) => Boolean(this.relay?.fromColleagueOnRelay(origin)),
      );
      this.showSelf();
    }
    this.refresh();
  }

  /** The page goes away: say so to colleagues and close every connection. */
  private readonly leave = () => {
    this.awareness.setLocalState(null);
    this.stop();
  };

  /** The page came back from the back-forward cache after `leave`. */
  private readonly comeBack = (event: PageTransitionEvent) => {
    if (event.persisted && !this.provider) this.start();
  };

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
    this.startedAt = performance.now();
    if (hubs.length === 0 || this.paused) return this.refresh();
    const provider = new WebrtcProvider(this.options.room, this.doc, {
      signaling: hubs,
      password: this.options.secret,
      awareness: this.awareness,
      peerOpts: { config: { iceServers: [] } },
    });
    // Every connection to a colleague sends messages of any size, in order, with backpressure,
    // and closes (to reconnect and sync anew) when a send fails: frames.ts.
    (provider as unknown as { framePeer: (peer: PeerLike) => PeerLike }).framePeer = (peer) =>
      framePeer(peer, (error) => {
        console.warn('Sendeplan: a connection to a colleague is synced anew', error);
        this.failedAt = performance.now();
        this.refresh();
      });
    openHubs(provider);
    this.provider = provider;
    this.relay = new Relay(provider, this.doc, this.awareness, {
      isOrigin: (origin) => Boolean(this.team?.isOrigin(origin)),
      connected: () => this.team?.info.state === 'connected',
    });
    this.showSelf();
    provider.on('peers', () => this.refresh());
    provider.on('status', () => this.refresh());
    this.timer ??= setInterval(() => this.refresh(), 1000);
    this.refresh();
  }

  private stop() {
    // destroy() alone leaves the provider registered on its signaling connections and closes its
    // room only once its key promise settles; disconnect() first leaves both at once.
    this.provider?.disconnect();
    this.provider?.destroy();
    this.provider = null;
    this.relay = null;
  }

  /** Working offline on purpose: closes every connection until resumed; edits merge afterwards. */
  setPaused(paused: boolean) {
    if (paused === this.paused) return;
    this.paused = paused;
    this.stop();
    this.start();
    const relay = this.options.relay;
    this.team?.destroy();
    this.team = null;
    this.options = { ...this.options, relay: null };
    this.setRelay(relay);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Connects through another set of hubs (a hub was discovered, added or removed). */
  setHubs(hubs: readonly string[]) {
    const next = [...new Set(hubs)].sort();
    if (next.join(' ') === [...new Set(this.options.hubs)].sort().join(' ')) return;
    this.options = { ...this.options, hubs: next };
    if (!this.provider || next.length === 0) {
      this.stop();
      return this.start();
    }
    pointAtHubs(this.provider, next);
    this.refresh();
  }

  get hubs(): readonly string[] {
    return this.options.hubs;
  }

  /** Puts this device's awareness state back while a provider runs (see the constructor). */
  private showSelf() {
    if ((this.provider || this.team) && this.awareness.getLocalState() === null)
      this.awareness.setLocalState({ user: this.local });
  }

  /** What this device shows of itself to colleagues: who it is and which card it has open. */
  setPresence(patch: Partial<LocalPresence>) {
    this.local = { ...this.local, ...patch };
    this.awareness.setLocalStateField('user', this.local);
  }

  private refresh() {
    this.relay?.links();
    this.dropStuckConnections();
    const status = this.computeStatus();
    const presence: Presence[] = [];
    const seen = new Set<string>([this.local.personId ?? '']);
    this.awareness.getStates().forEach((state, clientId) => {
      if (clientId === this.awareness.clientID) return;
      const entry = readPresence(clientId, state);
      // One avatar per person, whichever way and from however many devices they are here.
      const person = entry && (entry.personId ?? `name:${entry.name}`);
      if (!entry || seen.has(person!)) return;
      seen.add(person!);
      presence.push(entry);
    });
    const relay = this.team?.info ?? null;
    const resyncing = performance.now() - this.failedAt < RESYNC_NOTICE_MS;
    const changed =
      resyncing !== this.resyncingValue ||
      JSON.stringify(relay) !== JSON.stringify(this.relayValue) ||
      JSON.stringify(status) !== JSON.stringify(this.statusValue) ||
      JSON.stringify(presence) !== JSON.stringify(this.presenceValue);
    this.statusValue = status;
    this.resyncingValue = resyncing;
    this.relayValue = relay;
    this.presenceValue = presence;
    if (changed) this.listeners.forEach((listener) => listener());
  }

  private dropStuckConnections() {
    const conns = this.provider?.room?.webrtcConns.values() ?? [];
    stuckConnections(conns, this.opening, performance.now()).forEach((conn) => conn.destroy());
  }

  private computeStatus(): SyncStatus {
    const provider = this.provider;
    if (this.paused) return { kind: 'paused' };
    if (!provider) return { kind: 'offline' };
    let peers = 0;
    provider.room?.webrtcConns.forEach((conn) => {
      if (conn.connected) peers++;
    });
    if (peers > 0) return { kind: 'connected', peers };
    if (provider.signalingConns.some((conn) => conn.connected)) return { kind: 'searching' };
    return performance.now() - this.startedAt < CONNECTING_MS ? { kind: 'connecting' } : { kind: 'offline' };
  }

  get status(): SyncStatus {
    return this.statusValue;
  }

  /** The team relay's state, or null when the workspace has none. */
  get relayInfo(): RelayInfo | null {
    return this.relayValue;
  }

  /** Whether a connection to a colleague was closed a moment ago to sync anew (a send failed). */
  get resyncing(): boolean {
    return this.resyncingValue;
  }

  /** Colleagues present right now (validated awareness states of others). */
  get presence(): Presence[] {
    return this.presenceValue;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The open WebRTC connections to colleagues, by y-webrtc peer id. The file transfer opens a data
   * channel of its own on each (files/peerFiles.ts), beside the one sync uses.
   */
  colleagues(): { id: string; pc: RTCPeerConnection }[] {
    const open: { id: string; pc: RTCPeerConnection }[] = [];
    this.provider?.room?.webrtcConns.forEach((conn, id) => {
      const pc = (conn.peer as { _pc?: RTCPeerConnection } | null)?._pc;
      if (conn.connected && pc) open.push({ id, pc });
    });
    return open;
  }

  /** Whether a transaction with this origin applied a colleague's update (y-webrtc's room is its origin). */
  isFromColleague(origin: unknown): boolean {
    return origin != null && (origin === this.provider?.room || Boolean(this.team?.isOrigin(origin)));
  }

  destroy() {
    window.removeEventListener('offline', this.recheckHubs);
    window.removeEventListener('pagehide', this.leave);
    window.removeEventListener('pageshow', this.comeBack);
    if (this.timer) clearInterval(this.timer);
    this.stop();
    this.team?.destroy();
    this.team = null;
    this.awareness.setLocalState(null);
    this.awareness.destroy();
    this.listeners.clear();
  }
}
