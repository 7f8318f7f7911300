import { useEffect, useRef } from 'react';
import type { Mention, Task } from '../../../shared/model';
import { useI18n, type Translate } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { useMentions } from '../comments/useMentions';
import { useTasks } from '../requests/useTasks';
import { overdueSince, planNotifications, summarise, type NotifyItem, type NotifyState } from './plan';

/** Changes that arrive within this time are told together. */
const BATCH_MS = 1500;

const storageKey = (workspaceId: string, personId: string) => `sendeplan.notified.${workspaceId}.${personId}`;

function loadState(key: string): NotifyState {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<NotifyState> | null;
    if (value && typeof value.firstSeen === 'number' && Array.isArray(value.notified))
      return { firstSeen: value.firstSeen, notified: value.notified.filter((k) => typeof k === 'string') };
  } catch {
    // unreadable: start over as if first seen now
  }
  return { firstSeen: Date.now(), notified: [] };
}

/**
 * Keeps what was told. A full or refused localStorage must not take the app down (this runs in an
 * effect of the workspace, outside every region's boundary): then it is told again next start.
 */
function keepState(key: string, state: NotifyState): void {
  try {
    localStorage.setItem(key, JSON.stringify(state));
  } catch {
    // Not kept: at worst a notification comes twice.
  }
}

function itemsOf(tasks: readonly Task[], t: Translate): NotifyItem[] {
  const items: NotifyItem[] = [];
  for (const task of tasks) {
    const { request } = task;
    const title = task.card?.title || request.cardTitle || t('request.untitled');
    if (task.role === 'revise')
      items.push({ key: `changes:${request.id}:${task.since}`, kind: 'changes', since: task.since, title });
    else items.push({ key: `new:${request.id}:${task.since}`, kind: 'new', since: task.since, title });
    const reminder = request.reminders.at(-1);
    if (reminder && (task.role === 'deliver' || task.role === 'approve'))
      items.push({
        key: `reminded:${request.id}:${reminder.at}`,
        kind: 'reminded',
        since: reminder.at,
        title,
      });
    if (task.overdue && request.dueDate)
      items.push({
        key: `overdue:${request.id}:${request.dueDate}`,
        kind: 'overdue',
        since: overdueSince(request.dueDate),
        title,
      });
  }
  return items;
}

/** Mentions still open; the card's title is found by the caller. */
function mentionItems(mentions: readonly Mention[], titleOf: (mention: Mention) => string): NotifyItem[] {
  return mentions
    .filter((mention) => mention.doneAt === null)
    .map((mention) => ({
      key: `mention:${mention.comment.id}`,
      kind: 'mention',
      since: mention.comment.createdAt,
      title: titleOf(mention),
    }));
}

/**
 * Tells the user about new and overdue tasks, and a requester's reminders, with one system notification (web Notifications API,
 * also in Electron, whose main process allows the permission for our origin), only when the user
 * has allowed it. The in-app count on the tasks tab shows the same without permission.
 */
export function Notifier() {
  const { t } = useI18n();
  const session = useSession();
  const { me, mine } = useTasks();
  const mentions = useMentions();
  const latest = useRef({ mine, mentions, t });
  latest.current = { mine, mentions, t };

  useEffect(() => {
    if (!me) return;
    const key = storageKey(session.workspaceId, me);
    // Remember now as "first seen" for this person on this device, before anything is told.
    if (localStorage.getItem(key) === null) keepState(key, loadState(key));
    const timer = setTimeout(() => {
      const { mine: tasks, mentions: mine, t: translate } = latest.current;
      const titleOf = (m: Mention) => session.card(m.comment.cardId)?.title || translate('request.untitled');
      const items = [...itemsOf(tasks, translate), ...mentionItems(mine, titleOf)];
      const plan = planNotifications(items, loadState(key));
      keepState(key, plan.state);
      const summary = summarise(plan.tell, {
        new: (count) => translate('notify.new', { count }),
        overdue: (count) => translate('notify.overdue', { count }),
        changes: (count) => translate('notify.changes', { count }),
        reminded: (count) => translate('notify.reminded', { count }),
        mention: (count) => translate('notify.mention', { count }),
      });
      if (summary && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        const notification = new Notification(summary.title, { body: summary.body, tag: `sendeplan-${key}` });
        notification.onclick = () => window.focus();
      }
    }, BATCH_MS);
    return () => clearTimeout(timer);
  }, [me, mine, mentions, session]);

  return null;
}
