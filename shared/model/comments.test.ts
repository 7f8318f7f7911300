import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard } from './cards';
import type { CommentError } from './comments';
import {
  addComment,
  deleteComment,
  editComment,
  markMentionDone,
  mentionsIn,
  mentionsOf,
  readComment,
  readComments,
} from './comments';
import type { CardId, ColumnId, CommentId, PersonId } from './ids';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;
const anna = { id: 'p-anna' as PersonId, name: 'Anna Schmidt' };
const ben = { id: 'p-ben' as PersonId, name: 'Ben' };
const bernd = { id: 'p-bernd' as PersonId, name: 'Ben Meier' };
const people = [anna, ben, bernd];

function setup() {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  const card = addCard(doc, { title: 'Teaser', columnId: IDEAS });
  return { doc, card };
}

const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return (error as CommentError).code;
  }
  return null;
};

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};

describe('mentionsIn', () => {
  it('finds people named after an @, whole names only, each once', () => {
    expect(mentionsIn('@Anna Schmidt bitte prüfen, @Anna Schmidt!', people)).toEqual([anna.id]);
    expect(mentionsIn('@Ben und @Ben Meier', people)).toEqual([ben.id, bernd.id]);
    expect(mentionsIn('@Benjamin, Anna Schmidt ohne At', people)).toEqual([]);
    expect(mentionsIn('Mail an x@Ben.de', people)).toEqual([]);
    expect(mentionsIn('@Ben.', people)).toEqual([ben.id]);
  });
});

describe('comments', () => {
  it('adds a comment with its author, time and the people it mentions', () => {
    const { doc, card } = setup();
    const id = addComment(doc, {
      cardId: card,
      author: ben,
      text: '  @Anna Schmidt passt der Text? ',
      people,
      now: 1000,
    });
    expect(readComments(doc)).toEqual([
      {
        id,
        cardId: card,
        authorId: ben.id,
        authorName: 'Ben',
        text: '@Anna Schmidt passt der Text?',
        createdAt: 1000,
        editedAt: null,
        mentions: [anna.id],
        done: {},
        problems: [],
      },
    ]);
    expect(codeOf(() => addComment(doc, { cardId: card, author: ben, text: '   ', people }))).toBe('empty');
  });

  it('lets only the author edit; the mentions follow the text', () => {
    const { doc, card } = setup();
    const id = addComment(doc, {
      cardId: card,
      author: ben,
      text: '@Anna Schmidt schau mal',
      people,
      now: 1,
    });
    expect(codeOf(() => editComment(doc, id, { by: anna.id, text: 'fremd', people }))).toBe('notAuthor');
    expect(codeOf(() => editComment(doc, id, { by: null, text: 'niemand', people }))).toBe('noAuthor');
    expect(codeOf(() => editComment(doc, id, { by: ben.id, text: ' ', people }))).toBe('empty');
    editComment(doc, id, { by: ben.id, text: '@Ben Meier übernimmst du?', people, now: 5 });
    expect(readComments(doc)[0]).toMatchObject({
      text: '@Ben Meier übernimmst du?',
      editedAt: 5,
      mentions: [bernd.id],
    });
  });

  it('lets only the author delete', () => {
    const { doc, card } = setup();
    const id = addComment(doc, { cardId: card, author: ben, text: 'Hallo', people });
    expect(codeOf(() => deleteComment(doc, id, anna.id))).toBe('notAuthor');
    expect(readComments(doc)).toHaveLength(1);
    deleteComment(doc, id, ben.id);
    expect(readComments(doc)).toEqual([]);
    deleteComment(doc, id, ben.id); // gone already: nothing to do
  });

  it("lists a person's mentions newest first, skipping own comments and deleted cards; marks are per person", () => {
    const { doc, card } = setup();
    const other = addCard(doc, { title: 'Andere', columnId: IDEAS });
    const first = addComment(doc, { cardId: card, author: ben, text: '@Anna Schmidt eins', people, now: 1 });
    const second = addComment(doc, {
      cardId: other,
      author: ben,
      text: '@Anna Schmidt und @Ben Meier',
      people,
      now: 2,
    });
    addComment(doc, { cardId: card, author: anna, text: '@Anna Schmidt Notiz an mich', people, now: 3 });
    const exists = (id: CardId) => doc.getMap('cards').has(id);
    expect(mentionsOf(readComments(doc), anna.id, exists).map((m) => m.comment.id)).toEqual([second, first]);

    markMentionDone(doc, second, anna.id, true, 50);
    markMentionDone(doc, second, bernd.id, true, 60);
    const mentions = mentionsOf(readComments(doc), anna.id, exists);
    expect(mentions.map((m) => m.doneAt)).toEqual([50, null]);
    markMentionDone(doc, second, anna.id, false);
    expect(readComments(doc).find((c) => c.id === second)!.done).toEqual({ [bernd.id]: 60 });

    deleteCard(doc, other);
    expect(mentionsOf(readComments(doc), anna.id, exists).map((m) => m.comment.id)).toEqual([first]);
  });

  it('keeps both marks when two mentioned people mark done at once', () => {
    const { doc: a, card } = setup();
    const b = new Y.Doc();
    const id = addComment(a, { cardId: card, author: anna, text: '@Ben und @Ben Meier', people });
    sync(a, b);
    markMentionDone(a, id, ben.id, true, 10);
    markMentionDone(b, id, bernd.id, true, 20);
    sync(a, b);
    expect(readComments(a)[0]!.done).toEqual({ [ben.id]: 10, [bernd.id]: 20 });
    expect(readComments(b)).toEqual(readComments(a));
  });

  it('reads defensively: no card, no record or junk fields', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('comments');
    const record = (fields: { [key: string]: unknown }) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) m.set(k, v);
      return m;
    };
    map.set(
      'm-a',
      record({ cardId: 'c-1', text: 'y'.repeat(10_000), createdAt: 1e300, mentions: ['p-1', 7], done: 'x' }),
    );
    map.set('m-b', record({ text: 'ohne Karte' }));
    map.set('m-c', 12);
    const done = new Y.Map<unknown>();
    map.set('m-d', record({ cardId: 'c-1', text: 'ok', createdAt: 5, authorId: 'p-1', done }));
    done.set('__proto__', 5);
    done.set('p-2', 'gestern');
    expect(readComment('m-b', map.get('m-b'))).toBeNull();
    expect(readComment('m-c', map.get('m-c'))).toBeNull();
    const a = readComment('m-a', map.get('m-a'))!;
    expect(a.text.length).toBe(2000);
    expect(a).toMatchObject({ createdAt: 0, mentions: ['p-1'], done: {} });
    expect(a.problems).toEqual(expect.arrayContaining(['text…', 'createdAt', 'mentions', 'done']));
    const d = readComment('m-d', map.get('m-d'))!;
    expect(Object.keys(d.done)).toEqual(['__proto__']);
    expect(d.problems).toEqual(['done']);
    expect(readComments(doc).map((c) => c.id)).toEqual(['m-a', 'm-d']);
    expect(codeOf(() => editComment(doc, 'm-gone' as CommentId, { by: null, text: 'x', people }))).toBeNull();
  });
});
