import { useMemo, type ReactNode } from 'react';
import { dayLabel, meetingAgenda, toKey, type Agenda as AgendaOf, type CardId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { DocPart } from '../../sync/changeTracker';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { useWallClock } from '../calendar/useWallClock';
import { formatDay } from '../requests/format';
import { onChangesOf, sameJson } from '../selectors';

/** What the agenda reads: cards, their steps, slots and titles, the columns and the requests. */
const AGENDA_PARTS: DocPart[] = [
  'cards',
  'cards.pos',
  'cards.slot',
  'cards.title',
  'cards.archived',
  'columns',
  'requests',
];

/**
 * The meeting's agenda, beside the board: posts at risk this week and next, open approvals,
 * overdue inputs and the ideas that have waited longest. Each entry opens its card.
 */
export function Agenda({ onOpenCard }: { onOpenCard: (id: CardId) => void }) {
  const { t, locale } = useI18n();
  const now = useWallClock();
  const agenda: AgendaOf = useDocValue(
    useMemo(() => onChangesOf(AGENDA_PARTS, (s: Session) => meetingAgenda(s.doc, now)), [now]),
    sameJson,
  );
  const entry = (cardId: CardId, title: string, detail: ReactNode, key: string) => (
    <li key={key}>
      <button type="button" className="agenda-entry" onClick={() => onOpenCard(cardId)}>
        <span className="agenda-title">{title || t('board.untitled')}</span>
        <span className="agenda-detail">{detail}</span>
      </button>
    </li>
  );
  const due = (date: string | null) =>
    date ? ` · ${t('agenda.due', { date: formatDay(date, locale) })}` : '';
  return (
    <section className="agenda" aria-label={t('agenda.title')}>
      <h3>{t('agenda.title')}</h3>
      <Part heading={t('agenda.posts')}>
        {agenda.posts.map((p) =>
          entry(
            p.cardId,
            p.title,
            <>
              {dayLabel(p.slot.date, locale)} {p.slot.time} ·{' '}
              <span className={`agenda-risk ${p.risk}`}>
                {t(p.risk === 'overdue' ? 'agenda.overdue' : 'agenda.atRisk')}
              </span>
            </>,
            p.cardId,
          ),
        )}
      </Part>
      <Part heading={t('agenda.approvals')}>
        {agenda.approvals.map((r) =>
          entry(r.cardId, r.title, t('agenda.waitsOn', { names: r.names.join(', ') }) + due(r.dueDate), r.id),
        )}
      </Part>
      <Part heading={t('agenda.overdueInputs')}>
        {agenda.overdueInputs.map((r) =>
          entry(r.cardId, r.title, t('agenda.waitsOn', { names: r.names.join(', ') }) + due(r.dueDate), r.id),
        )}
      </Part>
      <Part heading={t('agenda.ideas')}>
        {agenda.ideas.map((i) =>
          entry(
            i.cardId,
            i.title,
            t('agenda.since', { date: formatDay(toKey(new Date(i.createdAt)), locale) }),
            i.cardId,
          ),
        )}
      </Part>
    </section>
  );
}

function Part({ heading, children }: { heading: string; children: ReactNode[] }) {
  const { t } = useI18n();
  return (
    <section className="agenda-part" aria-label={heading}>
      <h4>{heading}</h4>
      {children.length === 0 ? (
        <p className="hint">{t('agenda.none')}</p>
      ) : (
        <ul className="stack-list tight">{children}</ul>
      )}
    </section>
  );
}
