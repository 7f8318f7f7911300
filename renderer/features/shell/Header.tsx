import './shell.css';
import type { ReactNode } from 'react';
import { Avatar } from '../../components/Avatar';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { formatTime } from '../requests/format';
import { sameJson, sameRecords, selectPeople, selectRunningMeeting, selectWorkspaceName } from '../selectors';
import { useIdentity } from './identity';
import { PresenceAvatars, SyncStatusBadge } from './SyncStatusBadge';
import { AbsencesButton } from '../absences/AbsencesButton';

const selectUndoState = (s: Session) => `${s.undoManager.canUndo()}|${s.undoManager.canRedo()}`;

export interface ViewTab<V extends string> {
  id: V;
  label: string;
  /** Shown after the label, e.g. a count. */
  badge?: ReactNode;
}

export function Header<V extends string>({
  views,
  view,
  onView,
  onOpenSettings,
  onOpenMeeting,
}: {
  views: readonly ViewTab<V>[];
  view: V;
  onView: (view: V) => void;
  onOpenSettings: () => void;
  onOpenMeeting: () => void;
}) {
  const { t } = useI18n();
  const name = useDocValue(selectWorkspaceName);
  const [canUndo, canRedo] = useDocValue(selectUndoState)
    .split('|')
    .map((v) => v === 'true');
  const people = useDocValue(selectPeople, sameRecords);
  const myId = useIdentity();
  const me = people.find((p) => p.id === myId);
  return (
    <header className="app-header">
      <h1 className="brand">
        <span className="brand-mark small" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="workspace-name">{name}</span>
      </h1>
      <nav className="views" aria-label={t('header.views')}>
        {views.map((tab) => (
          <button
            key={tab.id}
            type="button"
            className={`view-tab${tab.id === view ? ' active' : ''}`}
            aria-current={tab.id === view ? 'page' : undefined}
            onClick={() => onView(tab.id)}
          >
            {tab.label}
            {tab.badge}
          </button>
        ))}
      </nav>
      <div className="header-actions">
        <PresenceAvatars />
        <SyncStatusBadge />
        <MeetingButton onOpen={onOpenMeeting} />
        <UndoButtons canUndo={canUndo!} canRedo={canRedo!} />
        {me && (
          <Avatar name={me.name} color={me.color} label={t('header.you', { name: me.name })} size="large" />
        )}
        {me && <AbsencesButton person={me} mine />}
        <button type="button" className="button" onClick={onOpenSettings}>
          {t('header.settings')}
        </button>
      </div>
    </header>
  );
}

/** "Sitzung": the editorial meeting's dialog; while one runs, for everyone, it says so. */
function MeetingButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  const running = useDocValue(selectRunningMeeting, sameJson);
  if (!running)
    return (
      <button type="button" className="button" onClick={onOpen}>
        {t('meeting.open')}
      </button>
    );
  return (
    <button
      type="button"
      className="button meeting-running"
      onClick={onOpen}
      aria-label={t('meeting.runningLabel', { time: formatTime(running.startedAt) })}
    >
      <span className="dot" aria-hidden="true" />
      {t('meeting.running')}
    </button>
  );
}

function UndoButtons({ canUndo, canRedo }: { canUndo: boolean; canRedo: boolean }) {
  const { t } = useI18n();
  const session = useSession();
  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="icon-button"
        disabled={!canUndo}
        onClick={() => session.undo()}
        aria-label={t('header.undo')}
        title={t('header.undoHint')}
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={!canRedo}
        onClick={() => session.redo()}
        aria-label={t('header.redo')}
        title={t('header.redoHint')}
      >
        ↷
      </button>
    </div>
  );
}
