import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, getCard, updateCard } from './cards';
import { addChannel } from './channels';
import type { CardId, ChannelId, ColumnId } from './ids';
import {
  addHashtagSet,
  copyPostFrom,
  isPostLink,
  NO_POST,
  PostError,
  readHashtagSets,
  removeHashtagSet,
  setPostCopy,
  updatePost,
  type PostPatch,
} from './post';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;

function setup() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const x = addChannel(doc, { name: 'X', kind: 'x' });
  const li = addChannel(doc, { name: 'LinkedIn', kind: 'linkedin' });
  const card = addCard(doc, { title: 'Messe', columnId: IDEAS, channelIds: [x, li] });
  return { doc, x, li, card };
}

const postOf = (doc: Y.Doc, id: CardId) => getCard(doc, id)!.post;

describe('copy per channel', () => {
  it('is empty on a new card, and each channel keeps its own text', () => {
    const { doc, x, li, card } = setup();
    expect(postOf(doc, card)).toEqual(NO_POST);
    setPostCopy(doc, card, x, 'Kurz für X 🙂');
    setPostCopy(doc, card, li, 'Länger für LinkedIn\nmit Absatz');
    expect(postOf(doc, card).copy).toEqual({ [x]: 'Kurz für X 🙂', [li]: 'Länger für LinkedIn\nmit Absatz' });
    expect(getCard(doc, card)!.problems).toEqual([]);
  });

  it('is edited character by character: two people typing in one channel keep both', () => {
    const { doc, x, card } = setup();
    setPostCopy(doc, card, x, 'Hallo Welt');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    setPostCopy(doc, card, x, 'Hallo schöne Welt');
    setPostCopy(other, card, x, 'Hallo Welt!');
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(postOf(doc, card).copy[x]).toBe('Hallo schöne Welt!');
    expect(postOf(other, card).copy[x]).toBe('Hallo schöne Welt!');
  });

  it('takes over another channel’s text', () => {
    const { doc, x, li, card } = setup();
    setPostCopy(doc, card, li, 'Aus LinkedIn');
    copyPostFrom(doc, card, li, x);
    expect(postOf(doc, card).copy[x]).toBe('Aus LinkedIn');
    copyPostFrom(doc, card, 'ch-none' as ChannelId, x); // a channel without text changes nothing
    expect(postOf(doc, card).copy[x]).toBe('Aus LinkedIn');
  });

  it('is never cut to a network’s limit, only to the size of any text (70,000)', () => {
    const { doc, x, card } = setup();
    setPostCopy(doc, card, x, 'a'.repeat(1000));
    expect(postOf(doc, card).copy[x]).toHaveLength(1000);
    setPostCopy(doc, card, x, 'a'.repeat(80_000));
    expect(postOf(doc, card).copy[x]).toHaveLength(70_000);
  });

  it('is one undo step per edit (one transaction with the local origin)', () => {
    const { doc, x, card } = setup();
    const undo = new Y.UndoManager(doc.getMap('cards'), {
      trackedOrigins: new Set([Symbol.for('sendeplan.local')]),
    });
    setPostCopy(doc, card, x, 'Entwurf');
    undo.stopCapturing();
    setPostCopy(doc, card, x, 'Entwurf zwei');
    undo.undo();
    expect(postOf(doc, card).copy[x]).toBe('Entwurf');
  });
});

describe('the plan’s fields', () => {
  it('stores format, link, call to action, hashtags, audience, community note and KPI', () => {
    const { doc, card } = setup();
    updatePost(doc, card, {
      format: 'carousel',
      link: ' https://example.com/messe?utm=1 ',
      cta: 'Jetzt Termin sichern',
      hashtags: ['#Messe', 'BAU2027', 'Messe', ' '],
      audience: 'Architekt:innen',
      cmNote: 'Fragen zu Preisen an den Vertrieb',
      kpi: '1.200 Klicks',
    });
    expect(postOf(doc, card)).toMatchObject({
      format: 'carousel',
      link: 'https://example.com/messe?utm=1',
      cta: 'Jetzt Termin sichern',
      hashtags: ['Messe', 'BAU2027'],
      audience: 'Architekt:innen',
      cmNote: 'Fragen zu Preisen an den Vertrieb',
      kpi: '1.200 Klicks',
    });
  });

  it('clears a field with an empty value (the key is removed)', () => {
    const { doc, card } = setup();
    updatePost(doc, card, { format: 'video', link: 'https://example.com', hashtags: ['a'], cta: 'x' });
    updatePost(doc, card, { format: null, link: '', hashtags: [], cta: '' });
    expect(postOf(doc, card)).toEqual(NO_POST);
    const record = doc.getMap('cards').get(card) as Y.Map<unknown>;
    expect(['format', 'link', 'hashtags', 'cta'].filter((key) => record.has(key))).toEqual([]);
  });

  it('refuses a link that is no http(s) URL', () => {
    const { doc, card } = setup();
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'example.com',
      'https://',
      'mailto:a@b.de',
      'https://a b.de',
    ])
      expect(() => updatePost(doc, card, { link: bad })).toThrow(PostError);
    expect(isPostLink('http://intranet.firma.de/x')).toBe(true);
    expect(postOf(doc, card).link).toBe('');
  });

  it('reads what a peer stored wrongly as damaged, with safe defaults', () => {
    const { doc, card } = setup();
    doc.transact(() => {
      const record = doc.getMap('cards').get(card) as Y.Map<unknown>;
      record.set('format', 'hologram');
      record.set('link', 'javascript:alert(1)');
      record.set('cta', 'x'.repeat(10_000));
      record.set('hashtags', ['ok', 7]);
      record.set('copy', 'no map');
    });
    const read = getCard(doc, card)!;
    expect(read.post).toMatchObject({ format: null, link: '', hashtags: ['ok'], copy: {} });
    expect(read.post.cta.length).toBe(300);
    expect([...read.problems].sort()).toEqual(['copy', 'cta…', 'format', 'hashtags', 'link']);
  });
});

describe('hashtag sets of the workspace', () => {
  it('are saved, listed by name and removed', () => {
    const { doc } = setup();
    const messe = addHashtagSet(doc, { name: 'Messe', tags: ['#BAU2027', 'Messe'] });
    addHashtagSet(doc, { name: 'Employer Branding', tags: ['Karriere'] });
    expect(readHashtagSets(doc).map((s) => [s.name, s.tags])).toEqual([
      ['Employer Branding', ['Karriere']],
      ['Messe', ['BAU2027', 'Messe']],
    ]);
    removeHashtagSet(doc, messe);
    expect(readHashtagSets(doc).map((s) => s.name)).toEqual(['Employer Branding']);
  });
});

describe('convergence', () => {
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('copy' as const),
      channel: fc.nat(1),
      at: fc.nat(40),
      text: fc.string({ maxLength: 6 }),
    }),
    fc.record({
      kind: fc.constant('field' as const),
      patch: fc.oneof(
        fc.record({ format: fc.constantFrom('image', 'video', 'poll', null) }),
        fc.record({ cta: fc.string({ maxLength: 8 }) }),
        fc.record({ link: fc.constantFrom('', 'https://a.de', 'https://b.de/x') }),
        fc.record({ hashtags: fc.array(fc.constantFrom('a', 'b', 'Messe'), { maxLength: 3 }) }),
      ) as fc.Arbitrary<PostPatch>,
    }),
    fc.record({ kind: fc.constant('from' as const), channel: fc.nat(1) }),
  );

  it('concurrent edits of copy and fields on three peers converge to the same post', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 6 }), { minLength: 3, maxLength: 3 }), (plans) => {
        const { doc, x, li, card } = setup();
        setPostCopy(doc, card, x, 'Start');
        const channels = [x, li];
        const peers = plans.map((_, i) => {
          const peer = new Y.Doc();
          peer.clientID = 100 + i;
          Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
          return peer;
        });
        plans.forEach((plan, i) => {
          const peer = peers[i]!;
          for (const step of plan) {
            if (step.kind === 'copy') {
              const channel = channels[step.channel]!;
              const now = getCard(peer, card)!.post.copy[channel] ?? '';
              const at = Math.min(step.at, now.length);
              setPostCopy(peer, card, channel, now.slice(0, at) + step.text + now.slice(at));
            } else if (step.kind === 'field') updatePost(peer, card, step.patch);
            else copyPostFrom(peer, card, channels[step.channel]!, channels[1 - step.channel]!);
          }
        });
        for (const a of peers) for (const b of peers) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        const posts = peers.map((peer) => getCard(peer, card)!);
        for (const post of posts) {
          expect(post.post).toEqual(posts[0]!.post);
          expect(post.problems).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the title when the channels change concurrently with the copy', () => {
    const { doc, x, li, card } = setup();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    updateCard(doc, card, { channelIds: [li] });
    setPostCopy(other, card, x, 'Für X');
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(getCard(doc, card)!.post).toEqual(getCard(other, card)!.post);
    expect(getCard(doc, card)!.channelIds).toEqual([li]);
  });
});

describe('filter and search know the post', () => {
  it('filters by format and finds words of the copy and the post’s hashtags', async () => {
    const { matchesFilter, EMPTY_FILTER } = await import('./board');
    const { doc, x, card } = setup();
    updatePost(doc, card, { format: 'poll', hashtags: ['Umfrage2027'] });
    setPostCopy(doc, card, x, 'Stimmt ab: Welche Themen wünscht ihr euch?');
    const read = getCard(doc, card)!;
    expect(matchesFilter(read, { ...EMPTY_FILTER, formats: ['poll'] })).toBe(true);
    expect(matchesFilter(read, { ...EMPTY_FILTER, formats: ['video'] })).toBe(false);
    expect(matchesFilter(read, { ...EMPTY_FILTER, text: 'wunscht' })).toBe(true);
    expect(matchesFilter(read, { ...EMPTY_FILTER, text: '#umfrage' })).toBe(true);
  });
});
