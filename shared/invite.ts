/*
 * A workspace invite is one string to copy and paste:
 *
 *   sendeplan1.<base64url of JSON {"v":1,"room":…,"secret":…,"name":…,"hubs":[…],"relay":…}>
 *
 * `room` names the y-webrtc room (and the local workspace), `secret` is the room password that
 * encrypts signaling; whoever holds the string can join, so it is shared like a key. `hubs` are the
 * signaling URLs the inviter knows (ws: or wss: only), `relay` the team relay's address if the
 * workspace has one (optional; older invites have none). Decoding never trusts the string: every
 * field is checked and a bad string yields an error code that the UI words for the user.
 */

export interface Invite {
  room: string;
  secret: string;
  name: string;
  hubs: string[];
  /** The team relay (relay/), if the workspace has one. */
  relay?: string;
}

export const INVITE_PREFIX = 'sendeplan1.';

export type InviteError = 'empty' | 'notInvite' | 'corrupt' | 'incomplete' | 'badHub';

export type DecodeResult = { ok: true; invite: Invite } | { ok: false; error: InviteError };

const ROOM = /^[A-Za-z0-9_-]{16,64}$/;
const SECRET = /^[A-Za-z0-9_-]{22,128}$/;
const MAX_HUBS = 8;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): string {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Random url-safe text of `bytes` random bytes. */
export function randomToken(bytes: number): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newRoom(): { room: string; secret: string } {
  return { room: randomToken(16), secret: randomToken(32) };
}

/** A hub address the app accepts: ws: or wss:, a host, no credentials, at most 300 characters. */
export function isHubUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 300) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'ws:' || url.protocol === 'wss:') &&
      url.hostname !== '' &&
      !url.username &&
      !url.password
    );
  } catch {
    return false;
  }
}

/** A relay address follows the same rule as a hub's. */
export const isRelayUrl: (value: unknown) => value is string = isHubUrl;

export function encodeInvite(invite: Invite): string {
  const hubs = [...new Set(invite.hubs.filter(isHubUrl))].slice(0, MAX_HUBS);
  return (
    INVITE_PREFIX +
    toBase64Url(
      JSON.stringify({
        v: 1,
        room: invite.room,
        secret: invite.secret,
        name: invite.name,
        hubs,
        ...(isRelayUrl(invite.relay) ? { relay: invite.relay } : {}),
      }),
    )
  );
}

export function decodeInvite(text: string): DecodeResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'empty' };
  if (!trimmed.startsWith(INVITE_PREFIX)) return { ok: false, error: 'notInvite' };
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(trimmed.slice(INVITE_PREFIX.length).replace(/\s+/g, '')));
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'corrupt' };
  const { v, room, secret, name, hubs, relay } = data as { [key: string]: unknown };
  if (
    v !== 1 ||
    typeof room !== 'string' ||
    !ROOM.test(room) ||
    typeof secret !== 'string' ||
    !SECRET.test(secret)
  ) {
    return { ok: false, error: 'incomplete' };
  }
  if (hubs !== undefined && (!Array.isArray(hubs) || hubs.length > MAX_HUBS || !hubs.every(isHubUrl))) {
    return { ok: false, error: 'badHub' };
  }
  if (relay !== undefined && !isRelayUrl(relay)) return { ok: false, error: 'badHub' };
  return {
    ok: true,
    invite: {
      room,
      secret,
      name: typeof name === 'string' ? name.slice(0, 120) : '',
      hubs: (hubs as string[] | undefined) ?? [],
      ...(relay !== undefined ? { relay: relay as string } : {}),
    },
  };
}
