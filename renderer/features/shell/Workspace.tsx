import './shell.css';
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import {
  deleteCard,
  notePresent,
  runningMeeting,
  type CardId,
  type MeetingId,
  type PersonId,
} from '../../../shared/model';
import { RegionBoundary } from '../../components/RegionBoundary';
import { useI18n } from '../../i18n';
import { useStoredFilter } from '../filter/storedFilter';
import { useSyncConnection } from '../../sync/useConnection';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { ensureDeviceKey } from '../../sync/deviceKeys';
import { useTestFault } from '../../sync/testHook';
import { identityOf, setIdentity } from '../../sync/workspaces';
import { Board } from '../board/Board';
import { FilterBar } from '../filter/FilterBar';
import { MovedBanner } from '../access/AccessSection';
import { ApprovalGate } from '../access/ApprovalGate';
import { FilesAhead } from '../attachments/FilesAhead';
import { CrisisBanner } from '../crisis/CrisisBanner';
import { LateNotice, ProcessesService } from '../processes/ProcessesService';
import { RequestsService } from '../requests/RequestsService';
import { TasksBadge } from '../requests/TasksBadge';
import { onChangesOf, sameRecords, selectPeople } from '../selectors';
import { useFirstPaintDone } from './firstPaint';
import { Header, type ViewTab } from './Header';
import { IdentityContext } from './identity';
import { IdentityPicker } from './IdentityPicker';
import { useUndoShortcuts } from './useUndoShortcuts';
import { VersionKeeper } from '../versions/VersionKeeper';

// Evaluated when first shown, so that opening a workspace runs only what the board needs (the
// code is in the one script, vite.config.ts).
const CalendarView = lazy(() =>
  import('../calendar/CalendarView').then((m) => ({ default: m.CalendarView })),
);
const TasksView = lazy(() => import('../requests/TasksView').then((m) => ({ default: m.TasksView })));
const ProcessesView = lazy(() =>
  import('../processes/ProcessesView').then((m) => ({ default: m.ProcessesView })),
);
const CardPanel = lazy(() => import('../card/CardPanel').then((m) => ({ default: m.CardPanel })));
const MeetingPanel = lazy(() => import('../meeting/MeetingPanel').then((m) => ({ default: m.MeetingPanel })));
const SettingsDialog = lazy(() =>
  import('../settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog })),
);

/** The meeting and the crisis that run, as their ids: a decision written down changes neither. */
export const selectRunningIds = onChangesOf(['meetings'], (s: Session) =>
  [runningMeeting(s.doc)?.id, runningMeeting(s.doc, 'crisis')?.id].filter(Boolean).join(' '),
);

/** The views of a workspace, one tab each in the header. */
type View = 'board' | 'calendar' | 'tasks' | 'processes';

/** The open workspace: header, filters, the current view, the meeting's and the card's side panels. */
export function Workspace() {
  const { t } = useI18n();
  const session = useSession();
  const people = useDocValue(selectPeople, sameRecords);
  const [me, setMe] = useState<PersonId | null>(() => identityOf(session.workspaceId));
  const [filter, setFilter] = useStoredFilter(session.workspaceId);
  const [openCard, setOpenCard] = useState<CardId | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [meetingOpen, setMeetingOpen] = useState(false);
  const [view, setView] = useState<View>('board');
  const painted = useFirstPaintDone();
  const views: ViewTab<View>[] = [
    { id: 'board', label: t('header.board') },
    { id: 'calendar', label: t('view.calendar') },
    { id: 'tasks', label: t('view.tasks'), badge: painted ? <TasksBadge /> : null },
    { id: 'processes', label: t('view.processes') },
  ];
  useUndoShortcuts(session);
  useTestFault();

  const chooseIdentity = useCallback(
    (personId: PersonId) => {
      setIdentity(session.workspaceId, personId);
      setMe(personId);
    },
    [session],
  );

  const known = me !== null && people.some((p) => p.id === me);
  // The device's signing key for the person it is (made once; pending for a person who has one
  // elsewhere), so that its decisions can be verified on every device.
  useEffect(() => {
    if (known && me)
      ensureDeviceKey(session, me).catch((error: unknown) => console.warn('Sendeplan: no device key', error));
  }, [session, me, known]);
  const myself = people.find((p) => p.id === me);
  // While a meeting or a crisis runs, this laptop's person is on its list of those present.
  const running = useDocValue(selectRunningIds);
  const [myId, myName] = [myself?.id, myself?.name];
  useEffect(() => {
    if (!myId || !myName) return;
    for (const id of running.split(' ').filter(Boolean))
      notePresent(session.doc, id as MeetingId, { id: myId, name: myName });
  }, [session, running, myId, myName]);
  const connection = useSyncConnection();
  useEffect(() => {
    connection?.setPresence({
      personId: myself?.id ?? null,
      name: myself?.name ?? '',
      color: myself?.color ?? '#868e96',
      cardId: openCard,
    });
  }, [connection, myself?.id, myself?.name, myself?.color, openCard]);
  return (
    <IdentityContext.Provider value={known ? me : null}>
      <RequestsService />
      <FilesAhead />
      <ProcessesService />
      <VersionKeeper />
      <ApprovalGate />
      <div className="workspace">
        <RegionBoundary>
          <Header
            views={views}
            view={view}
            onView={setView}
            onOpenSettings={() => setSettingsOpen(true)}
            onOpenMeeting={() => setMeetingOpen(true)}
          />
        </RegionBoundary>
        <RegionBoundary>
          <MovedBanner />
        </RegionBoundary>
        <RegionBoundary>
          <CrisisBanner onOpenCard={setOpenCard} />
        </RegionBoundary>
        <RegionBoundary>
          <LateNotice />
        </RegionBoundary>
        {view !== 'tasks' && view !== 'processes' && (
          <RegionBoundary>
            <FilterBar filter={filter} onChange={setFilter} />
          </RegionBoundary>
        )}
        <div className="workspace-main">
          <main className="workspace-view">
            <RegionBoundary key={view}>
              {view === 'board' && <Board filter={filter} onOpenCard={setOpenCard} />}
              <Suspense fallback={null}>
                {view === 'tasks' && <TasksView onOpenCard={setOpenCard} />}
                {view === 'calendar' && <CalendarView filter={filter} onOpenCard={setOpenCard} />}
                {view === 'processes' && <ProcessesView onOpenCard={setOpenCard} />}
              </Suspense>
            </RegionBoundary>
          </main>
          <RegionBoundary onClose={() => setMeetingOpen(false)}>
            <Suspense fallback={null}>
              {meetingOpen && <MeetingPanel onClose={() => setMeetingOpen(false)} onOpenCard={setOpenCard} />}
            </Suspense>
          </RegionBoundary>
          {openCard && (
            <RegionBoundary
              key={openCard}
              recordId={openCard}
              onRemove={() => {
                deleteCard(session.doc, openCard);
                setOpenCard(null);
              }}
            >
              <Suspense fallback={null}>
                <CardPanel cardId={openCard} onClose={() => setOpenCard(null)} />
              </Suspense>
            </RegionBoundary>
          )}
        </div>
      </div>
      <RegionBoundary onClose={() => setSettingsOpen(false)}>
        {!known && <IdentityPicker onChoose={chooseIdentity} />}
        <Suspense fallback={null}>
          {settingsOpen && (
            <SettingsDialog onChooseIdentity={chooseIdentity} onClose={() => setSettingsOpen(false)} />
          )}
        </Suspense>
      </RegionBoundary>
    </IdentityContext.Provider>
  );
}
