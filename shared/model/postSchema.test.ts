// The post was added without a new schema version. A workspace written before it (by the model at
// git 0f23371, fixtures/before-post.json) opens as it was, and its approvals stay valid until the
// approved content changes; what this version writes is made of keys an older app leaves alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { staleApprovals } from './approvalChanges';
import { readCards } from './cards';
import { readChannels } from './channels';
import { migrate } from './migrations';
import { NO_POST, setPostCopy } from './post';
import { readMeta } from './workspace';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/before-post.json', import.meta.url), 'utf8')) as {
  update: string;
};

function beforePost(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(fixture.update, 'base64'));
  return doc;
}

describe('a workspace from before the post', () => {
  it('opens at the same version, every card sound and without a post', () => {
    const doc = beforePost();
    expect(migrate(doc)).toBe('current');
    expect(readMeta(doc).name).toBe('Vor dem Beitrag');
    const cards = readCards(doc);
    expect(cards).toHaveLength(20);
    for (const card of cards) {
      expect(card.problems).toEqual([]);
      expect(card.post).toEqual(NO_POST);
    }
    expect(
      readChannels(doc)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['facebook', 'instagram', 'linkedin', 'newsletter', 'x']);
  });

  it('keeps an approval made then; it covered no snapshot, so a later text does not mark it stale', () => {
    const doc = beforePost();
    const card = readCards(doc).find((c) => c.title.startsWith('FAQ-Karussell'))!;
    const approvedColumn = card.pos.columnId;
    expect(approvedColumn).toBe('col-approved');
    // Decided before approvals kept what they covered: never stale by a later edit here (its
    // signature says whether the card changed), and the card stays where it is.
    expect(staleApprovals(doc, card.id)).toEqual([]);
    setPostCopy(doc, card.id, card.channelIds[0]!, 'Neu geschrieben');
    expect(readCards(doc).find((c) => c.id === card.id)!.post.copy[card.channelIds[0]!]).toBe(
      'Neu geschrieben',
    );
    expect(staleApprovals(doc, card.id)).toEqual([]);
  });
});
