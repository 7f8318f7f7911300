import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardLayout } from './board';
import { readCards } from './cards';
import { readChannels } from './channels';
import { readColumns } from './columns';
import { LOCAL_ORIGIN } from './doc';
import { addPerson, readPeople } from './people';
import { isTime } from './read';
import { ACTION_FIELDS } from './schema';
import { fillExamplePlan } from './sample';
import { createWorkspace } from './workspace';

function examplePlan(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Beispiel GmbH' });
  fillExamplePlan(doc, null);
  return doc;
}

describe('fillExamplePlan', () => {
  it('adds the five channels with weekly slot templates', () => {
    const channels = readChannels(examplePlan());
    expect(channels.map((c) => c.name)).toEqual(['Facebook', 'Instagram', 'LinkedIn', 'X', 'Newsletter']);
    expect(channels.map((c) => c.kind)).toEqual(['facebook', 'instagram', 'linkedin', 'x', 'newsletter']);
    for (const channel of channels) {
      expect(channel.slotTemplate.length, channel.name).toBeGreaterThan(0);
      for (const slot of channel.slotTemplate) {
        expect(Number.isInteger(slot.weekday) && slot.weekday >= 1 && slot.weekday <= 7).toBe(true);
        expect(isTime(slot.time)).toBe(true);
      }
    }
  });

  it('adds colleagues from social media, marketing, press and management', () => {
    const roles = new Set(readPeople(examplePlan()).map((p) => p.role));
    for (const role of ['social', 'marketing', 'press', 'management'] as const) expect(roles).toContain(role);
  });

  it('adds 15 to 25 sound cards across all three action fields and several stages', () => {
    const doc = examplePlan();
    const cards = readCards(doc);
    expect(cards.length).toBeGreaterThanOrEqual(15);
    expect(cards.length).toBeLessThanOrEqual(25);
    expect(new Set(cards.map((c) => c.field))).toEqual(new Set(ACTION_FIELDS));
    expect(cards.filter((c) => c.problems.length > 0)).toEqual([]);
    expect(new Set(cards.map((c) => c.pos.columnId)).size).toBeGreaterThanOrEqual(4);
    expect(cards.every((c) => c.title.length > 0 && c.body.length > 0 && !c.archived)).toBe(true);
  });

  it('puts every card in an existing column, with existing channels and owners', () => {
    const doc = examplePlan();
    const columnIds = new Set(readColumns(doc).map((c) => c.id));
    const channelIds = new Set(readChannels(doc).map((c) => c.id));
    const personIds = new Set(readPeople(doc).map((p) => p.id));
    for (const card of readCards(doc)) {
      expect(columnIds.has(card.pos.columnId), card.title).toBe(true);
      expect(card.channelIds.length, card.title).toBeGreaterThan(0);
      expect(
        card.channelIds.every((id) => channelIds.has(id)),
        card.title,
      ).toBe(true);
      expect(card.ownerId !== null && personIds.has(card.ownerId), card.title).toBe(true);
    }
    const shown = [...boardLayout(readColumns(doc), readCards(doc)).values()].flat();
    expect(shown).toHaveLength(readCards(doc).length);
  });

  it('gives the social media ideas to the person on this device instead of inventing one', () => {
    const doc = examplePlan();
    const fresh = new Y.Doc();
    createWorkspace(fresh, { name: 'Beispiel GmbH' });
    const me = addPerson(fresh, { name: 'Ich', role: 'social' });
    fillExamplePlan(fresh, me);
    const people = readPeople(fresh);
    expect(people.filter((p) => p.role === 'social').map((p) => p.id)).toEqual([me]);
    const mine = readCards(fresh).filter((c) => c.ownerId === me);
    expect(mine.length).toBeGreaterThan(0);
    expect(readCards(fresh).every((c) => c.createdBy === me)).toBe(true);
    expect(readCards(fresh)).toHaveLength(readCards(doc).length);
  });

  it('runs as one transaction with the local origin', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Beispiel GmbH' });
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    fillExamplePlan(doc, null);
    expect(origins).toEqual([LOCAL_ORIGIN]);
  });
});
