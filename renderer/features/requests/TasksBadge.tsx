import './requests.css';
import { useI18n } from '../../i18n';
import { useOpenMentionCount } from '../comments/useMentions';
import { useTasks } from './useTasks';

/** The count on the tasks tab: my open tasks, red when one of them is overdue. */
export function TasksBadge() {
  const { t } = useI18n();
  const { mine } = useTasks();
  const count = mine.length + useOpenMentionCount();
  if (count === 0) return null;
  const alert = mine.some((task) => task.overdue);
  return (
    <>
      <span className={`tab-badge${alert ? ' alert' : ''}`} aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden">({t('tasks.badge', { count })})</span>
    </>
  );
}
