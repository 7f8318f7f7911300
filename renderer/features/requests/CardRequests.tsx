import './requests.css';
import { useCallback, useState } from 'react';
import { isActive, type CardId, type Request } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useCard, useDocValue } from '../../sync/useDocValue';
import { CardHistory } from './CardHistory';
import { ApprovalRequestForm, InputRequestForm } from './RequestForms';
import { RequestItem } from './RequestItem';
import { sameJson } from '../selectors';
import { REQUEST_PARTS, requestsOfCard } from './selectors';
import { useToday } from './useToday';

/**
 * The card panel's section for requests: what the card waits on (open first), the forms to ask
 * for an input or an approval, and the card's history.
 */
export function CardRequests({ cardId }: { cardId: CardId }) {
  const { t } = useI18n();
  const today = useToday();
  const card = useCard(cardId);
  const requests = useDocValue(
    useCallback((s: Session) => requestsOfCard(s, cardId), [cardId]),
    sameJson,
    REQUEST_PARTS,
  );
  const [form, setForm] = useState<'none' | 'input' | 'approval'>('none');
  if (!card) return null;
  const ordered = [...requests].sort(
    (a: Request, b: Request) => Number(isActive(b)) - Number(isActive(a)) || b.createdAt - a.createdAt,
  );
  return (
    <section className="card-requests" aria-labelledby={`requests-${cardId}`}>
      <h3 id={`requests-${cardId}`}>{t('request.section')}</h3>
      {ordered.length === 0 && form === 'none' && <p className="hint">{t('request.none')}</p>}
      {ordered.length > 0 && (
        <ul className="request-list">
          {ordered.map((request) => (
            <li key={request.id}>
              <RequestItem request={request} card={card} today={today} />
            </li>
          ))}
        </ul>
      )}
      {form === 'input' && <InputRequestForm card={card} onDone={() => setForm('none')} />}
      {form === 'approval' && <ApprovalRequestForm card={card} onDone={() => setForm('none')} />}
      {form === 'none' && (
        <div className="request-actions">
          <button type="button" className="button" onClick={() => setForm('input')}>
            + {t('request.askInput')}
          </button>
          <button type="button" className="button" onClick={() => setForm('approval')}>
            + {t('request.askApproval')}
          </button>
        </div>
      )}
      <CardHistory cardId={cardId} />
    </section>
  );
}
