/*
 * Comments on a card, with @mentions: the thread where colleagues discuss the post.
 *
 *   comments  Y.Map<CommentId, Y.Map>  cardId, authorId, authorName (copied when written, so a
 *                                      removed person stays readable), text, createdAt, editedAt?,
 *                                      mentions [PersonId] (who the text names as `@Name`),
 *                                      done Y.Map<PersonId, at> (mentions their person marked done)
 *
 * Added without a new schema version: older apps keep it untouched. Only the author edits or
 * deletes a comment (checked here; a CommentError says why not). An edit writes the text and the
 * mentions it names as whole values; each mentioned person writes only their own key in `done`, so
 * two people marking their mentions done never overwrite each other. A comment deleted while a
 * colleague edits it stays deleted on every laptop (the edit lands in a record that is gone).
 */
import * as Y from 'yjs';
import { clip, isId, isInstant, LIMITS } from './bounds';
import { change, newRecord, recordOf } from './doc';
import { newId, type CardId, type CommentId, type PersonId } from './ids';
import { Reader } from './read';
import type { Person } from './schema';

export interface Comment {
  id: CommentId;
  cardId: CardId;
  authorId: PersonId | null;
  authorName: string;
  text: string;
  createdAt: number;
  /** When the author last changed the text; null when never. */
  editedAt: number | null;
  /** The people the text mentions. */
  mentions: readonly PersonId[];
  /** The mentioned people who marked their mention done, keyed by person id (a prototype-free object). */
  done: { readonly [personId: string]: number };
  problems: readonly string[];
}

export type CommentErrorCode = 'empty' | 'notAuthor' | 'noAuthor';

export class CommentError extends Error {
  constructor(readonly code: CommentErrorCode) {
    super(`Comment not allowed: ${code}`);
    this.name = 'CommentError';
  }
}

const commentsMap = (doc: Y.Doc) => doc.getMap<unknown>('comments');

const WORD = /[\p{L}\p{N}]/u;

/**
 * The people a text mentions: at every `@` that does not stand inside a word (an e-mail address),
 * the longest name that follows it and is not followed by a letter or digit (`@Ben Meier` names Ben
 * Meier, not Ben; `@Benjamin` names neither). Names are matched exactly as they are spelt.
 */
export function mentionsIn(text: string, people: readonly Pick<Person, 'id' | 'name'>[]): PersonId[] {
  const named = people.filter((p) => p.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const found: PersonId[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && WORD.test(text[at - 1]!)) continue;
    const person = named.find(
      (p) => text.startsWith(p.name, at + 1) && !WORD.test(text.charAt(at + 1 + p.name.length)),
    );
    if (person && !found.includes(person.id)) found.push(person.id);
  }
  return found.slice(0, LIMITS.list);
}

/** A comment read defensively; null for what is not a record or has no card to belong to. */
export function readComment(id: string, value: unknown): Comment | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  const cardId = r.raw('cardId');
  if (!isId(cardId)) return null;
  if (!isId(id)) r.problems.push('id');
  const done = Object.create(null) as { [personId: string]: number };
  const doneValue = r.raw('done');
  if (doneValue instanceof Y.Map) {
    let count = 0;
    for (const [personId, at] of doneValue.entries()) {
      if (count++ >= LIMITS.list) break;
      if (isId(personId) && isInstant(at)) done[personId] = at;
      else r.problems.push('done');
    }
  } else if (doneValue !== undefined) r.problems.push('done');
  return {
    id: id as CommentId,
    cardId: cardId as CardId,
    authorId: r.field('authorId', (v): v is string | null => v === null || isId(v), null) as PersonId | null,
    authorName: r.text('authorName', LIMITS.name, ''),
    text: r.text('text', LIMITS.note, '', true),
    createdAt: r.field('createdAt', isInstant, 0, true),
    editedAt: r.field('editedAt', (v): v is number | null => v === null || isInstant(v), null),
    mentions: r.list('mentions', LIMITS.list, (v) => (isId(v) ? (v as PersonId) : null)),
    done,
    problems: [...new Set(r.problems)],
  };
}

/** All readable comments, oldest first (by time, then id: the same order on every laptop). */
export function readComments(doc: Y.Doc): Comment[] {
  const comments: Comment[] = [];
  commentsMap(doc).forEach((value, id) => {
    const comment = readComment(id, value);
    if (comment) comments.push(comment);
  });
  return comments.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** The comments of one card, oldest first. */
export function commentsOfCard(comments: readonly Comment[], cardId: CardId): Comment[] {
  return comments.filter((comment) => comment.cardId === cardId);
}

export interface NewComment {
  cardId: CardId;
  author: Pick<Person, 'id' | 'name'>;
  text: string;
  /** The workspace's people, to find the mentions in the text. */
  people: readonly Pick<Person, 'id' | 'name'>[];
  now?: number;
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

export function addComment(doc: Y.Doc, input: NewComment): CommentId {
  const text = clip(input.text, LIMITS.note);
  if (!text) throw new CommentError('empty');
  const id = newId<CommentId>('m');
  change(doc, () =>
    commentsMap(doc).set(
      id,
      newRecord({
        cardId: input.cardId,
        authorId: input.author.id,
        authorName: clip(input.author.name, LIMITS.name),
        text,
        createdAt: input.now ?? Date.now(),
        // Left out when the text names nobody: the reader falls back to none.
        mentions: nonEmpty(mentionsIn(text, input.people)),
        // Made with the comment, so that two people marking their mentions at once write into one map.
        done: new Y.Map<unknown>(),
      }),
    ),
  );
  return id;
}

/** The stored record of a comment that `by` wrote; throws when someone else wrote it. */
function ownRecord(doc: Y.Doc, id: CommentId, by: PersonId | null) {
  const record = recordOf(commentsMap(doc), id);
  if (!record) return undefined;
  if (by === null) throw new CommentError('noAuthor');
  if (record.get('authorId') !== by) throw new CommentError('notAuthor');
  return record;
}

/** The author changes the text; the mentions follow the new text, marks of those still mentioned stay. */
export function editComment(
  doc: Y.Doc,
  id: CommentId,
  edit: { by: PersonId | null; text: string; people: readonly Pick<Person, 'id' | 'name'>[]; now?: number },
): void {
  const text = clip(edit.text, LIMITS.note);
  if (!text) throw new CommentError('empty');
  change(doc, () => {
    const record = ownRecord(doc, id, edit.by);
    if (!record || record.get('text') === text) return;
    record.set('text', text);
    record.set('editedAt', edit.now ?? Date.now());
    const mentions = nonEmpty(mentionsIn(text, edit.people));
    if (mentions) record.set('mentions', mentions);
    else record.delete('mentions');
  });
}

/** The author deletes the comment. */
export function deleteComment(doc: Y.Doc, id: CommentId, by: PersonId | null): void {
  change(doc, () => {
    if (ownRecord(doc, id, by)) commentsMap(doc).delete(id);
  });
}

/** A mentioned person marks their mention done (or open again); nobody else's mark is touched. */
export function markMentionDone(
  doc: Y.Doc,
  id: CommentId,
  person: PersonId,
  done: boolean,
  now = Date.now(),
) {
  change(doc, () => {
    const record = recordOf(commentsMap(doc), id);
    if (!record) return;
    let marks = record.get('done');
    if (!(marks instanceof Y.Map)) {
      marks = new Y.Map<unknown>();
      record.set('done', marks);
    }
    if (done) (marks as Y.Map<unknown>).set(person, now);
    else (marks as Y.Map<unknown>).delete(person);
  });
}

export interface Mention {
  comment: Comment;
  /** When the person marked it done; null while it is open. */
  doneAt: number | null;
}

/**
 * The mentions of a person in the comments of cards that exist, newest first. A person who
 * mentions themselves gets no entry.
 */
export function mentionsOf(
  comments: readonly Comment[],
  person: PersonId,
  cardExists: (id: CardId) => boolean,
) {
  const mentions: Mention[] = [];
  for (const comment of comments) {
    if (!comment.mentions.includes(person) || comment.authorId === person || !cardExists(comment.cardId))
      continue;
    mentions.push({ comment, doneAt: comment.done[person] ?? null });
  }
  return mentions.reverse();
}
