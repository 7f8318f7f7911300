import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { approvalRecordIds } from './approvalIndex';
import { addCard } from './cards';
import { readColumns } from './columns';
import { change, LOCAL_ORIGIN } from './doc';
import type { CardId, PersonId } from './ids';
import { addPerson } from './people';
import { requestApproval, requestInput } from './requests';
import { createWorkspace } from './workspace';

/** What a full scan of the requests gives: the ids of the approval records of a card. */
function scanned(doc: Y.Doc, cardId: string): string[] {
  const ids: string[] = [];
  doc.getMap<unknown>('requests').forEach((value, id) => {
    if (value instanceof Y.Map && value.get('kind') === 'approval' && value.get('cardId') === cardId)
      ids.push(id);
  });
  return ids.sort();
}

function expectIndexMatchesScan(doc: Y.Doc, cards: readonly CardId[]) {
  for (const card of [...cards, 'card-none' as CardId])
    expect([...approvalRecordIds(doc, card)].sort(), card).toEqual(scanned(doc, card));
}

function workspace() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Index' });
  const columnId = readColumns(doc)[0]!.id;
  const lena = addPerson(doc, { name: 'Lena', role: 'social' });
  const ben = addPerson(doc, { name: 'Ben', role: 'press' });
  const cards = [0, 1, 2].map((i) => addCard(doc, { title: `Karte ${i}`, columnId, ownerId: lena }));
  return { doc, cards, lena, ben };
}

const approval = (doc: Y.Doc, cardId: CardId, from: PersonId, approver: PersonId) =>
  requestApproval(doc, { cardId, approverIds: [approver], fromId: from, dueDate: null });

describe('approvalIndex', () => {
  it('lists the approvals of a card as they are added, also several in one transaction', () => {
    const { doc, cards, lena, ben } = workspace();
    const [a, b] = cards as [CardId, CardId];
    expect(approvalRecordIds(doc, a)).toEqual([]);
    const first = approval(doc, a, lena, ben);
    expect(approvalRecordIds(doc, a)).toEqual([first]);
    let inside: readonly string[] = [];
    change(doc, () => {
      const second = approval(doc, a, lena, ben);
      approval(doc, b, lena, ben);
      // Inside the transaction, before any observer ran.
      inside = approvalRecordIds(doc, a);
      expect([...inside].sort()).toEqual([first, second].sort());
    });
    requestInput(doc, {
      cardId: a,
      kind: 'visual',
      what: 'Foto',
      why: 'Für den Post',
      toId: ben,
      fromId: lena,
      dueDate: null,
    });
    expectIndexMatchesScan(doc, cards);
  });

  it('follows remote updates, undo and records a peer damaged, moved to another card or removed', () => {
    const { doc, cards, lena, ben } = workspace();
    const [a, b] = cards as [CardId, CardId];
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const undo = new Y.UndoManager(doc.getMap('requests'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    const local = approval(doc, a, lena, ben);
    const remote = approval(peer, b, lena, ben);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expect(approvalRecordIds(doc, b)).toEqual([remote]);
    expectIndexMatchesScan(doc, cards);
    undo.undo();
    expect(approvalRecordIds(doc, a)).toEqual([]);
    expectIndexMatchesScan(doc, cards);

    // A peer points its approval at another card, then turns it into another kind.
    const record = peer.getMap<unknown>('requests').get(remote) as Y.Map<unknown>;
    record.set('cardId', a);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    expect(approvalRecordIds(doc, a)).toEqual([remote]);
    expect(approvalRecordIds(doc, b)).toEqual([]);
    record.set('kind', 'text');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    expectIndexMatchesScan(doc, cards);
    expect(approvalRecordIds(doc, a)).toEqual([]);

    // Replaced by something that is no record, and removed.
    const again = approval(doc, b, lena, ben);
    doc.getMap('requests').set(again, 'not a record');
    expectIndexMatchesScan(doc, cards);
    doc.getMap('requests').delete(local);
    doc.getMap('requests').delete(again);
    expectIndexMatchesScan(doc, cards);
  });

  it('agrees with a full scan after any sequence of local, remote and hostile writes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            op: fc.constantFrom('approval', 'input', 'remote', 'retarget', 'rekind', 'delete', 'junk'),
            card: fc.nat(2),
            pick: fc.nat(),
            inOne: fc.boolean(),
            // Asks the index after the write, so that it has to follow the writes after it.
            ask: fc.boolean(),
          }),
          { maxLength: 30 },
        ),
        (ops) => {
          const { doc, cards, lena, ben } = workspace();
          const peer = new Y.Doc();
          Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
          const requests = doc.getMap<unknown>('requests');
          approvalRecordIds(doc, cards[0]!);
          const run = () => {
            for (const { op, card, pick, ask } of ops) {
              if (ask) approvalRecordIds(doc, cards[card]!);
              const cardId = cards[card]!;
              const ids = [...requests.keys()].sort();
              const id = ids[pick % Math.max(ids.length, 1)];
              const record = id === undefined ? undefined : requests.get(id);
              if (op === 'approval') approval(doc, cardId, lena, ben);
              else if (op === 'input')
                requestInput(doc, {
                  cardId,
                  kind: 'text',
                  what: 'x',
                  why: 'y',
                  toId: ben,
                  fromId: lena,
                  dueDate: null,
                });
              else if (op === 'remote') {
                approval(peer, cardId, lena, ben);
                Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
              } else if (!(record instanceof Y.Map) || id === undefined) continue;
              else if (op === 'retarget') record.set('cardId', cardId);
              else if (op === 'rekind') record.set('kind', pick % 2 === 0 ? 'approval' : 'visual');
              else if (op === 'delete') requests.delete(id);
              else requests.set(id, pick);
            }
            // Inside the transaction when the writes are one (before any observer ran).
            expectIndexMatchesScan(doc, cards);
          };
          if (ops[0]?.inOne) change(doc, run);
          else run();
          expectIndexMatchesScan(doc, cards);
        },
      ),
      { numRuns: 150 },
    );
  });
});
