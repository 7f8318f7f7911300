import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createWorkspace, fillExamplePlan, readCards, updateCard } from '../../shared/model';
import { cardPart } from './changeTracker';
import { Session, type StorageFactory } from './session';

const inMemory: StorageFactory = () => ({
  whenSynced: Promise.resolve(),
  whenWritten: () => Promise.resolve(),
  destroy: () => Promise.resolve(),
});

async function sampleSession() {
  const session = new Session('session-test', inMemory);
  createWorkspace(session.doc, { name: 'Test' });
  fillExamplePlan(session.doc, null);
  await session.ready;
  session.undoManager.clear();
  return session;
}

describe('Session', () => {
  it('notifies once per local edit, although the UndoManager adds its step during the transaction', async () => {
    const session = await sampleSession();
    let calls = 0;
    session.subscribe(() => calls++);
    const version = session.version;
    updateCard(session.doc, readCards(session.doc)[0]!.id, { title: 'Neu' });
    expect(calls).toBe(1);
    expect(session.version).toBe(version + 1);
    // The undo notifies too, also after its step left the stack (the undo button's state).
    session.undo();
    expect(calls).toBeGreaterThan(1);
    expect(readCards(session.doc)[0]!.title).not.toBe('Neu');
  });

  it('does not notify for an update it already has, as every peer passes updates on', async () => {
    const session = await sampleSession();
    let calls = 0;
    session.subscribe(() => calls++);
    Y.applyUpdate(session.doc, Y.encodeStateAsUpdate(session.doc), 'peer');
    expect(calls).toBe(0);
  });

  it('calls a subscriber of parts only for transactions that changed one of them', async () => {
    const session = await sampleSession();
    const [first, second] = readCards(session.doc);
    const heard: string[] = [];
    session.subscribeTo([cardPart(first!.id)], () => heard.push('first'));
    session.subscribeTo(['people'], () => heard.push('people'));
    updateCard(session.doc, second!.id, { title: 'Zweite' });
    expect(heard).toEqual([]);
    updateCard(session.doc, first!.id, { title: 'Erste' });
    expect(heard).toEqual(['first']);
  });

  it('reads a card again only after it changed', async () => {
    const session = await sampleSession();
    const id = readCards(session.doc)[0]!.id;
    const before = session.card(id);
    expect(session.card(id)).toBe(before);
    updateCard(session.doc, id, { title: 'Geändert' });
    expect(session.card(id)).not.toBe(before);
    expect(session.card(id)?.title).toBe('Geändert');
  });

  it('does not undo what a colleague changed', async () => {
    const session = await sampleSession();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(session.doc));
    const id = readCards(remote)[0]!.id;
    const tags = session.card(id)!.tags;
    updateCard(session.doc, id, { tags: ['Mein Tag'] });
    (remote.getMap('cards').get(id) as Y.Map<unknown>).set('title', 'Von Ben');
    Y.applyUpdate(session.doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(session.doc)), 'peer');
    session.undo();
    expect(session.card(id)?.title).toBe('Von Ben');
    expect(session.card(id)?.tags).toEqual(tags);
  });
});
