// Who may use the hub and which publishes it passes on, as pure rules; hub.ts applies them.
//
// Origin (checked on the WebSocket upgrade, refused with 403):
//   - an Origin whose host:port is the Host the request was sent to (a page served by this same
//     server, as `npm run serve` does) is allowed;
//   - the desktop app's own origin (app://sendeplan) and origins the operator configured are allowed;
//   - any other Origin is refused: a web page on some other site must not use a colleague's hub;
//   - no Origin at all is allowed. Browsers always send one with a WebSocket handshake, so a missing
//     Origin is never a web page: it is a native client (a test, a company's own tool), which could
//     send any Origin it liked anyway. The Origin check protects against pages, not programs.
//
// Per-address cap: one remote address holds at most maxConnectionsPerAddress sockets (a browser
// and a desktop app of a colleague need a handful), so one machine cannot take every slot.
//
// Replays: y-webrtc publishes are encrypted with the workspace secret, so the hub cannot read them;
// the app therefore puts the sending time beside the ciphertext (`ts`, ms, from the sender's
// monotonic clock). The hub drops a publish whose ciphertext it already relayed within
// replayWindowMs (AES-GCM with a random IV: two real messages never share one), one without `ts`
// (when timestamps are required) or with a `ts` that is not a finite number, and one whose `ts` is
// more than the window older than the newest its connection has sent: a connection cannot mix in
// old messages. Only the sender's own times are compared with each other, never with the hub's
// clock: laptops whose clocks are wrong (minutes or days) or are set while the app runs (NTP after
// waking up) still sync. What passes: a message older than the window replayed as the first of a
// fresh connection; all it can do is announce a peer id that is gone, which y-webrtc answers with a
// handshake that times out.
import { createHash } from 'node:crypto';

/** The desktop app's renderer origin (electron/main/appProtocol.ts). */
export const APP_ORIGIN = 'app://sendeplan';

export interface OriginPolicy {
  /** Origins allowed besides the same-host one, exactly as browsers send them (no trailing slash). */
  allowed: readonly string[];
}

/** Whether an upgrade with this Origin header to this Host header may connect. */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  policy: OriginPolicy,
): boolean {
  if (origin === undefined) return true;
  if (origin === APP_ORIGIN || policy.allowed.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && host !== undefined && url.host === host;
  } catch {
    return false;
  }
}

/** Counts open connections per remote address. */
export class AddressCounter {
  private readonly counts = new Map<string, number>();

  count(address: string): number {
    return this.counts.get(address) ?? 0;
  }

  add(address: string): void {
    this.counts.set(address, this.count(address) + 1);
  }

  remove(address: string): void {
    const left = this.count(address) - 1;
    if (left > 0) this.counts.set(address, left);
    else this.counts.delete(address);
  }
}

/** The newest `ts` one connection has sent; null before its first timed publish. */
export interface SenderClock {
  newest: number | null;
}

export type ReplayVerdict = 'fresh' | 'missing' | 'stale' | 'replayed';

/**
 * Remembers the publishes seen within the window (on the hub's monotonic clock). Memory is
 * bounded: at most `maxEntries` fingerprints (32 bytes each); past that the oldest are forgotten
 * first.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly requireTimestamp: boolean,
    private readonly maxEntries = 200_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** `clock` is the sender connection's: the newest `ts` it has sent (see the header comment). */
  check(topic: string, message: Record<string, unknown>, clock: SenderClock): ReplayVerdict {
    const ts = message.ts;
    if (ts === undefined) return this.requireTimestamp ? 'missing' : 'fresh';
    if (typeof ts !== 'number' || !Number.isFinite(ts)) return 'stale';
    const now = this.now();
    this.expire(now);
    const key = createHash('sha256')
      .update(topic)
      .update('\u0000')
      .update(typeof message.data === 'string' ? message.data : JSON.stringify(message.data ?? null))
      .digest('base64');
    if (this.seen.has(key)) return 'replayed';
    if (clock.newest !== null && ts < clock.newest - this.windowMs) return 'stale';
    clock.newest = Math.max(clock.newest ?? ts, ts);
    this.seen.set(key, now);
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value as string);
    return 'fresh';
  }

  private expire(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at <= this.windowMs) break;
      this.seen.delete(key);
    }
  }
}
