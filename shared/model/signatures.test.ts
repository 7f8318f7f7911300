// Signed decisions: what verifies, and every way a forger with the workspace secret might try.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAttachment, removeAttachment } from './attachments';
import { addCard, updateCard } from './cards';
import type { ColumnId, PersonId } from './ids';
import { addPerson } from './people';
import { answerRequest, decideApproval, requestApproval, requestInput } from './requests';
import {
  certifyKey,
  deviceKeysMap,
  generateKeyPair,
  registerKey,
  signDecision,
  signaturesMap,
  trustedKeys,
  verifyDecision,
  type KeyPair,
} from './signatures';
import { createWorkspace } from './workspace';

const REVIEW = 'col-review' as ColumnId;
const NONE = new Set<string>();

async function team() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  const sabine = addPerson(doc, { name: 'Sabine Krüger', role: 'press' });
  const card = addCard(doc, {
    title: 'Haltung zur Rückrufaktion',
    columnId: REVIEW,
    ownerId: lena,
    createdBy: lena,
  });
  const lenaKey = await generateKeyPair();
  const sabineKey = await generateKeyPair();
  registerKey(doc, lenaKey, lena);
  registerKey(doc, sabineKey, sabine);
  const request = requestApproval(doc, { cardId: card, approverIds: [sabine], fromId: lena, dueDate: null });
  return { doc, lena, sabine, card, lenaKey, sabineKey, request };
}

type Team = Awaited<ReturnType<typeof team>>;

async function approve(t: Team, by: PersonId, key: KeyPair | null, comment = 'Passt so.') {
  const now = 5000;
  const signature = key
    ? await signDecision(t.doc, key, {
        kind: 'approval',
        requestId: t.request,
        cardId: t.card,
        personId: by,
        decision: 'approved',
        comment,
        at: now,
      })
    : undefined;
  decideApproval(t.doc, t.request, { by, decision: 'approved', comment, now, signature });
}

async function verdict(t: Team, pinned: ReadonlySet<string> = NONE) {
  const trust = await trustedKeys(t.doc, t.sabine, pinned);
  return verifyDecision(t.doc, { kind: 'approval', requestId: t.request, personId: t.sabine }, trust);
}

describe('signed approvals', () => {
  it('an approval signed on the approver’s device verifies on every copy of the document', async () => {
    const t = await team();
    await approve(t, t.sabine, t.sabineKey);
    expect(await verdict(t)).toBe('verified');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(t.doc));
    const trust = await trustedKeys(copy, t.sabine, NONE);
    expect(
      await verifyDecision(copy, { kind: 'approval', requestId: t.request, personId: t.sabine }, trust),
    ).toBe('verified');
  });

  it('an approval written without the approver’s key is not confirmed', async () => {
    const t = await team();
    await approve(t, t.sabine, null);
    expect(await verdict(t)).toBe('unverified');
  });

  it('choosing "Ich bin" the approver on another device registers a pending key that proves nothing', async () => {
    const t = await team();
    const intruder = await generateKeyPair();
    expect(registerKey(t.doc, intruder, t.sabine)).toEqual({ pending: true });
    await approve(t, t.sabine, intruder);
    expect(await verdict(t)).toBe('unverified');
  });

  it('a second key written as if it were the first: a device that pinned the real one keeps it, one that did not trusts neither', async () => {
    const t = await team();
    const intruder = await generateKeyPair();
    deviceKeysMap(t.doc).set(intruder.keyId, {
      personId: t.sabine,
      publicKey: intruder.publicKey,
      addedAt: 1,
    });
    await approve(t, t.sabine, intruder);
    expect(await verdict(t)).toBe('unverified');
    expect(await verdict(t, new Set([t.sabineKey.keyId]))).toBe('unverified');
    expect((await trustedKeys(t.doc, t.sabine, NONE)).conflict).toBe(true);
  });

  it('a real signature does not carry over to another decision, comment or time', async () => {
    const t = await team();
    await approve(t, t.sabine, t.sabineKey);
    const decisions = (t.doc.getMap('requests').get(t.request) as Y.Map<unknown>).get(
      'decisions',
    ) as Y.Map<unknown>;
    decisions.set(t.sabine, { decision: 'approved', comment: 'Freigegeben ohne Einschränkung', at: 5000 });
    expect(await verdict(t)).toBe('unverified');
    decisions.set(t.sabine, { decision: 'approved', comment: 'Passt so.', at: 6000 });
    expect(await verdict(t)).toBe('unverified');
    decisions.set(t.sabine, { decision: 'approved', comment: 'Passt so.', at: 5000 });
    expect(await verdict(t)).toBe('verified');
    const record = signaturesMap(t.doc).get(`approval:${t.request}:${t.sabine}`) as Record<string, unknown>;
    signaturesMap(t.doc).set(`approval:${t.request}:${t.sabine}`, {
      ...record,
      sig: `${record.sig as string}A`,
    });
    expect(await verdict(t)).toBe('unverified');
  });

  it('says when the card changed after the approval', async () => {
    const t = await team();
    await approve(t, t.sabine, t.sabineKey);
    updateCard(t.doc, t.card, { title: 'Haltung zur Rückrufaktion (neu)' });
    expect(await verdict(t)).toBe('changed');
  });

  it('covers the card’s files: swapping the picture after the approval is a change after it', async () => {
    const t = await team();
    const first = addAttachment(t.doc, {
      cardId: t.card,
      hash: 'a'.repeat(64),
      name: 'a.png',
      type: 'image/png',
      size: 1,
      by: t.lena,
    });
    await approve(t, t.sabine, t.sabineKey);
    expect(await verdict(t)).toBe('verified');
    removeAttachment(t.doc, first);
    addAttachment(t.doc, {
      cardId: t.card,
      hash: 'b'.repeat(64),
      name: 'a.png',
      type: 'image/png',
      size: 1,
      by: t.lena,
    });
    expect(await verdict(t)).toBe('changed');
  });

  it('refuses self-approval when verifying too: the card’s owner signing for themselves proves nothing', async () => {
    const t = await team();
    // Written past decideApproval's own check, as a modified client would.
    const record = t.doc.getMap('requests').get(t.request) as Y.Map<unknown>;
    const approvers = record.get('approvers') as unknown[];
    record.set('approvers', [...approvers, { id: t.lena, name: 'Lena Hoffmann' }]);
    const signature = await signDecision(t.doc, t.lenaKey, {
      kind: 'approval',
      requestId: t.request,
      cardId: t.card,
      personId: t.lena,
      decision: 'approved',
      comment: '',
      at: 7000,
    });
    (record.get('decisions') as Y.Map<unknown>).set(t.lena, { decision: 'approved', comment: '', at: 7000 });
    signaturesMap(t.doc).set(`approval:${t.request}:${t.lena}`, signature);
    const trust = await trustedKeys(t.doc, t.lena, NONE);
    expect(trust.trusted.has(t.lenaKey.keyId)).toBe(true);
    expect(
      await verifyDecision(t.doc, { kind: 'approval', requestId: t.request, personId: t.lena }, trust),
    ).toBe('unverified');
  });

  it('a further device of the approver, confirmed by the first, decides with proof', async () => {
    const t = await team();
    const laptop = await generateKeyPair();
    registerKey(t.doc, laptop, t.sabine);
    await certifyKey(t.doc, t.sabineKey, laptop.keyId);
    await approve(t, t.sabine, laptop);
    expect(await verdict(t, new Set([t.sabineKey.keyId]))).toBe('verified');
    // A certificate by a key that is not trusted for her counts for nothing.
    const stranger = await generateKeyPair();
    const other = await generateKeyPair();
    registerKey(t.doc, stranger, t.sabine);
    registerKey(t.doc, other, t.sabine);
    await certifyKey(t.doc, stranger, other.keyId);
    const trust = await trustedKeys(t.doc, t.sabine, new Set([t.sabineKey.keyId]));
    expect(trust.trusted.has(other.keyId)).toBe(false);
  });

  it('a declined input is signed by its recipient', async () => {
    const t = await team();
    const input = requestInput(t.doc, {
      cardId: t.card,
      kind: 'info',
      what: 'Zahlen',
      why: 'Für den Post',
      toId: t.sabine,
      fromId: t.lena,
      dueDate: null,
    });
    const signature = await signDecision(t.doc, t.sabineKey, {
      kind: 'answer',
      requestId: input,
      cardId: t.card,
      personId: t.sabine,
      decision: 'declined',
      comment: 'Keine Freigabe durch die Rechtsabteilung',
      at: 9000,
    });
    answerRequest(t.doc, input, {
      type: 'declined',
      by: t.sabine,
      note: 'Keine Freigabe durch die Rechtsabteilung',
      now: 9000,
      signature,
    });
    const trust = await trustedKeys(t.doc, t.sabine, NONE);
    expect(await verifyDecision(t.doc, { kind: 'answer', requestId: input, personId: t.sabine }, trust)).toBe(
      'verified',
    );
  });
});
