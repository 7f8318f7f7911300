import './requests.css';
import { useI18n } from '../../i18n';
import { useTasks } from './useTasks';

/** The count on the tasks tab: my open tasks, red when one of them is overdue. */
export function TasksBadge() {
  const { t } = useI18n();
  const { mine } = useTasks();
  if (mine.length === 0) return null;
  const alert = mine.some((task) => task.overdue);
  return (
    <>
      <span className={`tab-badge${alert ? ' alert' : ''}`} aria-hidden="true">
        {mine.length}
      </span>
      <span className="visually-hidden">({t('tasks.badge', { count: mine.length })})</span>
    </>
  );
}
