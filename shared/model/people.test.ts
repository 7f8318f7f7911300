import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, getCard } from './cards';
import type { ColumnId, PersonId } from './ids';
import { PERSON_COLORS, addPerson, readPeople, removePerson, updatePerson } from './people';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;

function workspace(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  return doc;
}

describe('people', () => {
  it('adds a person with a trimmed name and a palette colour', () => {
    const doc = workspace();
    const id = addPerson(doc, { name: '  Sabine Krüger ', role: 'press' });
    expect(readPeople(doc)).toEqual([{ id, name: 'Sabine Krüger', role: 'press', color: PERSON_COLORS[0] }]);
    const second = addPerson(doc, { name: 'Jonas', role: 'marketing', color: '#123456' });
    expect(readPeople(doc).find((p) => p.id === second)!.color).toBe('#123456');
  });

  it('lists people by name in German order, equal names by id on every peer', () => {
    const doc = workspace();
    const names = ['Zoe', 'Özlem', 'anna', 'Ärne', 'Bernd', 'Oskar'];
    for (const name of names) addPerson(doc, { name, role: 'other' });
    expect(readPeople(doc).map((p) => p.name)).toEqual(['anna', 'Ärne', 'Bernd', 'Oskar', 'Özlem', 'Zoe']);

    const a = new Y.Doc();
    const b = new Y.Doc();
    addPerson(a, { name: 'Kim', role: 'social' });
    addPerson(b, { name: 'Kim', role: 'press' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const ids = readPeople(a).map((p) => p.id);
    expect(readPeople(b).map((p) => p.id)).toEqual(ids);
    expect(ids).toEqual([...ids].sort());
  });

  it('updates only the given fields', () => {
    const doc = workspace();
    const id = addPerson(doc, { name: 'Jonas', role: 'marketing' });
    const before = readPeople(doc)[0]!;
    updatePerson(doc, id, { name: ' Jonas Weber ' });
    expect(readPeople(doc)[0]).toEqual({ ...before, name: 'Jonas Weber' });
    updatePerson(doc, id, { role: 'management' });
    expect(readPeople(doc)[0]).toEqual({ ...before, name: 'Jonas Weber', role: 'management' });
  });

  it('removes a person and unowns their cards, leaving other owners alone', () => {
    const doc = workspace();
    const anna = addPerson(doc, { name: 'Anna', role: 'social' });
    const ben = addPerson(doc, { name: 'Ben', role: 'press' });
    const hers = [1, 2].map((n) => addCard(doc, { title: `A${n}`, columnId: IDEAS, ownerId: anna }));
    const his = addCard(doc, { title: 'B', columnId: IDEAS, ownerId: ben });
    const createdByHer = addCard(doc, { title: 'C', columnId: IDEAS, createdBy: anna });
    removePerson(doc, anna);
    expect(readPeople(doc).map((p) => p.id)).toEqual([ben]);
    for (const id of hers) expect(getCard(doc, id)).toMatchObject({ ownerId: null, problems: [] });
    expect(getCard(doc, his)!.ownerId).toBe(ben);
    expect(getCard(doc, createdByHer)!.createdBy).toBe(anna);
  });

  it('reads damaged people with safe defaults and skips garbage', () => {
    const doc = workspace();
    const record = new Y.Map<unknown>();
    record.set('name', 7);
    record.set('role', 'ceo');
    record.set('color', 'red');
    doc.getMap('people').set('person-bad', record);
    doc.getMap('people').set('person-garbage', 'x');
    expect(readPeople(doc)).toEqual([
      { id: 'person-bad' as PersonId, name: '?', role: 'other', color: '#888888' },
    ]);
  });
});
