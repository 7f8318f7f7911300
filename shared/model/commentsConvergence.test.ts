/*
 * Convergence of comments and campaigns: three peers, each a colleague, start from one synced
 * workspace and comment, edit and delete their own comments, mark mentions done, and make, edit,
 * delete and assign campaigns, while their updates travel in random pieces between rounds. After
 * all updates are delivered every peer reads the same comments, campaigns and card campaigns, every
 * comment's text is one that was written whole (never two edits run together), and its mentions
 * are those its text names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCampaign, deleteCampaign, readCampaigns, setCardCampaign, updateCampaign } from './campaigns';
import { addCard, readCards } from './cards';
import {
  addComment,
  deleteComment,
  editComment,
  markMentionDone,
  mentionsIn,
  readComments,
} from './comments';
import type { ColumnId, PersonId } from './ids';
import { createWorkspace } from './workspace';

const PEERS = 3;
const people = [
  { id: 'p-anna' as PersonId, name: 'Anna' },
  { id: 'p-ben' as PersonId, name: 'Ben' },
  { id: 'p-cem' as PersonId, name: 'Cem Yılmaz' },
];
const WORDS = [
  'Passt so',
  '@Anna bitte prüfen',
  '@Ben Bild fehlt',
  '@Cem Yılmaz und @Anna: Freigabe?',
  'Grüße 👍',
];
const DAYS = ['2026-10-01', '2026-10-05', '2026-10-12', '2026-10-20'];

type Op =
  | { type: 'comment'; peer: number; card: number; word: number }
  | { type: 'edit'; peer: number; pick: number; word: number }
  | { type: 'delete'; peer: number; pick: number }
  | { type: 'done'; peer: number; pick: number; done: boolean }
  | { type: 'campaign'; peer: number; word: number; day: number }
  | { type: 'editCampaign'; peer: number; pick: number; word: number; day: number }
  | { type: 'deleteCampaign'; peer: number; pick: number }
  | { type: 'assign'; peer: number; card: number; pick: number };

const peer = fc.integer({ min: 0, max: PEERS - 1 });
const pick = fc.nat({ max: 20 });
const word = fc.nat({ max: WORDS.length - 1 });
const day = fc.nat({ max: DAYS.length - 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('comment' as const), peer, card: pick, word }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('edit' as const), peer, pick, word }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('delete' as const), peer, pick }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('done' as const), peer, pick, done: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('campaign' as const), peer, word, day }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('editCampaign' as const), peer, pick, word, day }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deleteCampaign' as const), peer, pick }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('assign' as const), peer, card: pick, pick }) },
);
const round = fc.record({
  ops: fc.array(op, { minLength: 1, maxLength: 8 }),
  // Which peer sends its whole state to which other between rounds.
  deliveries: fc.array(fc.record({ from: peer, to: peer }), { maxLength: 3 }),
});

const at = <T>(list: readonly T[], index: number): T | undefined =>
  list.length ? list[index % list.length] : undefined;

function apply(doc: Y.Doc, op: Op, written: Set<string>) {
  const me = people[op.peer]!;
  const cards = readCards(doc);
  const comments = readComments(doc);
  const campaigns = readCampaigns(doc);
  const own = comments.filter((c) => c.authorId === me.id);
  switch (op.type) {
    case 'comment': {
      const card = at(cards, op.card)!;
      const text = `${WORDS[op.word]} (${op.peer})`;
      written.add(text);
      addComment(doc, { cardId: card.id, author: me, text, people });
      return;
    }
    case 'edit': {
      const comment = at(own, op.pick);
      if (!comment) return;
      const text = `${WORDS[op.word]} (${op.peer} bearbeitet)`;
      written.add(text);
      editComment(doc, comment.id, { by: me.id, text, people });
      return;
    }
    case 'delete': {
      const comment = at(own, op.pick);
      if (comment) deleteComment(doc, comment.id, me.id);
      const other = at(
        comments.filter((c) => c.authorId !== me.id),
        op.pick,
      );
      if (other) expect(() => deleteComment(doc, other.id, me.id)).toThrow();
      return;
    }
    case 'done': {
      const mention = at(
        comments.filter((c) => c.mentions.includes(me.id)),
        op.pick,
      );
      if (mention) markMentionDone(doc, mention.id, me.id, op.done);
      return;
    }
    case 'campaign':
      addCampaign(doc, {
        name: WORDS[op.word]!,
        color: '#1971c2',
        start: DAYS[op.day]!,
        end: DAYS[op.day + 1]!,
      });
      return;
    case 'editCampaign': {
      const campaign = at(campaigns, op.pick);
      if (campaign)
        updateCampaign(doc, campaign.id, {
          ...campaign,
          name: WORDS[op.word]!,
          start: DAYS[op.day]!,
          end: DAYS[op.day + 1]!,
        });
      return;
    }
    case 'deleteCampaign': {
      const campaign = at(campaigns, op.pick);
      if (campaign) deleteCampaign(doc, campaign.id);
      return;
    }
    case 'assign': {
      const card = at(cards, op.card)!;
      setCardCampaign(doc, card.id, at(campaigns, op.pick)?.id ?? null);
      return;
    }
  }
}

const sync = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('comments and campaigns converge', () => {
  it('concurrent comments, edits, deletions, marks and campaign edits end the same on every peer', () => {
    fc.assert(
      fc.property(fc.array(round, { minLength: 1, maxLength: 6 }), (rounds) => {
        const origin = new Y.Doc();
        createWorkspace(origin, { name: 'Redaktion' });
        for (const title of ['Teaser', 'Interview', 'Umfrage'])
          addCard(origin, { title, columnId: 'col-ideas' as ColumnId });
        const docs = Array.from({ length: PEERS }, (_, i) => {
          const doc = new Y.Doc();
          doc.clientID = i + 1;
          sync(origin, doc);
          return doc;
        });
        const written = new Set<string>();
        for (const { ops, deliveries } of rounds) {
          for (const o of ops) apply(docs[o.peer]!, o, written);
          for (const { from, to } of deliveries) if (from !== to) sync(docs[from]!, docs[to]!);
        }
        for (const from of docs) for (const to of docs) if (from !== to) sync(from, to);

        const comments = readComments(docs[0]!);
        const campaigns = readCampaigns(docs[0]!);
        const assigned = readCards(docs[0]!).map((card) => card.campaignId);
        for (const doc of docs.slice(1)) {
          expect(readComments(doc)).toEqual(comments);
          expect(readCampaigns(doc)).toEqual(campaigns);
          expect(readCards(doc).map((card) => card.campaignId)).toEqual(assigned);
        }
        for (const comment of comments) {
          expect(written.has(comment.text)).toBe(true);
          expect(comment.mentions).toEqual(mentionsIn(comment.text, people));
          expect(comment.problems).toEqual([]);
        }
        for (const campaign of campaigns) expect(campaign.problems).toEqual([]);
      }),
      { numRuns: 150, seed: 2126 },
    );
  });
});
