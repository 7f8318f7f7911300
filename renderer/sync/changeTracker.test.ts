import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CARD_FIELDS,
  TOP_LEVEL_MAPS,
  addCard,
  createWorkspace,
  fillExamplePlan,
  readCards,
} from '../../shared/model';
import { ChangeTracker, cardPart } from './changeTracker';
import { PART_CHANGES, everyDocPart } from './testing/partChanges';

function sampleDoc() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Test' });
  fillExamplePlan(doc, null);
  return doc;
}

describe('ChangeTracker', () => {
  it('names every top-level map and every card field of the schema as a part', () => {
    const parts = everyDocPart();
    for (const map of TOP_LEVEL_MAPS) expect(parts).toContain(map);
    for (const field of CARD_FIELDS) expect(parts).toContain(`cards.${field}`);
  });

  // Each part of the contract, changed as the app changes it, moves its own count and is touched;
  // a part whose data did not change keeps its count, so a selector over it is not read again.
  it.each(everyDocPart())('counts a change to %s and only to the parts it touched', (part) => {
    const doc = sampleDoc();
    const tracker = new ChangeTracker(doc);
    const before = new Map(everyDocPart().map((p) => [p, tracker.changesOf(p)]));
    const change = PART_CHANGES[part];
    change.apply(doc);
    expect(tracker.changesOf(part)).toBeGreaterThan(before.get(part)!);
    const touched = tracker.takeTouched();
    expect(touched).toContain(part);
    for (const other of everyDocPart())
      if (other !== part && !change.alsoTouches.includes(other))
        expect(tracker.changesOf(other), `${other} moved when ${part} changed`).toBe(before.get(other));
    expect(tracker.takeTouched()).toEqual([]);
  });

  it('tells which card changed, for the card cache and its subscribers', () => {
    const doc = sampleDoc();
    const heard: string[] = [];
    const tracker = new ChangeTracker(doc, (id) => heard.push(id));
    const id = addCard(doc, { title: 'Neu', columnId: readCards(doc)[0]!.pos.columnId });
    expect(heard).toEqual([id]);
    expect(tracker.takeTouched()).toEqual(expect.arrayContaining([cardPart(id), 'cards']));
  });

  it('counts changes that arrive from another peer like local ones', () => {
    const local = sampleDoc();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    const tracker = new ChangeTracker(local);
    const card = readCards(remote)[0]!;
    (remote.getMap('cards').get(card.id) as Y.Map<unknown>).set('title', 'Von Ben');
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(local)), 'peer');
    expect(tracker.changesOf('cards.title')).toBe(1);
    expect(tracker.takeTouched()).toEqual(expect.arrayContaining([cardPart(card.id), 'cards.title']));
  });

  it('never counts a part outside the contract for a known change', () => {
    const doc = sampleDoc();
    const tracker = new ChangeTracker(doc);
    for (const part of everyDocPart()) PART_CHANGES[part].apply(doc);
    const contract = new Set<string>(everyDocPart());
    expect(tracker.takeTouched().filter((p) => !p.startsWith('card:') && !contract.has(p))).toEqual([]);
  });
});
