/*
 * How a device proves to the team's relay that it holds a workspace's invite, without the relay
 * holding any account or the secret itself:
 *
 *   token = base64url(HMAC-SHA256(key = workspace secret, "sendeplan-relay-v1:" + room id))
 *
 * The app sends the token when it opens the workspace's document (named by the room id) on the
 * relay; the relay keeps only SHA-256 of it per document and compares. The token opens that one
 * document and nothing else, and it does not reveal the secret (which also encrypts signaling).
 * A renewed key (new room and secret) gives a new document name and a new token. The app and the
 * relay both use this module, so they cannot derive it differently.
 */

export const RELAY_TOKEN_LABEL = 'sendeplan-relay-v1:';

const encoder = new TextEncoder();

function base64Url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The token of workspace `room` with `secret` (see the header). */
export async function relayToken(room: string, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return base64Url(await crypto.subtle.sign('HMAC', key, encoder.encode(RELAY_TOKEN_LABEL + room)));
}

/** What the relay stores of a token: its SHA-256, hex. */
export async function relayTokenHash(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(token)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A relay address the app accepts (the same rule as a hub's: invite.ts). */
export { isRelayUrl } from './invite';
