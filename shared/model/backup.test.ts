import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { crc32 } from '../crc32';
import type { Invite } from '../invite';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  readBackup,
  restoreInto,
  writeBackup,
  type BackupReading,
} from './backup';
import { absencesMap, addAbsence, readAbsences } from './absences';
import { deleteCard, readCards, updateCard } from './cards';
import { readChannels } from './channels';
import { metaMap } from './doc';
import { readPeople } from './people';
import { planOfCard, scheduleWithProcess } from './processPlan';
import { processesMap, readProcesses } from './processes';
import { readRequests } from './requestReads';
import { fillExamplePlan } from './sample';
import { createSeries, readSeries, seriesMap } from './series';
import { createWorkspace, readMeta } from './workspace';

const INVITE: Invite = {
  room: 'Rm4kQ2vX9pLs7TzY',
  secret: 'S3cr3t-S3cr3t-S3cr3t-S3cr3t-xyz',
  name: 'Stadtwerke Musterstadt',
  hubs: ['wss://hub.stadtwerke.example/sendeplan'],
};
const SAVED = Date.UTC(2026, 10, 30, 8, 30);

function examplePlan(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Stadtwerke Musterstadt' });
  fillExamplePlan(doc, null);
  return doc;
}

const reading = (doc: Y.Doc) => readBackup(writeBackup(doc, INVITE, SAVED));
const errorOf = (result: BackupReading) => (result.ok ? 'ok' : result.error);

/** The file of a backup with some of its fields replaced. */
function edited(doc: Y.Doc, change: (file: { [key: string]: unknown }) => void): string {
  const file = JSON.parse(writeBackup(doc, INVITE, SAVED)) as { [key: string]: unknown };
  change(file);
  return JSON.stringify(file);
}

describe('backups', () => {
  it('bring back the whole workspace and how to rejoin it', () => {
    const original = examplePlan();
    const result = reading(original);
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.invite).toEqual(INVITE);
    expect(result.backup.savedAt).toBe(SAVED);
    expect(result.backup.contents).toEqual({
      name: 'Stadtwerke Musterstadt',
      cards: 20,
      channels: 5,
      people: 5,
    });

    const restored = new Y.Doc();
    expect(restoreInto(restored, result.backup)).toBe('current');
    expect(readCards(restored)).toEqual(readCards(original));
    expect(readMeta(restored)).toEqual(readMeta(original));
    expect(Y.encodeStateVector(restored)).toEqual(Y.encodeStateVector(original));
  });

  it('bring back the team’s processes, absences and series, and the steps planned by them', () => {
    const original = examplePlan();
    const [anna, ben, carla] = readPeople(original);
    const channel = readChannels(original)[0]!;
    addAbsence(original, {
      personId: ben!.id,
      kind: 'travel',
      from: '2027-03-08',
      to: '2027-03-12',
      standInId: carla!.id,
      now: SAVED,
    });
    const process = readProcesses(original).find((p) => p.name === 'Kundenservice-Hinweis')!;
    const { cardIds } = createSeries(
      original,
      {
        name: '#FragDenService',
        channelId: channel.id,
        weekday: 2,
        time: '10:00',
        title: '',
        weeks: 4,
        processId: process.id,
      },
      { date: '2027-03-01', time: '09:00' },
      SAVED,
    );
    const card = readCards(original).find((c) => !c.slot)!;
    scheduleWithProcess(
      original,
      card.id,
      { date: '2027-03-19', time: '10:00', channelId: channel.id },
      anna!.id,
      SAVED,
    );
    const result = reading(original);
    if (!result.ok) throw new Error(result.error);

    const restored = new Y.Doc();
    restoreInto(restored, result.backup);
    expect(readProcesses(restored)).toEqual(readProcesses(original));
    expect(readProcesses(restored).map((p) => p.name)).toContain('Produktpost');
    expect(readAbsences(restored)).toEqual(readAbsences(original));
    expect(readAbsences(restored)).toHaveLength(1);
    expect(readSeries(restored)).toEqual(readSeries(original));
    expect(readCards(restored).filter((c) => cardIds.includes(c.id))).toHaveLength(4);
    expect(readRequests(restored)).toEqual(readRequests(original));
    expect(planOfCard(restored, card.id, SAVED)).toEqual(planOfCard(original, card.id, SAVED));
  });

  it('restore a backup whose processes, absences and series are junk without failing, reading what is sound', () => {
    const original = examplePlan();
    const sound = readProcesses(original);
    original.transact(() => {
      processesMap(original).set('pr-junk', { name: 42, steps: 'none' });
      absencesMap(original).set('a-junk', { personId: 7, from: '2027-13-40' });
      seriesMap(original).set('sr-junk', [1, 2, 3]);
    });
    const result = reading(original);
    if (!result.ok) throw new Error(result.error);
    const restored = new Y.Doc();
    expect(restoreInto(restored, result.backup)).toBe('current');
    expect(readProcesses(restored).map((p) => p.id)).toEqual(expect.arrayContaining(sound.map((p) => p.id)));
    expect(readAbsences(restored)).toEqual([]);
    expect(readSeries(restored)).toEqual([]);
  });

  it('merge into a workspace that changed since: later changes and deletions stay, nothing is lost', () => {
    const doc = examplePlan();
    const result = reading(doc);
    if (!result.ok) throw new Error(result.error);
    const [first, second] = readCards(doc);
    deleteCard(doc, first!.id);
    updateCard(doc, second!.id, { title: 'Nach der Sicherung umbenannt' });
    const before = readCards(doc);

    restoreInto(doc, result.backup);
    expect(readCards(doc)).toEqual(before);
    expect(readCards(doc).find((c) => c.id === first!.id)).toBeUndefined();
    expect(readCards(doc).find((c) => c.id === second!.id)?.title).toBe('Nach der Sicherung umbenannt');
  });

  it('refuse what is not a backup, with the reason', () => {
    const doc = examplePlan();
    for (const text of ['', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', '{}', '[]', 'null', '"sendeplan"'])
      expect(errorOf(readBackup(text)), text).toBe('notBackup');
    expect(errorOf(readBackup(edited(doc, (f) => (f.format = 'other-app'))))).toBe('notBackup');
  });

  it('refuse a backup of a newer Sendeplan, of its file format or of its document', () => {
    const doc = examplePlan();
    expect(errorOf(readBackup(edited(doc, (f) => (f.version = 2))))).toBe('newerVersion');
    metaMap(doc).set('schemaVersion', 99);
    expect(errorOf(reading(doc))).toBe('newerVersion');
  });

  it('refuse a backup without a workspace', () => {
    expect(errorOf(reading(new Y.Doc()))).toBe('noWorkspace');
  });

  it('refuse damaged backups', () => {
    const doc = examplePlan();
    const damaged = [
      edited(doc, (f) => delete f.version),
      edited(doc, (f) => (f.invite = 'sendeplan1.kaputt')),
      edited(doc, (f) => (f.savedAt = 'gestern')),
      edited(doc, (f) => (f.state = '%%% kein base64 %%%')),
      edited(doc, (f) => (f.bytes = (f.bytes as number) - 1)),
      edited(doc, (f) => (f.state = (f.state as string).slice(0, 4000))),
      // A whole update that refers to parts it lacks: the second half of a document's history.
      edited(doc, (f) => {
        const later = new Y.Doc();
        Y.applyUpdate(later, Y.encodeStateAsUpdate(doc));
        const vector = Y.encodeStateVector(later);
        updateCard(later, readCards(later)[0]!.id, { title: 'später' });
        const part = Y.encodeStateAsUpdate(later, vector);
        f.state = btoa(String.fromCharCode(...part));
        f.bytes = part.length;
        f.crc32 = crc32(part);
      }),
    ];
    for (const text of damaged) expect(errorOf(readBackup(text))).toBe('damaged');
  });

  it('never throw and never pass on a cut or changed file as whole', () => {
    const doc = examplePlan();
    const text = writeBackup(doc, INVITE, SAVED);
    const { state } = JSON.parse(text) as { state: string };
    const bytes = Uint8Array.from(atob(state), (c) => c.charCodeAt(0));
    fc.assert(
      fc.property(fc.nat(text.trimEnd().length - 1), (cut) => {
        expect(readBackup(text.slice(0, cut)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    // A changed byte of the state, even one that still decodes: refused by its checksum.
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = bytes.slice();
        changed[at]! ^= flip;
        const file = edited(doc, (f) => (f.state = btoa(String.fromCharCode(...changed))));
        expect(errorOf(readBackup(file))).toBe('damaged');
      }),
      { numRuns: 200 },
    );
  });
});

describe('a backup with a passphrase', () => {
  const plain = () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Redaktion' });
    return writeBackup(
      doc,
      { room: 'r'.repeat(22), secret: 's'.repeat(43), name: 'Redaktion', hubs: [] },
      1000,
    );
  };

  it('round-trips with the right passphrase and shows nothing of the workspace in the file', async () => {
    const text = plain();
    const sealed = await encryptBackup(text, 'Korrekt Pferd Batterie Heftklammer');
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(isEncryptedBackup(text)).toBe(false);
    expect(sealed).not.toContain('Redaktion');
    expect(sealed).not.toContain('s'.repeat(20));
    expect(await decryptBackup(sealed, 'Korrekt Pferd Batterie Heftklammer')).toEqual({ ok: true, text });
  });

  it('refuses a wrong passphrase', async () => {
    const sealed = await encryptBackup(plain(), 'richtig');
    expect(await decryptBackup(sealed, 'falsch')).toEqual({ ok: false, error: 'wrongPassphrase' });
    expect(await decryptBackup(sealed, '')).toEqual({ ok: false, error: 'wrongPassphrase' });
  });

  it('refuses a file changed anywhere: in the ciphertext, the IV or the header', async () => {
    const sealed = JSON.parse(await encryptBackup(plain(), 'richtig')) as {
      data: string;
      cipher: { iv: string };
      kdf: { iterations: number };
    };
    const flip = (b64: string) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      bytes[Math.floor(bytes.length / 2)]! ^= 1;
      return btoa(String.fromCharCode(...bytes));
    };
    const variants = [
      { ...sealed, data: flip(sealed.data) },
      { ...sealed, cipher: { ...sealed.cipher, iv: flip(sealed.cipher.iv) } },
      { ...sealed, kdf: { ...sealed.kdf, iterations: sealed.kdf.iterations + 1 } },
    ];
    for (const variant of variants)
      expect(await decryptBackup(JSON.stringify(variant), 'richtig')).toEqual({
        ok: false,
        error: 'wrongPassphrase',
      });
    expect(
      await decryptBackup(JSON.stringify({ ...sealed, kdf: { ...sealed.kdf, iterations: 1e9 } }), 'richtig'),
    ).toEqual({ ok: false, error: 'damaged' });
    expect(await decryptBackup('{"format":"sendeplan-backup-encrypted"}', 'richtig')).toEqual({
      ok: false,
      error: 'damaged',
    });
    expect(await decryptBackup('kein JSON', 'richtig')).toEqual({ ok: false, error: 'damaged' });
  });
});
