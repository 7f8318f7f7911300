import './requests.css';
import type { CardId, Task } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { NotificationSwitch } from '../notifications/NotificationSwitch';
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
  if (!me) return <p className="tasks-empty notice">{t('tasks.noIdentity')}</p>;
  return (
    <div className="tasks-view">
      <div className="tasks-toolbar">
        <NotificationSwitch />
        {skipped > 0 && <p className="hint">{t('request.skipped', { count: skipped })}</p>}
      </div>
      <div className="tasks-columns">
        <TaskList
          id="tasks-mine"
          title={t('tasks.mine')}
          lead={t('tasks.mineLead')}
          empty={t('tasks.mineEmpty')}
          tasks={mine}
          onOpenCard={onOpenCard}
        />
        <TaskList
          id="tasks-waiting"
          title={t('tasks.waiting')}
          lead={t('tasks.waitingLead')}
          empty={t('tasks.waitingEmpty')}
          tasks={waiting}
          onOpenCard={onOpenCard}
        />
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
}: {
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
          {title} <span className={`count${overdue ? ' alert' : ''}`}>{tasks.length}</span>
        </h2>
        <p className="hint">{lead}</p>
      </header>
      {tasks.length === 0 ? (
        <p className="hint empty">{empty}</p>
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
    </section>
  );
}
