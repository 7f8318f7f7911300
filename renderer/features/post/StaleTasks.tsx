import { useCallback } from 'react';
import { staleApprovalsOf, type CardId, type PersonId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { sameJson } from '../selectors';
import { StaleNotice } from './ApprovalChanges';

/** In "Meine Aufgaben": what I approved that changed since, with the diff and "Erneut freigeben". */
export function StaleTasks({ me, onOpenCard }: { me: PersonId; onOpenCard: (id: CardId) => void }) {
  const { t } = useI18n();
  const stale = useDocValue(
    useCallback(
      (s: Session) => {
        const found = staleApprovalsOf(s.doc, me);
        return found.map((approval) => ({ ...approval, title: s.card(approval.cardId)?.title ?? '' }));
      },
      [me],
    ),
    sameJson,
    [
      'requests',
      'meetings',
      'channels',
      'cards',
      'cards.title',
      'cards.body',
      'cards.slot',
      'cards.copy',
      'cards.link',
      'cards.format',
      'cards.channelIds',
    ],
  );
  if (stale.length === 0) return null;
  return (
    <section className="post-stale-tasks" aria-labelledby="post-stale-tasks">
      <h2 id="post-stale-tasks">{t('post.staleTasks')}</h2>
      <p className="hint">{t('post.staleTasksLead')}</p>
      <ul>
        {stale.map((approval) => (
          <li key={`${approval.requestId}:${approval.personId}`}>
            <button type="button" className="link-button" onClick={() => onOpenCard(approval.cardId)}>
              {t('post.openCard', { title: approval.title })}
            </button>
            <StaleNotice cardId={approval.cardId} approval={approval} title={approval.title} />
          </li>
        ))}
      </ul>
    </section>
  );
}
