import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readKeepApprovedOnChange,
  reapprove,
  setKeepApprovedOnChange,
  staleApprovals,
} from './approvalChanges';
import { addAttachment } from './attachments';
import { approvedContent, canonicalContent, contentDiff, textDiff } from './approvedContent';
import { addCard, getCard, setCardBody, updateCard } from './cards';
import { addChannel } from './channels';
import { importFile, utf8 } from './importTesting';
import { readHistory } from './history';
import type { ColumnId, PersonId } from './ids';
import { endMeeting, startMeeting } from './meetings';
import { addPerson } from './people';
import { setPostCopy, updatePost } from './post';
import { decideApproval, RequestError, requestApproval } from './requests';
import { generateKeyPair, registerKey, signDecision, trustedKeys, verifyDecision } from './signatures';
import { scheduleCard } from './slots';
import { createWorkspace } from './workspace';

const REVIEW = 'col-review' as ColumnId;
const APPROVED = 'col-approved' as ColumnId;

function team() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const anna = addPerson(doc, { name: 'Anna', role: 'social' });
  const ben = addPerson(doc, { name: 'Ben', role: 'press' });
  const x = addChannel(doc, { name: 'X', kind: 'x' });
  const li = addChannel(doc, { name: 'LinkedIn', kind: 'linkedin' });
  const card = addCard(doc, {
    title: 'Messe',
    columnId: REVIEW,
    ownerId: anna,
    createdBy: anna,
    channelIds: [x, li],
  });
  setPostCopy(doc, card, x, 'Besucht uns auf der BAU!');
  setPostCopy(doc, card, li, 'Wir sind auf der BAU 2027.');
  updatePost(doc, card, { format: 'image', link: 'https://example.com/bau' });
  const request = requestApproval(doc, { cardId: card, approverIds: [ben], fromId: anna, dueDate: null });
  decideApproval(doc, request, { by: ben, decision: 'approved', now: Date.UTC(2026, 10, 2) });
  return { doc, anna, ben, x, li, card, request };
}

const column = (t: ReturnType<typeof team>) => getCard(t.doc, t.card)!.pos.columnId;

describe('approved content', () => {
  it('holds title, slot, brief, format, link and the copy of the card’s channels', () => {
    const t = team();
    expect(approvedContent(t.doc, t.card)).toEqual({
      title: 'Messe',
      slot: null,
      brief: '',
      format: 'image',
      link: 'https://example.com/bau',
      copy: [
        [t.x, 'Besucht uns auf der BAU!'],
        [t.li, 'Wir sind auf der BAU 2027.'],
      ].sort(),
      files: [],
    });
  });

  it('has the same canonical text on every copy of the document', () => {
    const t = team();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(t.doc));
    expect(canonicalContent(approvedContent(copy, t.card)!)).toBe(
      canonicalContent(approvedContent(t.doc, t.card)!),
    );
  });

  it('diffs field by field and channel by channel', () => {
    const t = team();
    const before = approvedContent(t.doc, t.card)!;
    setPostCopy(t.doc, t.card, t.x, 'Besucht uns auf der BAU in München!');
    updatePost(t.doc, t.card, { link: 'https://example.com/bau2' });
    expect(contentDiff(before, approvedContent(t.doc, t.card)!)).toEqual([
      { field: 'link', before: 'https://example.com/bau', after: 'https://example.com/bau2' },
      {
        field: 'copy',
        channelId: t.x,
        before: 'Besucht uns auf der BAU!',
        after: 'Besucht uns auf der BAU in München!',
      },
    ]);
    expect(textDiff('Besucht uns auf der BAU!', 'Besucht uns auf der BAU in München!')).toEqual({
      start: 'Besucht uns auf der BAU',
      removed: '',
      added: ' in München',
      end: '!',
    });
  });
});

describe('approvals that notice later edits', () => {
  it('an approval moves the card to Freigegeben and is not stale', () => {
    const t = team();
    expect(column(t)).toBe(APPROVED);
    expect(staleApprovals(t.doc, t.card)).toEqual([]);
  });

  it.each([
    ['the X copy', (t: ReturnType<typeof team>) => setPostCopy(t.doc, t.card, t.x, 'Anders'), 'copy'],
    [
      'the link',
      (t: ReturnType<typeof team>) => updatePost(t.doc, t.card, { link: 'https://example.com/neu' }),
      'link',
    ],
    ['the format', (t: ReturnType<typeof team>) => updatePost(t.doc, t.card, { format: 'video' }), 'format'],
    [
      'the title',
      (t: ReturnType<typeof team>) => updateCard(t.doc, t.card, { title: 'Messe 2027' }),
      'title',
    ],
    ['the brief', (t: ReturnType<typeof team>) => setCardBody(t.doc, t.card, 'Neu'), 'brief'],
    [
      'the files',
      (t: ReturnType<typeof team>) =>
        addAttachment(t.doc, {
          cardId: t.card,
          hash: 'c'.repeat(64),
          name: 'neues-bild.png',
          type: 'image/png',
          size: 10,
          by: t.anna,
        }),
      'files',
    ],
    [
      'the slot',
      (t: ReturnType<typeof team>) =>
        scheduleCard(t.doc, t.card, { date: '2026-12-01', time: '09:00', channelId: t.x }),
      'slot',
    ],
  ] as const)(
    'a change of %s after approval is stale and takes the card back to Zur Freigabe',
    (_name, edit, field) => {
      const t = team();
      edit(t);
      const stale = staleApprovals(t.doc, t.card);
      expect(stale).toHaveLength(1);
      expect(stale[0]).toMatchObject({ personId: t.ben, name: 'Ben', crisis: false });
      expect(stale[0]!.changes.map((c) => c.field)).toEqual([field]);
      expect(column(t)).toBe(REVIEW);
      expect(readHistory(t.doc, t.card).entries.map((e) => e.type)).toContain('changedAfterApproval');
    },
  );

  it('an imported plan is approved content too: the same texts change nothing, another one is a change', async () => {
    const t = team();
    const plan = (x: string) =>
      utf8(
        `ID;Kanal;Thema;Posting-Text\r\n${t.card};X, LinkedIn;Messe;"[X]\n${x}\n\n[LinkedIn]\nWir sind auf der BAU 2027."\r\n`,
      );
    await importFile(t.doc, plan('Besucht uns auf der BAU!'));
    expect(staleApprovals(t.doc, t.card)).toEqual([]);
    expect(column(t)).toBe(APPROVED);
    await importFile(t.doc, plan('Besucht uns in Halle 3!'));
    expect(getCard(t.doc, t.card)!.post.copy[t.x]).toBe('Besucht uns in Halle 3!');
    expect(staleApprovals(t.doc, t.card)[0]!.changes).toMatchObject([{ field: 'copy', channelId: t.x }]);
    expect(column(t)).toBe(REVIEW);
  });

  it('a change that is not approved content (owner, tags, hashtags, KPI) leaves the approval alone', () => {
    const t = team();
    updateCard(t.doc, t.card, { tags: ['neu'], ownerId: t.anna });
    updatePost(t.doc, t.card, { hashtags: ['Messe'], kpi: '300 Klicks', cta: 'Jetzt' });
    expect(staleApprovals(t.doc, t.card)).toEqual([]);
    expect(column(t)).toBe(APPROVED);
  });

  it('keeps the card in Freigegeben when the team says so, and still shows the change', () => {
    const t = team();
    expect(readKeepApprovedOnChange(t.doc)).toBe(false);
    setKeepApprovedOnChange(t.doc, true);
    setPostCopy(t.doc, t.card, t.x, 'Anders');
    expect(column(t)).toBe(APPROVED);
    expect(staleApprovals(t.doc, t.card)).toHaveLength(1);
  });

  it('the approver re-approves in one step: not stale, back in Freigegeben', () => {
    const t = team();
    setPostCopy(t.doc, t.card, t.x, 'Anders');
    reapprove(t.doc, t.request, { by: t.ben });
    expect(staleApprovals(t.doc, t.card)).toEqual([]);
    expect(column(t)).toBe(APPROVED);
    expect(readHistory(t.doc, t.card).entries.map((e) => e.type)).toContain('reapproved');
  });

  it('refuses a re-approval by the card’s owner or someone who is no approver', () => {
    const t = team();
    setPostCopy(t.doc, t.card, t.x, 'Anders');
    expect(() => reapprove(t.doc, t.request, { by: t.anna })).toThrow(RequestError);
    const carla = addPerson(t.doc, { name: 'Carla', role: 'press' });
    expect(() => reapprove(t.doc, t.request, { by: carla as PersonId })).toThrow(RequestError);
  });

  it('an edit on another device reaches the approver as stale after sync', () => {
    const t = team();
    const anna = new Y.Doc();
    Y.applyUpdate(anna, Y.encodeStateAsUpdate(t.doc));
    setPostCopy(anna, t.card, t.x, 'Anna ändert');
    Y.applyUpdate(t.doc, Y.encodeStateAsUpdate(anna));
    expect(staleApprovals(t.doc, t.card)[0]!.changes[0]).toMatchObject({
      field: 'copy',
      after: 'Anna ändert',
    });
    expect(column(t)).toBe(REVIEW);
  });

  it('a post held by a crisis needs a new approval before it goes back into the plan', () => {
    const t = team();
    const slot = { date: '2099-01-05', time: '09:00', channelId: t.x };
    scheduleCard(t.doc, t.card, slot);
    reapprove(t.doc, t.request, { by: t.ben, now: Date.UTC(2026, 10, 3) });
    expect(column(t)).toBe(APPROVED);
    startMeeting(t.doc, 'Anna', Date.UTC(2026, 10, 4), { reason: 'Shitstorm' });
    expect(staleApprovals(t.doc, t.card)).toMatchObject([{ crisis: true, changes: [] }]);
    endMeeting(t.doc, 'Anna', Date.UTC(2026, 10, 5), 'crisis');
    expect(column(t)).toBe(REVIEW);
    reapprove(t.doc, t.request, { by: t.ben, now: Date.UTC(2026, 10, 6) });
    expect(staleApprovals(t.doc, t.card)).toEqual([]);
    expect(column(t)).toBe(APPROVED);
  });
});

describe('signatures over the approved content', () => {
  it('a signed approval shows "changed" when only the copy changed, and verifies again after re-approval', async () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Redaktion' });
    const anna = addPerson(doc, { name: 'Anna', role: 'social' });
    const ben = addPerson(doc, { name: 'Ben', role: 'press' });
    const x = addChannel(doc, { name: 'X', kind: 'x' });
    const card = addCard(doc, {
      title: 'Messe',
      columnId: REVIEW,
      ownerId: anna,
      createdBy: anna,
      channelIds: [x],
    });
    setPostCopy(doc, card, x, 'Original');
    const key = await generateKeyPair();
    registerKey(doc, key, ben);
    const request = requestApproval(doc, { cardId: card, approverIds: [ben], fromId: anna, dueDate: null });
    const sign = async (at: number) =>
      signDecision(doc, key, {
        kind: 'approval',
        requestId: request,
        cardId: card,
        personId: ben,
        decision: 'approved',
        comment: '',
        at,
      });
    decideApproval(doc, request, { by: ben, decision: 'approved', now: 1000, signature: await sign(1000) });
    const verdict = async () =>
      verifyDecision(
        doc,
        { kind: 'approval', requestId: request, personId: ben },
        await trustedKeys(doc, ben, new Set()),
      );
    expect(await verdict()).toBe('verified');
    setPostCopy(doc, card, x, 'Geändert');
    expect(await verdict()).toBe('changed');
    reapprove(doc, request, { by: ben, now: 2000, signature: await sign(2000) });
    expect(await verdict()).toBe('verified');
  });
});
