/*
 * The workspace on the team's relay (relay/relay.ts): a HocuspocusProvider on the session's Y.Doc
 * with the connection's one Awareness, beside y-webrtc. The document is named by the room id and
 * opened with the token derived from the secret (shared/relayToken.ts).
 *
 * State, for the header: connecting → connected, or unreachable while the relay does not answer
 * (the provider keeps trying with growing, jittered delays); refused when the relay does not accept
 * the token, deleted when an admin deleted the workspace there: then the link stops for good and
 * uploads nothing (a deleted workspace is not silently uploaded again). `saved` is true while
 * connected and the relay has acknowledged every local change.
 *
 * Updates that reach this device over WebRTC from a colleague who is on the relay too are not sent
 * to the relay again (that colleague sent them): `skip` says which (relay.ts, the LAN rule).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { relayToken } from '../../shared/relayToken';

export type RelayState = 'connecting' | 'connected' | 'unreachable' | 'refused' | 'deleted';

export interface RelayInfo {
  state: RelayState;
  saved: boolean;
}

interface ProviderInternals {
  boundDocumentUpdateHandler: (update: Uint8Array, origin: unknown) => void;
}

export class RelayLink {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  private stateValue: RelayState = 'connecting';
  private stopped = false;

  constructor(
    readonly url: string,
    doc: Y.Doc,
    private readonly awareness: Awareness,
    room: string,
    secret: string,
    private readonly changed: () => void,
    skip: (origin: unknown) => boolean,
  ) {
    // Reconnects after 1 s, 2 s, … up to 30 s, each at a random point (jitter), so that a relay
    // coming back is not hit by every laptop of the company at once.
    this.socket = new HocuspocusProviderWebsocket({
      url,
      delay: 1000,
      minDelay: 500,
      maxDelay: 30_000,
      jitter: true,
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: room,
      document: doc,
      awareness,
      token: () => relayToken(room, secret),
      onStatus: ({ status }) => {
        if (status === 'connected') this.set('connected');
        else if (status === 'disconnected' && this.stateValue === 'connected') this.set('unreachable');
      },
      onSynced: () => this.changed(),
      onUnsyncedChanges: () => this.changed(),
      onAuthenticationFailed: ({ reason }) => this.stop(reason === 'deleted' ? 'deleted' : 'refused'),
      onClose: ({ event }) => {
        if (event.reason === 'deleted') this.stop('deleted');
        else if (this.stateValue !== 'connecting') this.set('unreachable');
      },
    });
    this.socket.on('maxAttemptsFailed', () => this.set('unreachable'));
    // A first attempt that fails says so at once, not only after the first connection.
    this.socket.on('close', () => this.stateValue === 'connecting' && this.set('unreachable'));
    const internals = this.provider as unknown as ProviderInternals;
    doc.off('update', internals.boundDocumentUpdateHandler);
    internals.boundDocumentUpdateHandler = ((send) => (update: Uint8Array, origin: unknown) => {
      if (!skip(origin)) send(update, origin);
    })(internals.boundDocumentUpdateHandler);
    doc.on('update', internals.boundDocumentUpdateHandler);
    this.provider.attach();
  }

  private set(state: RelayState) {
    if (this.stopped || state === this.stateValue) return;
    this.stateValue = state;
    this.changed();
  }

  /** Ends the link for good (refused or deleted): no more attempts, nothing more uploaded. */
  private stop(state: RelayState) {
    this.set(state);
    this.stopped = true;
    queueMicrotask(() => this.destroy());
  }

  get info(): RelayInfo {
    const saved =
      this.stateValue === 'connected' && this.provider.isSynced && this.provider.unsyncedChanges === 0;
    return { state: this.stateValue, saved };
  }

  /** Whether a transaction with this origin applied an update from the relay. */
  isOrigin(origin: unknown): boolean {
    return origin === this.provider;
  }

  destroy() {
    // The awareness is the connection's, shared with y-webrtc: the provider must not destroy it
    // (it stops listening to it; the connection shows this device again if it removes its state).
    const destroyAwareness = this.awareness.destroy;
    this.awareness.destroy = () => {};
    try {
      this.provider.destroy();
    } finally {
      this.awareness.destroy = destroyAwareness;
    }
    this.socket.destroy();
  }
}
