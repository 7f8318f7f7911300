// The wire rules of the signaling hub, as pure functions: limits, message validation and the
// per-connection rate limiter. hub.ts applies them to real sockets.
//
// Messages (JSON text frames, the protocol y-webrtc 10.3.0's SignalingConn speaks):
//   {type:'subscribe',   topics: string[]}      join rooms
//   {type:'unsubscribe', topics: string[]}      leave rooms
//   {type:'publish',     topic: string, ...}    relayed to every subscriber of `topic`
//   {type:'ping'}                               answered with {type:'pong'}
// Anything else is dropped. Topics are y-webrtc room names; a publish's other fields (`data`,
// encrypted with the workspace secret) are opaque to the hub and passed through untouched.

export interface HubLimits {
  /** Largest accepted frame. Bigger frames close the connection (WebSocket code 1009). */
  maxPayloadBytes: number;
  /** Open connections at once; further upgrades get HTTP 503. */
  maxConnections: number;
  /** Rooms one connection may be subscribed to at once; extra subscriptions are ignored. */
  maxTopicsPerConnection: number;
  /** Longest accepted topic (room name), in UTF-16 code units. */
  maxTopicLength: number;
  /** Token bucket per connection: this many messages at once ... */
  rateBurst: number;
  /** ... refilled at this rate. Messages beyond it are dropped. */
  ratePerSecond: number;
  /** Dropped-for-rate messages within `floodWindowMs` after which the connection is closed (1008). */
  floodCloseAfter: number;
  floodWindowMs: number;
  /** A receiver whose unsent output exceeds this gets no further relays until it drains. */
  maxBufferedBytes: number;
  /** Server ping interval; a connection that has not answered the previous ping is terminated. */
  heartbeatMs: number;
  /** Open connections from one remote address; further upgrades from it get HTTP 429. */
  maxConnectionsPerAddress: number;
  /** A publish's `ts` may be this much older than its sender's newest; replays within it are dropped. */
  replayWindowMs: number;
}

// Sizes measured in interop.test.ts with y-webrtc's own encryption (AES-GCM, base64 in JSON): a
// Chromium data-channel offer with 40 ICE candidates inlined (far more than a laptop has) is
// 7.2 KB on the wire; a trickled candidate 0.44 KB; a subscribe to 64 UUID rooms 2.5 KB.
// 64 KiB leaves ~9x headroom over the largest of them (room for audio/video SDPs later) while
// keeping what ws may buffer for half-received frames at maxConnections x 64 KiB = 64 MiB.
// Rate: a peer joining a full y-webrtc mesh (maxConns is 20-34) answers every member and trickles
// ~2-6 candidates to each: up to ~200 messages within the second ICE gathering takes. A burst of
// 400 at 100/s sustained covers that twice; a client loop gone wrong is cut off after 1000 drops.
export const DEFAULT_LIMITS: HubLimits = {
  maxPayloadBytes: 64 * 1024,
  maxConnections: 1000,
  maxTopicsPerConnection: 64,
  maxTopicLength: 256,
  rateBurst: 400,
  ratePerSecond: 100,
  floodCloseAfter: 1000,
  floodWindowMs: 10_000,
  maxBufferedBytes: 1024 * 1024,
  heartbeatMs: 30_000,
  // A colleague's laptop holds one connection per hub per window; a browser tab or two more. 32
  // leaves room for a meeting room behind one NAT address without letting one client take all.
  maxConnectionsPerAddress: 32,
  // Laptop clocks drift by seconds, not minutes (NTP); two minutes is lenient and still short.
  replayWindowMs: 120_000,
};

export function resolveLimits(partial: Partial<HubLimits> | undefined): HubLimits {
  const limits: HubLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof HubLimits)[]) {
    const value = partial?.[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`hub limit ${key} must be a positive number, got ${String(value)}`);
    }
    limits[key] = value;
  }
  return limits;
}

export type ClientMessage =
  | { type: 'subscribe' | 'unsubscribe'; topics: string[]; invalidTopics: number }
  | { type: 'publish'; topic: string; message: Record<string, unknown> }
  | { type: 'ping' };

/** `malformed`: not a JSON object. `invalid`: an object that breaks the protocol. */
export interface Rejection {
  type: 'rejected';
  kind: 'malformed' | 'invalid';
  reason: string;
}

export function isValidTopic(topic: unknown, maxTopicLength: number): topic is string {
  return typeof topic === 'string' && topic.length > 0 && topic.length <= maxTopicLength;
}

function reject(kind: Rejection['kind'], reason: string): Rejection {
  return { type: 'rejected', kind, reason };
}

/** Parses one frame. Never throws. */
export function parseClientMessage(text: string, maxTopicLength: number): ClientMessage | Rejection {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return reject('malformed', 'not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject('malformed', 'not a JSON object');
  }
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'subscribe':
    case 'unsubscribe': {
      if (!Array.isArray(message.topics)) return reject('invalid', `${message.type}: topics is not an array`);
      const topics = message.topics.filter((topic) => isValidTopic(topic, maxTopicLength));
      return { type: message.type, topics, invalidTopics: message.topics.length - topics.length };
    }
    case 'publish':
      if (!isValidTopic(message.topic, maxTopicLength)) return reject('invalid', 'publish: bad topic');
      return { type: 'publish', topic: message.topic, message };
    case 'ping':
      return { type: 'ping' };
    default:
      return reject('invalid', 'unknown type');
  }
}

/**
 * Token bucket with a flood detector: `take()` says whether a message may pass; `flooding`
 * turns true once `floodCloseAfter` messages were refused within one `floodWindowMs` window.
 * The clock is injected so the rules can be tested without waiting.
 */
export class RateLimiter {
  private tokens: number;
  private last: number;
  private windowStart: number;
  private refusedInWindow = 0;
  flooding = false;

  constructor(
    private readonly limits: Pick<
      HubLimits,
      'rateBurst' | 'ratePerSecond' | 'floodCloseAfter' | 'floodWindowMs'
    >,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = limits.rateBurst;
    this.last = now();
    this.windowStart = this.last;
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(
      this.limits.rateBurst,
      this.tokens + ((now - this.last) / 1000) * this.limits.ratePerSecond,
    );
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    if (now - this.windowStart > this.limits.floodWindowMs) {
      this.windowStart = now;
      this.refusedInWindow = 0;
    }
    this.refusedInWindow += 1;
    if (this.refusedInWindow >= this.limits.floodCloseAfter) this.flooding = true;
    return false;
  }
}
