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
import { addDaysKey, weekOf, zonedNow } from './calendarDates';
import { isActive, isRequestOverdue, readRequests } from './requestReads';
import { fillExamplePlan } from './sample';
import { scheduledOn, slotRisk } from './slots';
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

  // Monday 7 December 2026 to Sunday 13 December, morning and evening, on Berlin's wall clock.
  const instants = [7, 8, 9, 10, 11, 12, 13].flatMap((day) =>
    ['T07:00:00Z', 'T19:30:00Z'].map((time) => new Date(`2026-12-${String(day).padStart(2, '0')}${time}`)),
  );

  it.each(instants)(
    'on %s: plans this week and next, with risks, an overdue post and open requests',
    (instant) => {
      const doc = new Y.Doc();
      createWorkspace(doc, { name: 'Beispiel GmbH' });
      const me = addPerson(doc, { name: 'Ich', role: 'social' });
      fillExamplePlan(doc, me, instant);
      const now = zonedNow('Europe/Berlin', instant);
      const cards = readCards(doc);
      const stages = new Map(readColumns(doc).map((c) => [c.id, c.stage]));
      const days = (offset: number) => weekOf(addDaysKey(now.date, offset * 7)).days;
      const [last, current, next] = [days(-1), days(0), days(1)];
      const risks = (week: readonly string[]) =>
        scheduledOn(cards, week).map((c) => slotRisk(c.slot!, stages.get(c.pos.columnId) ?? null, now));

      // Every channel has posts this week or next, and the idea store keeps a few ideas.
      const planned = scheduledOn(cards, [...current, ...next]);
      expect(new Set(planned.map((c) => c.slot!.channelId)).size).toBe(5);
      expect(scheduledOn(cards, current).length).toBeGreaterThanOrEqual(6);
      expect(scheduledOn(cards, next).length).toBeGreaterThanOrEqual(4);
      expect(cards.filter((c) => !c.slot).length).toBeGreaterThanOrEqual(3);
      // Last week: published posts and the one that slipped.
      const lastWeek = scheduledOn(cards, last);
      expect(
        lastWeek.filter((c) => stages.get(c.pos.columnId) === 'published').length,
      ).toBeGreaterThanOrEqual(1);
      expect(risks(last).filter((r) => r === 'overdue')).toHaveLength(1);
      // Nothing of this week or next is overdue; some are at risk.
      expect([...risks(current), ...risks(next)]).not.toContain('overdue');
      expect([...risks(current), ...risks(next)].filter((r) => r === 'atRisk').length).toBeGreaterThanOrEqual(
        1,
      );
      // Requests: open inputs and an approval, one input overdue, all asked for by me.
      const requests = readRequests(doc).requests.filter(isActive);
      expect(requests.length).toBeGreaterThanOrEqual(3);
      expect(requests.some((r) => r.kind === 'approval')).toBe(true);
      expect(requests.filter((r) => isRequestOverdue(r, now.date))).toHaveLength(1);
      expect(requests.every((r) => r.from?.id === me)).toBe(true);
      // No open request sits on a published card.
      for (const r of requests) {
        const card = cards.find((c) => c.id === r.cardId)!;
        expect(stages.get(card.pos.columnId), card.title).not.toBe('published');
      }
    },
  );
});
