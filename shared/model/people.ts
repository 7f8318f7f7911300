import { clip, LIMITS } from './bounds';
import * as Y from 'yjs';
import { applyPatch, cardsMap, change, newRecord, peopleMap, recordOf } from './doc';
import { keepCreatorName } from './history';
import { newId, type PersonId } from './ids';
import { compareNames } from './nameOrder';
import { readPerson } from './read';
import { isActive, readRequests } from './requestReads';
import type { Person, Role } from './schema';

export const PERSON_COLORS = [
  '#d9480f',
  '#1971c2',
  '#2b8a3e',
  '#9c36b5',
  '#e67700',
  '#0c8599',
  '#c2255c',
  '#5f3dc4',
];

export function readPeople(doc: Y.Doc): Person[] {
  const people: Person[] = [];
  peopleMap(doc).forEach((value, id) => {
    const person = readPerson(id, value);
    if (person) people.push(person);
  });
  return people.sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function addPerson(doc: Y.Doc, input: { name: string; role: Role; color?: string }): PersonId {
  const id = newId<PersonId>('p');
  change(doc, () => {
    const color = input.color ?? PERSON_COLORS[peopleMap(doc).size % PERSON_COLORS.length];
    peopleMap(doc).set(id, newRecord({ name: clip(input.name, LIMITS.name), role: input.role, color }));
  });
  return id;
}

export function updatePerson(
  doc: Y.Doc,
  id: PersonId,
  patch: { name?: string; role?: Role; color?: string },
): void {
  change(doc, () => {
    const record = recordOf(peopleMap(doc), id);
    if (record)
      applyPatch(record, {
        ...patch,
        name: patch.name === undefined ? undefined : clip(patch.name, LIMITS.name),
      });
  });
}

/** Removes a person; cards they owned become unowned rather than pointing nowhere. */
export function removePerson(doc: Y.Doc, id: PersonId): void {
  change(doc, () => {
    keepCreatorName(doc, id);
    cardsMap(doc).forEach((value) => {
      if (value instanceof Y.Map && value.get('ownerId') === id) value.set('ownerId', null);
    });
    peopleMap(doc).delete(id);
  });
}

/** What hangs on a person, said before they are removed: the cards they own, their open requests. */
export function personUsage(doc: Y.Doc, id: PersonId): { cards: number; requests: number } {
  let cards = 0;
  cardsMap(doc).forEach((value) => {
    if (value instanceof Y.Map && value.get('ownerId') === id) cards++;
  });
  const requests = readRequests(doc).requests.filter(
    (r) =>
      isActive(r) &&
      (r.from?.id === id || (r.kind === 'approval' ? r.approvers.some((a) => a.id === id) : r.to?.id === id)),
  ).length;
  return { cards, requests };
}
