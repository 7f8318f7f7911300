/*
 * Signed decisions: an approval, a request for changes, a declined input or a decision written into
 * a crisis log is signed with a key
 * pair that only the deciding person's device holds (WebCrypto ECDSA P-256, the private key
 * non-extractable, kept in that device's IndexedDB), and every device verifies it when it reads it.
 * Whoever holds the workspace secret can still write anything into the document; what they cannot
 * do is make a decision in someone else's name that verifies.
 *
 *   deviceKeys  Y.Map<keyId, { personId, publicKey, addedAt, pending?, certifiedBy?, certificate? }>
 *               keyId: base64url of the first 16 bytes of SHA-256(publicKey); publicKey: base64url
 *               of the raw P-256 point. `pending`: registered by a device that chose "Ich bin" a
 *               person who already had a key. certificate: a trusted key of the same person signed
 *               `certify|keyId|personId|publicKey` (a person's further device).
 *   signatures  Y.Map<ref, { keyId, personId, kind, requestId, cardId, decision, comment, at,
 *               fingerprint, sig }>   ref: `approval:<requestId>:<personId>`, `answer:<requestId>`
 *               or `crisis:<crisisId>:<personId>:<at>`
 *               fingerprint: SHA-256 of the card's title, slot, brief and files' hashes when it was decided.
 *               contentFingerprint, contentSig (newer decisions): SHA-256 of the canonical approved
 *               content (approvedContent.ts: title, slot, brief, format, link, copy per channel, files)
 *               and a second signature over the payload with it. Older apps verify `sig` as before;
 *               this version verifies `contentSig` where there is one, so a changed copy shows.
 *               A crisis decision (kind 'crisis') has the crisis's id as `requestId`, its text as
 *               `decision`, and no card: `cardId`, `comment` and `fingerprint` are ''.
 *
 * Which keys of a person are trusted (trustedKeys), on each device:
 *   - the keys this device pinned for the person (it pins the first anchor it sees, and its own key
 *     when the person had none), else the person's one anchor: a key neither pending nor certified.
 *     Two anchors (someone registered a second one) give no anchor at all: nothing of that person
 *     verifies on a device that had not pinned one before, rather than the wrong one;
 *   - plus, transitively, keys certified by a trusted key of the same person.
 * A decision verifies when its record matches the decision in the request, its key is trusted for
 * the person, the ECDSA signature over the payload holds, and the person is allowed to decide
 * (not the card's owner or creator, nor the requester of the approval). A card whose approved
 * content (or, for decisions signed before there was one, title, slot or brief) changed since
 * shows as 'changed'.
 */
import * as Y from 'yjs';
import { cardFileHashes } from './attachments';
import { approvedContent, canonicalContent } from './approvedContent';
import { cardsMap, LOCAL_ORIGIN } from './doc';
import type { CardId, PersonId } from './ids';
import { readMeetings } from './meetings';
import { readCard } from './read';
import { getRequest } from './requestReads';
import type { RequestId } from './schema';

export const deviceKeysMap = (doc: Y.Doc) => doc.getMap<unknown>('deviceKeys');
export const signaturesMap = (doc: Y.Doc) => doc.getMap<unknown>('signatures');

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const B64URL = /^[A-Za-z0-9_-]{1,200}$/;

export interface DeviceKey {
  keyId: string;
  personId: PersonId;
  publicKey: string;
  addedAt: number;
  pending: boolean;
  certifiedBy: string | null;
  certificate: string | null;
}

export type SignedKind = 'approval' | 'answer' | 'crisis';

export interface SignatureRecord {
  keyId: string;
  personId: PersonId;
  kind: SignedKind;
  requestId: RequestId;
  cardId: CardId;
  decision: string;
  comment: string;
  at: number;
  fingerprint: string;
  sig: string;
  contentFingerprint?: string;
  contentSig?: string;
}

export type Verdict = 'verified' | 'changed' | 'unverified';

export const approvalRef = (requestId: string, personId: string) => `approval:${requestId}:${personId}`;
export const answerRef = (requestId: string) => `answer:${requestId}`;
export const crisisRef = (crisisId: string, personId: string, at: number) =>
  `crisis:${crisisId}:${personId}:${at}`;

/** Which decision a signature is for; `at` tells a crisis's decisions of one person apart. */
export interface DecisionRef {
  kind: SignedKind;
  requestId: RequestId;
  personId: PersonId;
  at?: number;
}

const refOf = (r: DecisionRef) =>
  r.kind === 'approval'
    ? approvalRef(r.requestId, r.personId)
    : r.kind === 'answer'
      ? answerRef(r.requestId)
      : crisisRef(r.requestId, r.personId, r.at ?? 0);

function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!B64URL.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

// ---------------------------------------------------------------------------------------------
// Keys

export interface KeyPair {
  keyId: string;
  publicKey: string;
  privateKey: CryptoKey;
}

/** A new key pair for one person on this device; the private key can never be exported. */
export async function generateKeyPair(): Promise<KeyPair> {
  const pair = await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
  const raw = await crypto.subtle.exportKey('raw', pair.publicKey);
  const publicKey = toBase64Url(raw);
  return { keyId: await keyIdOf(publicKey), publicKey, privateKey: pair.privateKey };
}

export async function keyIdOf(publicKey: string): Promise<string> {
  return toBase64Url((await sha256(publicKey)).slice(0, 16));
}

function readKey(keyId: string, value: unknown): DeviceKey | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.personId !== 'string' || typeof v.publicKey !== 'string' || !B64URL.test(v.publicKey))
    return null;
  return {
    keyId,
    personId: v.personId as PersonId,
    publicKey: v.publicKey,
    addedAt: typeof v.addedAt === 'number' && Number.isFinite(v.addedAt) ? v.addedAt : 0,
    pending: v.pending === true,
    certifiedBy: typeof v.certifiedBy === 'string' ? v.certifiedBy : null,
    certificate: typeof v.certificate === 'string' ? v.certificate : null,
  };
}

export function readDeviceKeys(doc: Y.Doc, personId?: PersonId): DeviceKey[] {
  const keys: DeviceKey[] = [];
  deviceKeysMap(doc).forEach((value, keyId) => {
    const key = readKey(keyId, value);
    if (key && (personId === undefined || key.personId === personId)) keys.push(key);
  });
  return keys.sort((a, b) => (a.keyId < b.keyId ? -1 : 1));
}

/**
 * Registers this device's public key for a person. It is `pending` when the person already has a
 * key this device does not hold: choosing "Ich bin" someone gives no power to decide in their name.
 */
export function registerKey(
  doc: Y.Doc,
  key: Pick<KeyPair, 'keyId' | 'publicKey'>,
  personId: PersonId,
  now = Date.now(),
): { pending: boolean } {
  const pending = readDeviceKeys(doc, personId).some((k) => k.keyId !== key.keyId);
  doc.transact(() => {
    deviceKeysMap(doc).set(key.keyId, {
      personId,
      publicKey: key.publicKey,
      addedAt: now,
      ...(pending ? { pending: true } : {}),
    });
  }, LOCAL_ORIGIN);
  return { pending };
}

const certificatePayload = (key: DeviceKey) => `certify|${key.keyId}|${key.personId}|${key.publicKey}`;

/** A trusted device of the person confirms another of their devices (a new laptop). */
export async function certifyKey(doc: Y.Doc, signer: KeyPair, keyId: string): Promise<void> {
  const key = readKey(keyId, deviceKeysMap(doc).get(keyId));
  if (!key) throw new Error(`No key ${keyId}`);
  const sig = await sign(signer.privateKey, certificatePayload(key));
  doc.transact(() => {
    deviceKeysMap(doc).set(keyId, {
      personId: key.personId,
      publicKey: key.publicKey,
      addedAt: key.addedAt,
      certifiedBy: signer.keyId,
      certificate: sig,
    });
  }, LOCAL_ORIGIN);
}

async function sign(privateKey: CryptoKey, payload: string): Promise<string> {
  return toBase64Url(await crypto.subtle.sign(SIGN, privateKey, new TextEncoder().encode(payload)));
}

async function verify(publicKey: string, sig: string, payload: string): Promise<boolean> {
  const raw = fromBase64Url(publicKey);
  const signature = fromBase64Url(sig);
  if (!raw || !signature) return false;
  try {
    const key = await crypto.subtle.importKey('raw', raw, ECDSA, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, signature, new TextEncoder().encode(payload));
  } catch {
    return false;
  }
}

export interface Trust {
  /** Key ids trusted for the person on this device. */
  trusted: Set<string>;
  /** The anchor found when nothing was pinned (the caller pins it), else null. */
  anchor: string | null;
  /** More than one key claims to be the person's first: none of them is trusted. */
  conflict: boolean;
}

/** The keys of `personId` this device trusts, given what it pinned (see the header comment). */
export async function trustedKeys(
  doc: Y.Doc,
  personId: PersonId,
  pinned: ReadonlySet<string>,
): Promise<Trust> {
  const keys = readDeviceKeys(doc, personId);
  const trusted = new Set(keys.filter((k) => pinned.has(k.keyId)).map((k) => k.keyId));
  let anchor: string | null = null;
  let conflict = false;
  if (trusted.size === 0) {
    const anchors = keys.filter((k) => !k.pending && k.certifiedBy === null);
    if (anchors.length === 1) {
      anchor = anchors[0]!.keyId;
      trusted.add(anchor);
    } else conflict = anchors.length > 1;
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const key of keys) {
      if (trusted.has(key.keyId) || !key.certifiedBy || !key.certificate || !trusted.has(key.certifiedBy))
        continue;
      const signer = keys.find((k) => k.keyId === key.certifiedBy)!;
      if (await verify(signer.publicKey, key.certificate, certificatePayload(key))) {
        trusted.add(key.keyId);
        grew = true;
      }
    }
  }
  return { trusted, anchor, conflict };
}

// ---------------------------------------------------------------------------------------------
// Decisions

/** SHA-256 over what an approval approves: the card's title, slot and brief. '' for no card. */
export async function cardFingerprint(doc: Y.Doc, cardId: CardId): Promise<string> {
  const value = cardsMap(doc).get(cardId);
  if (value === undefined) return '';
  const card = readCard(cardId, value);
  const body = value instanceof Y.Map ? value.get('body') : undefined;
  const brief = body instanceof Y.Text ? body.toString() : '';
  // The card's files by hash (attachments.ts), only when it has any: older fingerprints stay valid.
  const files = cardFileHashes(doc, cardId);
  const content = [card.title, card.slot ?? null, brief, ...(files.length > 0 ? [files] : [])];
  return toBase64Url(await sha256(JSON.stringify(content)));
}

/** SHA-256 over the canonical approved content (approvedContent.ts). '' for no card. */
export async function contentFingerprint(doc: Y.Doc, cardId: CardId): Promise<string> {
  const content = approvedContent(doc, cardId);
  return content ? toBase64Url(await sha256(canonicalContent(content))) : '';
}

type Signed = Omit<SignatureRecord, 'sig' | 'keyId' | 'contentFingerprint' | 'contentSig'>;

const payloadOf = (r: Signed) =>
  JSON.stringify([
    'sendeplan-decision-1',
    r.kind,
    r.requestId,
    r.cardId,
    r.personId,
    r.decision,
    r.comment,
    r.at,
    r.fingerprint,
  ]);

/** The payload of the second signature: the first one's fields and the content's fingerprint. */
const contentPayloadOf = (r: Signed, content: string) =>
  JSON.stringify(['sendeplan-decision-2', payloadOf(r), content]);

/** Signs a decision before it is written; the record goes into the same transaction as it. */
export async function signDecision(
  doc: Y.Doc,
  key: KeyPair,
  decision: Omit<Signed, 'fingerprint'>,
): Promise<SignatureRecord> {
  const signed = { ...decision, fingerprint: await cardFingerprint(doc, decision.cardId) };
  const content = await contentFingerprint(doc, decision.cardId);
  return {
    ...signed,
    keyId: key.keyId,
    sig: await sign(key.privateKey, payloadOf(signed)),
    contentFingerprint: content,
    contentSig: await sign(key.privateKey, contentPayloadOf(signed, content)),
  };
}

/**
 * Signs a decision written into a crisis log (meetings.ts addDecision): its text as written down,
 * who and when. Written in the decision's own transaction.
 */
export async function signCrisisDecision(
  key: KeyPair,
  decision: { crisisId: string; personId: PersonId; text: string; at: number },
): Promise<SignatureRecord> {
  const signed: Signed = {
    kind: 'crisis',
    requestId: decision.crisisId as RequestId,
    cardId: '' as CardId,
    personId: decision.personId,
    decision: decision.text,
    comment: '',
    at: decision.at,
    fingerprint: '',
  };
  return { ...signed, keyId: key.keyId, sig: await sign(key.privateKey, payloadOf(signed)) };
}

/** Writes a signature record; called inside the decision's transaction (requests.ts, meetings.ts). */
export function writeSignature(doc: Y.Doc, record: SignatureRecord): void {
  signaturesMap(doc).set(refOf(record), { ...record });
}

function readSignature(value: unknown): SignatureRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const strings = [
    'keyId',
    'personId',
    'kind',
    'requestId',
    'cardId',
    'decision',
    'comment',
    'fingerprint',
    'sig',
  ];
  if (!strings.every((field) => typeof v[field] === 'string')) return null;
  if (typeof v.at !== 'number' || (v.kind !== 'approval' && v.kind !== 'answer' && v.kind !== 'crisis'))
    return null;
  const withContent = typeof v.contentFingerprint === 'string' && typeof v.contentSig === 'string';
  const record = Object.fromEntries(strings.map((field) => [field, v[field]]));
  return {
    ...(record as unknown as SignatureRecord),
    at: v.at,
    ...(withContent
      ? { contentFingerprint: v.contentFingerprint as string, contentSig: v.contentSig as string }
      : {}),
  };
}

/** What was decided, as the request in the document says: the signature must cover exactly this. */
function claimedDecision(doc: Y.Doc, ref: DecisionRef) {
  if (ref.kind === 'crisis') {
    const crisis = readMeetings(doc).find((m) => m.id === (ref.requestId as string) && m.kind === 'crisis');
    const decided = crisis?.decisions.find((d) => d.personId === ref.personId && d.at === ref.at);
    if (!decided) return null;
    return { cardId: '' as CardId, decision: decided.text, comment: '', at: decided.at };
  }
  const request = getRequest(doc, ref.requestId);
  if (!request) return null;
  if (ref.kind === 'approval') {
    if (request.kind !== 'approval') return null;
    const decided = request.decisions[ref.personId];
    if (!decided) return null;
    if (request.from?.id === ref.personId) return null;
    return { cardId: request.cardId, decision: decided.decision, comment: decided.comment, at: decided.at };
  }
  if (request.kind === 'approval' || !request.answer || request.answer.by !== ref.personId) return null;
  return {
    cardId: request.cardId,
    decision: request.answer.type,
    comment: request.answer.note,
    at: request.answer.at,
  };
}

/**
 * Whether the decision of `personId` on this request is proven: 'verified', 'changed' (proven, but
 * the card's title, slot or brief changed since) or 'unverified' (no signature, a signature that
 * does not hold, a key not trusted for the person, or a person who may not decide here).
 */
export async function verifyDecision(doc: Y.Doc, ref: DecisionRef, trust: Trust): Promise<Verdict> {
  const claimed = claimedDecision(doc, ref);
  const record = readSignature(signaturesMap(doc).get(refOf(ref)));
  if (!claimed || !record || !trust.trusted.has(record.keyId)) return 'unverified';
  if (
    record.personId !== ref.personId ||
    record.kind !== ref.kind ||
    record.requestId !== ref.requestId ||
    record.cardId !== claimed.cardId ||
    record.decision !== claimed.decision ||
    record.comment !== claimed.comment ||
    record.at !== claimed.at
  )
    return 'unverified';
  const signer = readKey(record.keyId, deviceKeysMap(doc).get(record.keyId));
  if (!signer || signer.personId !== ref.personId) return 'unverified';
  if (ref.kind === 'approval') {
    const value = cardsMap(doc).get(claimed.cardId);
    const card = value === undefined ? undefined : readCard(claimed.cardId, value);
    if (card && (card.ownerId === ref.personId || card.createdBy === ref.personId)) return 'unverified';
  }
  if (!(await verify(signer.publicKey, record.sig, payloadOf(record)))) return 'unverified';
  if (record.contentFingerprint !== undefined && record.contentSig !== undefined) {
    // A decision that signed the whole approved content: any change of it, the copy included, shows.
    const payload = contentPayloadOf(record, record.contentFingerprint);
    if (!(await verify(signer.publicKey, record.contentSig, payload))) return 'unverified';
    return record.contentFingerprint === (await contentFingerprint(doc, claimed.cardId))
      ? 'verified'
      : 'changed';
  }
  return record.fingerprint === (await cardFingerprint(doc, claimed.cardId)) ? 'verified' : 'changed';
}
