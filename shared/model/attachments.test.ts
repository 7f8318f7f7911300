// Files on cards: only their records enter the document, bounded however a peer wrote them.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ATTACHMENTS_PER_CARD,
  FILE_LIMIT_BYTES,
  addAttachment,
  cardAttachments,
  cardFileHashes,
  filesOfPostsBetween,
  readAttachment,
  readAttachments,
  removeAttachment,
} from './attachments';
import { addCard, deleteCard, setArchived } from './cards';
import type { CardId, ChannelId, ColumnId, PersonId } from './ids';
import { scheduleCard } from './slots';
import { createWorkspace } from './workspace';

const HASH = 'ab'.repeat(32);
const ben = 'person-ben' as PersonId;

function workspace() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const card = addCard(doc, { title: 'Teaser', columnId: 'col-ideas' as ColumnId });
  return { doc, card };
}

describe('attachments', () => {
  it('adds a file’s record to a card and reads it back; the same file twice is one', () => {
    const { doc, card } = workspace();
    const input = {
      cardId: card,
      hash: HASH,
      name: 'motiv.png',
      type: 'image/png',
      size: 2048,
      width: 640,
      height: 480,
      by: ben,
    };
    const id = addAttachment(doc, input);
    expect(addAttachment(doc, input)).toBe(id);
    const [one, ...rest] = cardAttachments(readAttachments(doc), card);
    expect(rest).toEqual([]);
    expect(one).toMatchObject({
      id,
      hash: HASH,
      name: 'motiv.png',
      type: 'image/png',
      size: 2048,
      width: 640,
      height: 480,
      by: ben,
    });
    expect(cardFileHashes(doc, card)).toEqual([HASH]);
    removeAttachment(doc, id);
    expect(readAttachments(doc)).toEqual([]);
  });

  it('refuses files over the limit, malformed hashes and unknown cards', () => {
    const { doc, card } = workspace();
    const base = { cardId: card, hash: HASH, name: 'x', type: '', by: null };
    expect(() => addAttachment(doc, { ...base, size: FILE_LIMIT_BYTES + 1 })).toThrow(/tooLarge/);
    expect(() => addAttachment(doc, { ...base, size: 1, hash: 'AB'.repeat(32) })).toThrow(/badHash/);
    expect(() => addAttachment(doc, { ...base, size: 1, cardId: 'card-none' as typeof card })).toThrow(
      /noCard/,
    );
    expect(readAttachments(doc)).toEqual([]);
  });

  it('takes at most ATTACHMENTS_PER_CARD files per card', () => {
    const { doc, card } = workspace();
    for (let i = 0; i < ATTACHMENTS_PER_CARD; i++)
      addAttachment(doc, {
        cardId: card,
        hash: i.toString(16).padStart(64, '0'),
        name: `${i}`,
        type: '',
        size: 1,
        by: null,
      });
    expect(() =>
      addAttachment(doc, { cardId: card, hash: HASH, name: 'zu viel', type: '', size: 1, by: null }),
    ).toThrow(/tooMany/);
  });

  it('reads what a peer wrote defensively: junk is no attachment, odd fields fall back', () => {
    expect(readAttachment('att-1', 'x')).toBeNull();
    expect(readAttachment('att-1', { cardId: 'c', hash: 'nohash', size: 1 })).toBeNull();
    expect(readAttachment('att-1', { cardId: 'c', hash: HASH, size: 1e300 })).toBeNull();
    const odd = readAttachment('att-1', {
      cardId: 'c',
      hash: HASH,
      size: 3,
      name: 'x'.repeat(100_000),
      type: 'text/html"><script>',
      width: -1,
      thumb: 'javascript:alert(1)',
      by: '__proto__?',
      at: 1e300,
    });
    expect(odd).toMatchObject({ type: '', width: null, thumb: null, by: null, at: 0 });
    const bigThumb = readAttachment('att-2', {
      cardId: 'c',
      hash: HASH,
      size: 3,
      thumb: HASH,
      thumbSize: 1e9,
    });
    expect(bigThumb!.thumb).toBeNull();
    expect(odd!.name.length).toBeLessThanOrEqual(300);
  });

  it('keeps concurrent additions from two devices, each file once per card', () => {
    const { doc: a, card } = workspace();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addAttachment(a, { cardId: card, hash: HASH, name: 'a.png', type: 'image/png', size: 1, by: null });
    addAttachment(b, {
      cardId: card,
      hash: 'cd'.repeat(32),
      name: 'b.pdf',
      type: 'application/pdf',
      size: 1,
      by: null,
    });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(cardFileHashes(a, card)).toEqual(cardFileHashes(b, card));
    expect(cardFileHashes(a, card)).toHaveLength(2);
  });

  it('lists the files of the posts scheduled within some days, each file once, without archived posts', () => {
    const { doc, card } = workspace();
    const column = 'col-ideas' as ColumnId;
    const [later, archived, unscheduled, other] = ['Später', 'Archiv', 'Ohne Termin', 'Zweite'].map((title) =>
      addCard(doc, { title, columnId: column }),
    ) as [CardId, CardId, CardId, CardId];
    const slot = (date: string) => ({ date, time: '09:00', channelId: 'channel-x' as ChannelId });
    scheduleCard(doc, card, slot('2026-12-08'));
    scheduleCard(doc, other, slot('2026-12-11'));
    scheduleCard(doc, later, slot('2026-12-12'));
    scheduleCard(doc, archived, slot('2026-12-09'));
    setArchived(doc, archived, true);
    const file = (cardId: CardId, byte: string, name: string) =>
      addAttachment(doc, { cardId, hash: byte.repeat(32), name, type: 'image/png', size: 10, by: ben });
    file(card, 'ab', 'motiv.png');
    file(card, 'cd', 'zweites.png');
    file(other, 'ab', 'motiv-kopie.png');
    file(later, 'ef', 'spaeter.png');
    file(archived, '12', 'archiv.png');
    file(unscheduled, '34', 'ohne.png');
    // A record naming a card that is gone is skipped.
    const gone = addCard(doc, { title: 'Gelöscht', columnId: column });
    scheduleCard(doc, gone, slot('2026-12-09'));
    file(gone, '56', 'weg.png');
    deleteCard(doc, gone);
    expect(readAttachments(doc).some((a) => a.cardId === gone)).toBe(true);
    const ahead = filesOfPostsBetween(doc, '2026-12-08', '2026-12-11');
    expect(ahead.map((a) => a.hash).sort()).toEqual(['ab'.repeat(32), 'cd'.repeat(32)]);
    expect(filesOfPostsBetween(doc, '2026-12-12', '2026-12-12').map((a) => a.name)).toEqual(['spaeter.png']);
    expect(filesOfPostsBetween(doc, '2027-01-01', '2027-01-04')).toEqual([]);
  });
});
