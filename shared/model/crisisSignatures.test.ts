// Decisions of a crisis log are signed like approvals: what verifies, and what a forger with the
// workspace secret but not the person's key can try.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from './doc';
import type { PersonId } from './ids';
import type { RequestId } from './schema';
import { addDecision, meetingsMap, readMeetings, startMeeting, type MeetingId } from './meetings';
import { addPerson } from './people';
import {
  crisisRef,
  generateKeyPair,
  registerKey,
  signaturesMap,
  signCrisisDecision,
  trustedKeys,
  verifyDecision,
} from './signatures';
import { createWorkspace } from './workspace';

const NONE = new Set<string>();
const AT = Date.UTC(2026, 11, 7, 9, 30);

async function crisis() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const lena = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  const sabine = addPerson(doc, { name: 'Sabine Krüger', role: 'press' });
  const lenaKey = await generateKeyPair();
  const sabineKey = await generateKeyPair();
  registerKey(doc, lenaKey, lena);
  registerKey(doc, sabineKey, sabine);
  const id = startMeeting(doc, 'Lena Hoffmann', AT - 60_000, { reason: 'Shitstorm zur Rückrufaktion' });
  return { doc, lena, sabine, lenaKey, sabineKey, id };
}

async function verdictOf(doc: Y.Doc, id: MeetingId, personId: PersonId, at = AT) {
  const trust = await trustedKeys(doc, personId, NONE);
  return verifyDecision(doc, { kind: 'crisis', requestId: id as string as RequestId, personId, at }, trust);
}

/** What a client with the secret can write without a key: a decision in someone's name. */
function writeRaw(doc: Y.Doc, id: MeetingId, decision: object) {
  doc.transact(() => {
    const decisions = (meetingsMap(doc).get(id) as Y.Map<unknown>).get('decisions') as Y.Array<unknown>;
    decisions.push([decision]);
  }, LOCAL_ORIGIN);
}

describe('signed crisis decisions', () => {
  it('a decision signed on its author’s device verifies on every copy, and names its author', async () => {
    const c = await crisis();
    const text = 'Alle Posts bis 14 Uhr angehalten; Haltungsstatement kommt von der Pressestelle.';
    const signed = await signCrisisDecision(c.sabineKey, {
      crisisId: c.id,
      personId: c.sabine,
      text,
      at: AT,
    });
    addDecision(c.doc, c.id, `  ${text} `, 'Sabine Krüger', AT, signed);
    expect(readMeetings(c.doc)[0]!.decisions).toEqual([
      { text, name: 'Sabine Krüger', at: AT, personId: c.sabine },
    ]);
    expect(signaturesMap(c.doc).has(crisisRef(c.id, c.sabine, AT))).toBe(true);
    expect(await verdictOf(c.doc, c.id, c.sabine)).toBe('verified');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(c.doc));
    expect(await verdictOf(copy, c.id, c.sabine)).toBe('verified');
  });

  it('a decision written in someone’s name without their key is not confirmed', async () => {
    const c = await crisis();
    writeRaw(c.doc, c.id, {
      text: 'Wir entschuldigen uns öffentlich.',
      n: 'Sabine Krüger',
      at: AT,
      p: c.sabine,
    });
    expect(await verdictOf(c.doc, c.id, c.sabine)).toBe('unverified');
    // Signed with another person's key, claiming to be hers.
    const forged = await signCrisisDecision(c.lenaKey, {
      crisisId: c.id,
      personId: c.sabine,
      text: 'Wir entschuldigen uns öffentlich.',
      at: AT,
    });
    c.doc.transact(
      () => signaturesMap(c.doc).set(crisisRef(c.id, c.sabine, AT), { ...forged }),
      LOCAL_ORIGIN,
    );
    expect(await verdictOf(c.doc, c.id, c.sabine)).toBe('unverified');
  });

  it('a real signature does not carry over to another text, time or crisis', async () => {
    const c = await crisis();
    const text = 'Keine Stellungnahme vor 12 Uhr.';
    const signed = await signCrisisDecision(c.sabineKey, {
      crisisId: c.id,
      personId: c.sabine,
      text,
      at: AT,
    });
    // The signature of one decision, beside a decision with another text under the same person and time.
    writeRaw(c.doc, c.id, { text: 'Stellungnahme sofort.', n: 'Sabine Krüger', at: AT, p: c.sabine });
    c.doc.transact(
      () => signaturesMap(c.doc).set(crisisRef(c.id, c.sabine, AT), { ...signed }),
      LOCAL_ORIGIN,
    );
    expect(await verdictOf(c.doc, c.id, c.sabine)).toBe('unverified');

    // The same signature moved to another time, and to another crisis.
    writeRaw(c.doc, c.id, { text, n: 'Sabine Krüger', at: AT + 1000, p: c.sabine });
    c.doc.transact(
      () => signaturesMap(c.doc).set(crisisRef(c.id, c.sabine, AT + 1000), { ...signed }),
      LOCAL_ORIGIN,
    );
    expect(await verdictOf(c.doc, c.id, c.sabine, AT + 1000)).toBe('unverified');
    const other = startMeeting(c.doc, 'Lena Hoffmann', AT, { reason: 'Zweite Welle' });
    expect(other).toBe(c.id); // one crisis runs at a time: a forger writes a second one by hand
    const second = 'k-zweite' as MeetingId;
    c.doc.transact(() => {
      const record = new Y.Map<unknown>();
      meetingsMap(c.doc).set(second, record);
      record.set('kind', 'crisis');
      record.set('startedAt', AT - 1000);
      record.set('decisions', Y.Array.from([{ text, n: 'Sabine Krüger', at: AT, p: c.sabine }]));
      signaturesMap(c.doc).set(crisisRef(second, c.sabine, AT), { ...signed });
    }, LOCAL_ORIGIN);
    expect(await verdictOf(c.doc, second, c.sabine)).toBe('unverified');
    // The original, signed and written together, still verifies.
    addDecision(c.doc, c.id, text, 'Sabine Krüger', AT + 5000, {
      ...(await signCrisisDecision(c.sabineKey, { crisisId: c.id, personId: c.sabine, text, at: AT + 5000 })),
    });
    expect(await verdictOf(c.doc, c.id, c.sabine, AT + 5000)).toBe('verified');
  });

  it('a device that chose "Ich bin" someone without their key signs nothing that verifies', async () => {
    const c = await crisis();
    const stranger = await generateKeyPair();
    expect(registerKey(c.doc, stranger, c.sabine).pending).toBe(true);
    const text = 'Kommentare schließen.';
    addDecision(
      c.doc,
      c.id,
      text,
      'Sabine Krüger',
      AT,
      await signCrisisDecision(stranger, { crisisId: c.id, personId: c.sabine, text, at: AT }),
    );
    expect(await verdictOf(c.doc, c.id, c.sabine)).toBe('unverified');
  });
});
