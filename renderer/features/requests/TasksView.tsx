import './requests.css';
import { useCallback, type ReactNode } from 'react';
import { arrivalsFor, type Arrival, type CardId, type PersonId, type Task } from '../../../shared/model';
import type { Session } from '../../sync/session';
import { useI18n } from '../../i18n';
import { sameJson } from '../selectors';
import { useDocValue } from '../../sync/useDocValue';
import { MentionList } from '../comments/MentionList';
import { useOpenMentionCount } from '../comments/useMentions';
import { NotificationSwitch } from '../notifications/NotificationSwitch';
import { StaleTasks } from '../post/StaleTasks';
import { RequestItem } from './RequestItem';
import { selectRequestList } from './selectors';
import { useTasks } from './useTasks';
import { useToday } from './useToday';

/**
 * "Meine Aufgaben" and "Ich warte auf": everything I must deliver or approve, and everything I
 * asked for that is still open, the most urgent first. Overdue items stand out.
 */
export function TasksView({ onOpenCard }: { onOpenCard: (id: CardId) => void }) {
  const { t } = useI18n();
  const { me, mine, waiting } = useTasks();
  const skipped = useDocValue(selectSkipped);
  const openMentions = useOpenMentionCount();
  if (!me) return <p className="tasks-empty notice">{t('tasks.noIdentity')}</p>;
  return (
    <div className="tasks-view">
      <div className="tasks-toolbar">
        <NotificationSwitch />
        {skipped > 0 && <p className="hint">{t('request.skipped', { count: skipped })}</p>}
      </div>
      <StaleTasks me={me} onOpenCard={onOpenCard} />
      <div className="tasks-columns">
        <TaskList
          id="tasks-mine"
          title={t('tasks.mine')}
          lead={t('tasks.mineLead')}
          empty={t('tasks.mineEmpty')}
          tasks={mine}
          onOpenCard={onOpenCard}
          more={openMentions}
        >
          <MentionList onOpenCard={onOpenCard} />
        </TaskList>
        <TaskList
          id="tasks-waiting"
          title={t('tasks.waiting')}
          lead={t('tasks.waitingLead')}
          empty={t('tasks.waitingEmpty')}
          tasks={waiting}
          onOpenCard={onOpenCard}
        />
        <ArrivalList me={me} onOpenCard={onOpenCard} />
      </div>
    </div>
  );
}

const selectSkipped = (s: Parameters<typeof selectRequestList>[0]) => selectRequestList(s).skipped;

function TaskList({
  id,
  title,
  lead,
  empty,
  tasks,
  onOpenCard,
  more = 0,
  children,
}: {
  /** Open entries of the list besides the tasks (my mentions), shown as `children`. */
  more?: number;
  children?: ReactNode;
  id: string;
  title: string;
  lead: string;
  empty: string;
  tasks: Task[];
  onOpenCard: (id: CardId) => void;
}) {
  const today = useToday();
  const overdue = tasks.filter((task) => task.overdue).length;
  return (
    <section className="task-list" aria-labelledby={id}>
      <header>
        <h2 id={id}>
          {title} <span className={`count${overdue ? ' alert' : ''}`}>{tasks.length + more}</span>
        </h2>
        <p className="hint">{lead}</p>
      </header>
      {tasks.length === 0 ? (
        more === 0 && <p className="hint empty">{empty}</p>
      ) : (
        <ul className="request-list">
          {tasks.map((task) => (
            <li key={`${task.role}-${task.request.id}`}>
              <RequestItem
                request={task.request}
                card={task.card}
                today={today}
                showCard
                onOpenCard={onOpenCard}
              />
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** "Erledigt": what came in of what I asked for (arrivals.ts). */
function ArrivalList({ me, onOpenCard }: { me: PersonId; onOpenCard: (id: CardId) => void }) {
  const { t } = useI18n();
  const today = useToday();
  const select = useCallback(
    (s: Session): Arrival[] => arrivalsFor(selectRequestList(s).requests, (id) => s.card(id), me),
    [me],
  );
  const arrivals = useDocValue(select, sameJson);
  return (
    <section className="task-list" aria-labelledby="tasks-done">
      <header>
        <h2 id="tasks-done">
          {t('tasks.done')} <span className="count">{arrivals.length}</span>
        </h2>
        <p className="hint">{t('tasks.doneLead')}</p>
      </header>
      {arrivals.length === 0 ? (
        <p className="hint empty">{t('tasks.doneEmpty')}</p>
      ) : (
        <ul className="request-list">
          {arrivals.map((arrival) => (
            <li key={arrival.request.id}>
              <RequestItem
                request={arrival.request}
                card={arrival.card}
                today={today}
                showCard
                onOpenCard={onOpenCard}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
