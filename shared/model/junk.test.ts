// Every reader is total over junk: whatever a peer wrote into any field of any map, reading never
// throws, every value read is within its bounds (bounds.ts), and sound cards read as sound.
import { staleApprovals, staleApprovalsOf } from './approvalChanges';
import { approvedContent } from './approvedContent';
import { readHashtagSets } from './post';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readAbsences, resolveHandler } from './absences';
import { awayRisks } from './absenceRisk';
import { cut, isCalendarDate, isId, isInstant, LIMITS, MAX_INSTANT } from './bounds';
import { boardLayout, tagsInUse } from './board';
import { addCampaign, campaignBands, readCampaign, readCampaigns, setCardCampaign } from './campaigns';
import { addComment, mentionsOf, readComment, readComments } from './comments';
import { dayLabel, longDayLabel, monthLabel, shortDayLabel, weekLabel } from './calendarDates';
import { readCards } from './cards';
import { readChannels } from './channels';
import { readColumns } from './columns';
import { defaultDueDate } from './dueDates';
import { poison } from './fixtures/junk';
import { readHistory } from './history';
import type { PersonId } from './ids';
import { readMeetings, readPlaybook, requestsDuring, runningMeeting, stepsDuring } from './meetings';
import { readPeople } from './people';
import { cardsWithReadySteps, planOfCard } from './processPlan';
import { readProcesses, STEP_LIMIT } from './processes';
import { readCard, readRequest } from './read';
import { cardRequestState, readRequests, requestStatus, tasksOf } from './requestReads';
import { fillExamplePlan } from './sample';
import { readSeries } from './series';
import { slotConflicts, slotRisk, templateSlots } from './slots';
import { createWorkspace, readMeta } from './workspace';

function sampleWorkspace(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Social Media Müller GmbH' });
  fillExamplePlan(doc, null);
  const [first] = readCards(doc);
  const people = readPeople(doc);
  const campaign = addCampaign(doc, {
    name: 'Herbst',
    color: '#d9480f',
    start: '2026-10-01',
    end: '2026-10-31',
  });
  setCardCampaign(doc, first!.id, campaign);
  addComment(doc, {
    cardId: first!.id,
    author: people[0]!,
    text: `@${people[1]!.name} bitte ansehen`,
    people,
  });
  return doc;
}

const within = (text: string, max: number) => text.length <= max;

/** Reads everything every screen reads, and checks the bounds of what came out. */
function readEverything(doc: Y.Doc): void {
  const meta = readMeta(doc);
  expect(within(meta.name, LIMITS.name)).toBe(true);
  expect(() => new Intl.DateTimeFormat('de', { timeZone: meta.timezone })).not.toThrow();
  expect(within(readPlaybook(doc), LIMITS.text)).toBe(true);
  const columns = readColumns(doc);
  const people = readPeople(doc);
  const channels = readChannels(doc);
  for (const item of [...columns, ...channels])
    expect(within(item.order, LIMITS.order) && within('title' in item ? item.title : item.name, 300)).toBe(
      true,
    );
  for (const person of people) expect(within(person.name, LIMITS.name)).toBe(true);
  const cards = readCards(doc);
  for (const card of cards) {
    expect(within(card.title, LIMITS.title) && within(card.body, LIMITS.text)).toBe(true);
    expect(card.tags.length <= LIMITS.tags && card.channelIds.length <= LIMITS.list).toBe(true);
    expect(card.createdAt === 0 || isInstant(card.createdAt)).toBe(true);
    if (card.slot) {
      expect(isCalendarDate(card.slot.date)).toBe(true);
      for (const locale of ['de', 'en'] as const) {
        dayLabel(card.slot.date, locale);
        weekLabel(card.slot.date, locale);
        monthLabel(card.slot.date, locale);
        longDayLabel(card.slot.date, locale);
        shortDayLabel(card.slot.date, locale);
      }
    }
    for (const text of Object.values(card.post.copy)) expect(within(text, LIMITS.copy)).toBe(true);
    expect(within(card.post.link, LIMITS.link) && card.post.hashtags.length <= LIMITS.tags).toBe(true);
    for (const stale of staleApprovals(doc, card.id)) expect(isInstant(stale.at)).toBe(true);
    approvedContent(doc, card.id);
    for (const entry of readHistory(doc, card.id).entries) {
      expect(isInstant(entry.at)).toBe(true);
      new Date(entry.at).toISOString();
    }
  }
  boardLayout(columns, cards);
  tagsInUse(cards);
  slotConflicts(cards);
  templateSlots(channels, ['2026-11-30', '2026-12-01']);
  const { requests } = readRequests(doc);
  for (const request of requests) {
    expect(isInstant(request.createdAt) || request.createdAt === 0).toBe(true);
    expect(request.dueDate === null || isCalendarDate(request.dueDate)).toBe(true);
    if (request.kind === 'approval') expect(Object.getPrototypeOf(request.decisions)).toBeNull();
    defaultDueDate(request.dueDate, '2026-12-01');
  }
  const byId = new Map(cards.map((c) => [c.id, c]));
  for (const person of people) tasksOf(requests, (id) => byId.get(id), person.id, '2026-12-01');
  tasksOf(requests, (id) => byId.get(id), '__proto__' as PersonId, '2026-12-01');
  for (const card of cards) {
    cardRequestState(
      requests.filter((r) => r.cardId === card.id),
      '2026-12-01',
    );
    if (card.slot) slotRisk(card.slot, null, { date: '2026-12-01', time: '09:00' });
  }
  for (const meeting of readMeetings(doc)) {
    expect(meeting.startedAt === 0 || isInstant(meeting.startedAt)).toBe(true);
    expect(meeting.endedAt === null || isInstant(meeting.endedAt)).toBe(true);
    stepsDuring(doc, meeting.startedAt, meeting.endedAt ?? MAX_INSTANT);
    requestsDuring(doc, meeting.startedAt, meeting.endedAt ?? MAX_INSTANT);
  }
  runningMeeting(doc);
  runningMeeting(doc, 'crisis');
  const absences = readAbsences(doc);
  for (const absence of absences) {
    expect(isCalendarDate(absence.from) && isCalendarDate(absence.to) && absence.from <= absence.to).toBe(
      true,
    );
    resolveHandler(absences, absence.personId, absence.from);
  }
  for (const person of people) resolveHandler(absences, person.id, '2026-12-01');
  for (const card of cards) awayRisks(card, requests, absences, null, '');
  for (const series of readSeries(doc)) {
    expect(isCalendarDate(series.until) && within(series.title, LIMITS.title)).toBe(true);
    expect(within(series.brief, LIMITS.text) && series.weekday >= 1 && series.weekday <= 7).toBe(true);
  }
  const campaigns = readCampaigns(doc);
  for (const campaign of campaigns) {
    expect(within(campaign.name, LIMITS.name) && within(campaign.goal, LIMITS.note)).toBe(true);
    expect(
      isCalendarDate(campaign.start) && isCalendarDate(campaign.end) && campaign.start <= campaign.end,
    ).toBe(true);
  }
  campaignBands(campaigns, ['2026-10-05', '2026-10-06', '2026-10-07']);
  const comments = readComments(doc);
  for (const comment of comments) {
    expect(within(comment.text, LIMITS.note) && within(comment.authorName, LIMITS.name)).toBe(true);
    expect(comment.mentions.length <= LIMITS.list && Object.getPrototypeOf(comment.done) === null).toBe(true);
  }
  for (const person of people) mentionsOf(comments, person.id, (id) => byId.has(id));
  for (const process of readProcesses(doc)) {
    expect(within(process.name, LIMITS.name) && process.steps.length <= STEP_LIMIT).toBe(true);
    for (const step of process.steps) expect(within(step.why, LIMITS.note) && isId(step.id)).toBe(true);
  }
  for (const card of cards) {
    const plan = planOfCard(doc, card.id, Date.UTC(2026, 11, 1));
    for (const step of plan?.steps ?? [])
      expect(step.due === null || isCalendarDate(step.due.date)).toBe(true);
  }
  cardsWithReadySteps(doc, Date.UTC(2026, 11, 1));
  for (const set of readHashtagSets(doc)) expect(set.tags.length <= LIMITS.tags).toBe(true);
  for (const person of people) staleApprovalsOf(doc, person.id);
}

describe('junk from a peer', () => {
  it('every reader is total over junk in every field of every map, and sound cards stay sound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const doc = sampleWorkspace();
        const before = new Map(readCards(doc).map((card) => [card.id, card]));
        const damaged = poison(doc, seed);
        readEverything(doc);
        // Every card that was not damaged reads as it did, with no problems.
        for (const card of readCards(doc)) {
          if (damaged.has(card.id)) continue;
          expect(card.problems).toEqual([]);
          expect(card).toEqual(before.get(card.id));
        }
        doc.destroy();
      }),
      { numRuns: 40, seed: 1726 },
    );
  });

  it('readers of single records accept any value', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (id, value) => {
        expect(readCard(id, value).problems.length).toBeGreaterThan(0);
        expect(readRequest(id, value)).toBeNull();
        expect(readCampaign(id, value)).toBeNull();
        expect(readComment(id, value)).toBeNull();
      }),
      { numRuns: 200, seed: 1726 },
    );
  });

  it('a meeting at 1e300 ms and a slot on 30.02. are damaged, not read as dates', () => {
    const doc = sampleWorkspace();
    const [card] = readCards(doc);
    doc.transact(() => {
      const record = doc.getMap<unknown>('cards').get(card!.id) as Y.Map<unknown>;
      record.set('slot', { date: '2026-02-30', time: '09:00', channelId: card!.channelIds[0] });
      const meeting = new Y.Map<unknown>();
      doc.getMap('meetings').set('m-fern', meeting);
      meeting.set('startedAt', 1e300);
    });
    expect(readCard(card!.id, doc.getMap('cards').get(card!.id))).toMatchObject({
      slot: null,
      problems: ['slot'],
    });
    expect(readMeetings(doc)).toMatchObject([{ id: 'm-fern', startedAt: 0, problems: ['startedAt'] }]);
    expect(runningMeeting(doc)).toBeNull();
    readEverything(doc);
  });

  it('an over-long title or brief is cut with a mark and noted; a `__proto__` decision is a key like others', () => {
    const doc = sampleWorkspace();
    const [card] = readCards(doc);
    const long = 'Ü'.repeat(10_000_000);
    doc.transact(() => {
      const record = doc.getMap<unknown>('cards').get(card!.id) as Y.Map<unknown>;
      record.set('title', long);
      (record.get('body') as Y.Text).insert(0, long);
    });
    const read = readCard(card!.id, doc.getMap('cards').get(card!.id));
    expect(read.title).toBe(cut(long, LIMITS.title));
    expect(read.title).toHaveLength(LIMITS.title);
    expect(read.title.endsWith('…')).toBe(true);
    expect(read.body).toHaveLength(LIMITS.text);
    expect(read.problems).toEqual(['title…', 'body…']);

    const request = new Y.Map<unknown>();
    const decisions = new Y.Map<unknown>();
    doc.transact(() => {
      doc.getMap('requests').set('r-proto', request);
      request.set('cardId', card!.id);
      request.set('kind', 'approval');
      request.set('createdAt', Date.UTC(2026, 10, 30));
      request.set('approvers', [{ id: 'p-a', name: 'A' }]);
      request.set('decisions', decisions);
      decisions.set('__proto__', { decision: 'approved', comment: '', at: Date.UTC(2026, 10, 30) });
    });
    const approval = readRequest('r-proto', request)!;
    expect(approval.kind).toBe('approval');
    if (approval.kind !== 'approval') return;
    // An own key of an object without prototype: nothing else changes.
    expect(Object.getPrototypeOf(approval.decisions)).toBeNull();
    expect(Object.keys(approval.decisions)).toEqual(['__proto__']);
    expect(approval.decisions['p-a']).toBeUndefined();
    expect(requestStatus(approval)).toBe('open');
    expect(isId('x'.repeat(65))).toBe(false);
  });
});
