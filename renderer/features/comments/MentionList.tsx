import './comments.css';
import { markMentionDone, type CardId, type Mention } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useCard, useDocValue, useSession } from '../../sync/useDocValue';
import { sameRecords, selectPeople } from '../selectors';
import { useIdentity } from '../shell/identity';
import { CommentText, commentTime } from './CommentThread';
import { useMentions } from './useMentions';

/**
 * My mentions in "Meine Aufgaben": who mentioned me on which card and what they wrote, open ones
 * first; each can be marked done (and open again) and opens its card.
 */
export function MentionList({ onOpenCard }: { onOpenCard: (id: CardId) => void }) {
  const { t } = useI18n();
  const mentions = useMentions();
  if (mentions.length === 0) return null;
  const ordered = [
    ...mentions.filter((m) => m.doneAt === null),
    ...mentions.filter((m) => m.doneAt !== null),
  ];
  return (
    <section className="mention-tasks" aria-label={t('mentions.title')}>
      <h3>{t('mentions.title')}</h3>
      <ul className="request-list">
        {ordered.map((mention) => (
          <li key={mention.comment.id}>
            <MentionItem mention={mention} onOpenCard={onOpenCard} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MentionItem({ mention, onOpenCard }: { mention: Mention; onOpenCard: (id: CardId) => void }) {
  const { t, locale, formatDate } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const people = useDocValue(selectPeople, sameRecords);
  const { comment, doneAt } = mention;
  const card = useCard(comment.cardId);
  const name =
    people.find((p) => p.id === comment.authorId)?.name || comment.authorName || t('comments.unknownAuthor');
  const mark = (done: boolean) => {
    if (!me) return;
    markMentionDone(session.doc, comment.id, me, done);
    session.stopCapturing();
  };
  return (
    <article
      className={`accent-item mention-item${doneAt === null ? '' : ' done'}`}
      aria-label={t('mentions.entry', { name })}
    >
      <p>
        <strong>{name}</strong> {t('mentions.onCard', { title: card?.title || t('board.untitled') })}{' '}
        <span className="hint">{commentTime(comment.createdAt, locale)}</span>
      </p>
      <CommentText text={comment.text} people={people} />
      {doneAt !== null && <p className="hint">{t('mentions.doneLabel', { date: formatDate(doneAt) })}</p>}
      <div className="comment-actions">
        <button type="button" className="button small" onClick={() => onOpenCard(comment.cardId)}>
          {t('mentions.open')}
        </button>
        <button type="button" className="button small" onClick={() => mark(doneAt === null)}>
          {doneAt === null ? t('mentions.done') : t('mentions.undo')}
        </button>
      </div>
    </article>
  );
}
