/*
 * Passing updates on between colleagues, only where needed.
 *
 * y-webrtc sends every update the document applies to all connected colleagues, also the ones a
 * colleague has just sent: in a room of ten each edit travels 90 times instead of 9, and every copy
 * is sent, received and applied. But a colleague needs an update passed on only if it is not
 * connected to the one we received it from: that one sent it to all of its connections (by this
 * same rule, back to the device where it was made), and two devices that connect send each other
 * what the other lacks. So every device publishes in its awareness state its peer id in the room
 * and the peers it is connected to (`links`), and passes a received update on only to colleagues
 * whose links do not name its sender. Colleagues meeting only through us (no shared hub) still get
 * everything.
 *
 * A device that loses a connection publishes its new links and then asks each remaining colleague
 * for what it lacks (sync step 1), on the same ordered channels: a colleague who held an update back
 * because of the lost link has either received it before the request (and answers with it) or learns
 * of the lost link first (and passes it on). Whenever the sender is not known (a message from
 * another tab, updates that waited for a missing piece), the update goes to everyone.
 *
 * With the team relay (relayLink.ts) the same rule holds for it: every device publishes in its
 * links whether it is on the relay (`relay`). An update that came from the relay goes over WebRTC
 * only to colleagues who are not on the relay (the relay sent it to those who are), and an update
 * that came over WebRTC from a colleague on the relay is not sent to the relay again
 * (`fromColleagueOnRelay`). So an edit reaches each device at most twice: once directly, once
 * through the relay.
 *
 * It also asks when updates have waited for a missing piece for a while (`missingOverdue`). A piece
 * can be missing for good: passed on by one colleague, an update can overtake an earlier one of the
 * same sender that comes directly, and Yjs 13.6.33 then sometimes loses updates it keeps waiting,
 * although all have arrived (shared/model/slots.test.ts, "Yjs and one peer's updates out of
 * order"). The colleagues' answer brings them again, complete.
 */
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { Room, WebrtcConn, WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';

/** y-webrtc's message type for Yjs sync messages. */
const MESSAGE_SYNC = 0;
const MAX_LINKS = 64;

export interface Links {
  peer: string;
  to: readonly string[];
  /** Whether this device is connected to the team relay. */
  relay?: boolean;
}

/** The `links` field of a colleague's awareness state, validated: peers are not trusted. */
export function readLinks(state: unknown): Links | null {
  if (typeof state !== 'object' || state === null) return null;
  const links = (state as { links?: unknown }).links;
  if (typeof links !== 'object' || links === null) return null;
  const { peer, to } = links as { peer?: unknown; to?: unknown };
  if (typeof peer !== 'string' || !Array.isArray(to) || to.length > MAX_LINKS) return null;
  if (!to.every((id): id is string => typeof id === 'string')) return null;
  return { peer, to, relay: (links as { relay?: unknown }).relay === true };
}

/**
 * The colleagues (by peer id) an update received from `from` must be passed on to: all but those
 * who say they are connected to `from` themselves. An unknown sender (null) means all.
 */
export function relayTargets(
  from: string | null,
  targets: readonly string[],
  states: Iterable<unknown>,
): string[] {
  if (from === null) return [...targets];
  const linkedToSender = new Set<string>();
  for (const state of states) {
    const links = readLinks(state);
    if (links?.to.includes(from)) linkedToSender.add(links.peer);
  }
  return targets.filter((peer) => peer !== from && !linkedToSender.has(peer));
}

/** The colleagues (by peer id) an update from the relay must be passed on to: those not on it. */
export function relayTargetsFromRelay(targets: readonly string[], states: Iterable<unknown>): string[] {
  const onRelay = new Set<string>();
  for (const state of states) {
    const links = readLinks(state);
    if (links?.relay) onRelay.add(links.peer);
  }
  return targets.filter((peer) => !onRelay.has(peer));
}

/** How long updates may wait for a missing piece before the colleagues are asked for it. */
export const MISSING_WAIT_MS = 2_000;
/** How often the colleagues are asked again while a piece is still missing. */
export const MISSING_ASK_AGAIN_MS = 10_000;

/**
 * Whether to ask the colleagues for what this device lacks, now that updates have waited for a
 * missing piece since `waitingSince` (null: nothing waits), last asked at `askedAt`.
 */
export function missingOverdue(waitingSince: number | null, askedAt: number, now: number): boolean {
  return (
    waitingSince !== null && now - waitingSince >= MISSING_WAIT_MS && now - askedAt >= MISSING_ASK_AGAIN_MS
  );
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function send(conn: WebrtcConn, message: Uint8Array) {
  try {
    (conn.peer as { send(m: Uint8Array): void }).send(message);
  } catch {
    // A connection that is not open yet: the two exchange their state once it opens.
  }
}

/** The relay rule for one provider (see the header); `links` is called whenever connections change. */
export class Relay {
  /** The colleague whose message is being applied right now, while y-webrtc applies it. */
  private from: string | null = null;
  private readonly hooked = new WeakSet<WebrtcConn>();
  private published: readonly string[] = [];
  /** Since when updates wait for a missing piece, and when the colleagues were last asked for it. */
  private waitingSince: number | null = null;
  private askedAt = -Infinity;

  constructor(
    private readonly provider: WebrtcProvider,
    private readonly doc: Y.Doc,
    private readonly awareness: Awareness,
    /** Whether a transaction origin is the team relay's provider, and whether it is connected. */
    private readonly team: { isOrigin(origin: unknown): boolean; connected(): boolean } = {
      isOrigin: () => false,
      connected: () => false,
    },
  ) {
    provider.on('peers', () => this.hookConnections());
    // The room exists once the key is derived from the secret; its connect() has subscribed then.
    void provider.key.then(() => {
      const room = provider.room;
      if (!room || !provider.shouldConnect) return;
      const broadcast = room._docUpdateHandler;
      this.doc.off('update', broadcast);
      room._docUpdateHandler = (update, origin) => {
        if (origin === room && room.bcConns.size === 0) this.passOn(room, update);
        else if (this.team.isOrigin(origin)) this.passOnFromRelay(room, update);
        else broadcast(update, origin);
      };
      this.doc.on('update', room._docUpdateHandler);
      this.hookConnections();
    });
  }

  /** Notes which colleague a message comes from, for the update handler it runs synchronously. */
  private hookConnections() {
    this.provider.room?.webrtcConns.forEach((conn) => {
      if (this.hooked.has(conn)) return;
      this.hooked.add(conn);
      const peer = conn.peer as {
        prependListener(event: 'data', listener: () => void): void;
        on(event: 'data', listener: () => void): void;
      };
      peer.prependListener('data', () => {
        // Updates that waited for a missing piece may come out with this one: sender unknown.
        const store = this.doc.store;
        this.from = store.pendingStructs || store.pendingDs ? null : conn.remotePeerId;
        queueMicrotask(() => (this.from = null));
      });
      peer.on('data', () => (this.from = null));
    });
  }

  private passOn(room: Room, update: Uint8Array) {
    const connected = [...room.webrtcConns.values()].filter((conn) => conn.connected);
    const targets = relayTargets(
      this.from,
      connected.map((conn) => conn.remotePeerId),
      this.awareness.getStates().values(),
    );
    if (targets.length === 0) return;
    const message = syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update));
    for (const conn of connected) if (targets.includes(conn.remotePeerId)) send(conn, message);
  }

  private passOnFromRelay(room: Room, update: Uint8Array) {
    const connected = [...room.webrtcConns.values()].filter((conn) => conn.connected);
    const ids = connected.map((conn) => conn.remotePeerId);
    const targets = relayTargetsFromRelay(ids, this.awareness.getStates().values());
    if (targets.length === 0) return;
    const message = syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update));
    for (const conn of connected) if (targets.includes(conn.remotePeerId)) send(conn, message);
  }

  /**
   * Whether the update being applied right now came over WebRTC from a colleague who is on the
   * relay too (who sent it there itself).
   */
  fromColleagueOnRelay(origin: unknown): boolean {
    if (origin !== this.provider.room || this.from === null) return false;
    for (const state of this.awareness.getStates().values()) {
      const links = readLinks(state);
      if (links?.peer === this.from) return links.relay === true;
    }
    return false;
  }

  /**
   * Publishes this device's connections; after losing one, or when a missing piece is overdue, asks
   * the colleagues for what this device lacks (see the header). Called every second.
   */
  links() {
    const room = this.provider.room;
    if (!room) return;
    const connected = [...room.webrtcConns.values()].filter((conn) => conn.connected);
    const to = connected.map((conn) => conn.remotePeerId).sort();
    const lost = this.published.some((peer) => !to.includes(peer));
    this.published = to;
    const relay = this.team.connected();
    const current = readLinks(this.awareness.getLocalState());
    if (current?.peer !== room.peerId || current.to.join(' ') !== to.join(' ') || current.relay !== relay)
      this.awareness.setLocalStateField('links', { peer: room.peerId, to, relay } satisfies Links);
    const now = performance.now();
    const { pendingStructs, pendingDs } = this.doc.store;
    this.waitingSince = pendingStructs || pendingDs ? (this.waitingSince ?? now) : null;
    if (!lost && !missingOverdue(this.waitingSince, this.askedAt, now)) return;
    this.askedAt = now;
    const request = syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
    connected.forEach((conn) => send(conn, request));
  }
}
