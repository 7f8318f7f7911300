import './comments.css';
import { useCallback, useState } from 'react';
import {
  CommentError,
  addComment,
  deleteComment,
  editComment,
  type CardId,
  type Comment,
  type Person,
} from '../../../shared/model';
import { ConfirmDialog } from '../../components/Dialog';
import { useI18n, type Translate } from '../../i18n';
import { formatSafely, isoSafely } from '../../i18n/formatSafely';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameJson, sameRecords, selectPeople } from '../selectors';
import { useIdentity } from '../shell/identity';
import { MentionInput } from './MentionInput';
import { COMMENT_PARTS, commentsOf } from './selectors';

/** What a failed comment action says; anything else is thrown on. */
function messageOf(error: unknown, t: Translate): string {
  if (error instanceof CommentError) return t(`comments.error.${error.code}`);
  throw error;
}

/** A comment's time as the user reads it: 07.12.2026, 09:41 in German. */
export function commentTime(at: number, locale: string): string {
  return formatSafely(at, locale === 'de' ? 'dd.MM.yyyy, HH:mm' : 'd MMM yyyy, HH:mm');
}

/**
 * The card's comments, oldest first, and a field to write one. Each comment can be edited and
 * deleted by its author only; `@Name` mentions are shown marked.
 */
export function CommentThread({ cardId }: { cardId: CardId }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const people = useDocValue(selectPeople, sameRecords);
  const comments = useDocValue(
    useCallback((s: Session) => commentsOf(s, cardId), [cardId]),
    sameJson,
    COMMENT_PARTS,
  );
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const author = people.find((p) => p.id === me);

  const send = () => {
    if (!author) return;
    try {
      addComment(session.doc, { cardId, author, text: draft, people });
      session.stopCapturing();
      setDraft('');
      setError('');
    } catch (caught) {
      setError(messageOf(caught, t));
    }
  };

  return (
    <section className="card-comments" aria-labelledby={`comments-${cardId}`}>
      <h3 id={`comments-${cardId}`}>
        {t('comments.section')} {comments.length > 0 && <span className="count">{comments.length}</span>}
      </h3>
      {comments.length === 0 ? (
        <p className="hint">{t('comments.none')}</p>
      ) : (
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id}>
              <CommentItem
                comment={comment}
                people={people}
                mine={comment.authorId !== null && comment.authorId === me}
              />
            </li>
          ))}
        </ol>
      )}
      {author ? (
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <MentionInput
            value={draft}
            onChange={setDraft}
            onSubmit={send}
            people={people}
            label={t('comments.field')}
            placeholder={t('comments.placeholder')}
          />
          <p className="hint">{t('comments.hint')}</p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="comment-actions">
            <button type="submit" className="button primary" disabled={!draft.trim()}>
              {t('comments.send')}
            </button>
          </div>
        </form>
      ) : (
        <p className="hint">{t('comments.noIdentity')}</p>
      )}
    </section>
  );
}

/** The text with every `@Name` of a known person marked. */
export function CommentText({ text, people }: { text: string; people: readonly Person[] }) {
  const names = people
    .map((p) => p.name)
    .filter((name) => name.trim())
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length === 0) return <p className="comment-text">{text}</p>;
  const parts = text.split(new RegExp(`(@(?:${names.join('|')}))(?![\\p{L}\\p{N}])`, 'u'));
  return (
    <p className="comment-text">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="mention">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </p>
  );
}

function CommentItem({
  comment,
  people,
  mine,
}: {
  comment: Comment;
  people: readonly Person[];
  mine: boolean;
}) {
  const { t, locale } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState('');
  const name =
    people.find((p) => p.id === comment.authorId)?.name || comment.authorName || t('comments.unknownAuthor');

  const save = () => {
    if (editing === null) return;
    try {
      editComment(session.doc, comment.id, { by: me, text: editing, people });
      session.stopCapturing();
      setEditing(null);
      setError('');
    } catch (caught) {
      setError(messageOf(caught, t));
    }
  };

  return (
    <article className="comment" aria-label={t('comments.article', { name })}>
      <header>
        <strong>{name}</strong>{' '}
        <time dateTime={isoSafely(comment.createdAt)} className="hint">
          {commentTime(comment.createdAt, locale)}
        </time>
        {comment.editedAt !== null && <span className="hint"> · {t('comments.edited')}</span>}
      </header>
      {editing === null ? (
        <CommentText text={comment.text} people={people} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <MentionInput
            value={editing}
            onChange={setEditing}
            onSubmit={save}
            people={people}
            label={t('comments.editField')}
            autoFocus
          />
          <div className="comment-actions">
            <button type="submit" className="button primary" disabled={!editing.trim()}>
              {t('comments.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t('comments.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {mine && editing === null && (
        <div className="comment-actions">
          <button type="button" className="button small" onClick={() => setEditing(comment.text)}>
            {t('comments.edit')}
          </button>
          <button type="button" className="button small" onClick={() => setConfirm(true)}>
            {t('comments.delete')}
          </button>
        </div>
      )}
      {confirm && (
        <ConfirmDialog
          title={t('comments.deleteTitle')}
          confirmLabel={t('comments.delete')}
          onConfirm={() => {
            try {
              deleteComment(session.doc, comment.id, me);
              session.stopCapturing();
            } catch (caught) {
              setError(messageOf(caught, t));
            }
          }}
          onClose={() => setConfirm(false)}
        >
          <p>{t('comments.deleteText')}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
