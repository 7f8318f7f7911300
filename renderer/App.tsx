import { Suspense, use, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { isWorkspaceReady } from '../shared/model';
import { FirstRun } from './features/onboarding/FirstRun';
import { JoinWorkspace } from './features/onboarding/JoinWorkspace';
import { RestoreWorkspace } from './features/onboarding/RestoreWorkspace';
import { useFirstPaintDone, useReportFirstPaint } from './features/shell/firstPaint';
import { NavigationContext, type Navigation } from './features/shell/navigation';
import { SyncStatusBadge } from './features/shell/SyncStatusBadge';
import { Workspace } from './features/shell/Workspace';
import { UpdateBanner } from './features/update/UpdateBanner';
import { useI18n } from './i18n';
import { deviceWritten } from './sync/deviceStore';
import { removeFromDevice } from './sync/access';
import type { Session } from './sync/session';
import { useSync } from './sync/useConnection';
import { SessionContext, useDocValue } from './sync/useDocValue';
import {
  closeSession,
  currentWorkspaceId,
  flushAll,
  sessionFor,
  switchWorkspace,
  workspaceEntry,
} from './sync/workspaces';

type Screen = 'workspace' | 'create' | 'join' | 'restore' | 'leaving';

export function App() {
  const [workspaceId, setWorkspaceId] = useState(currentWorkspaceId);
  const [screen, setScreen] = useState<Screen>(workspaceId ? 'workspace' : 'create');

  // Desktop: closing the window waits (briefly) until the last edits are stored in IndexedDB.
  useEffect(() => window.desktop?.onBeforeClose(flushAll), []);

  const navigation = useMemo<Navigation>(() => {
    // The workspace opens once the device has stored that it has it (deviceStore.ts): a crash
    // right after creating, joining or restoring one never loses it from the list.
    const open = (id: string) => {
      switchWorkspace(id);
      void deviceWritten().then(() => {
        setWorkspaceId(id);
        setScreen('workspace');
        if (workspaceId && workspaceId !== id) void closeSession(workspaceId);
      });
    };
    return {
      open,
      leave: (id, next) => {
        flushSync(() => setScreen('leaving'));
        void removeFromDevice(id).finally(() => {
          if (next) return open(next);
          setWorkspaceId(null);
          setScreen('create');
        });
      },
      create: () => setScreen('create'),
      join: () => setScreen('join'),
      restore: () => setScreen('restore'),
      back: workspaceId ? () => setScreen('workspace') : null,
    };
  }, [workspaceId]);

  let content;
  if (screen === 'join') content = <JoinWorkspace />;
  else if (screen === 'restore') content = <RestoreWorkspace />;
  else if (screen === 'leaving') content = <Loading />;
  else if (screen === 'create' || !workspaceId) content = <FirstRun />;
  else {
    content = (
      <Suspense fallback={<Loading />}>
        <OpenWorkspace key={workspaceId} session={sessionFor(workspaceId)} />
      </Suspense>
    );
  }
  return (
    <NavigationContext.Provider value={navigation}>
      {content}
      <UpdateBanner />
    </NavigationContext.Provider>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <main className="center-screen" aria-busy="true">
      <p>{t('app.loading')}</p>
    </main>
  );
}

const selectReady = (s: Session) => isWorkspaceReady(s.doc);

function OpenWorkspace({ session }: { session: Session }) {
  const { t } = useI18n();
  // Always called, so that every render calls the same hooks: a `use` skipped when the session had
  // loaded meanwhile made a render that had suspended replay with more hooks (React's #467).
  const migration = use(session.ready);
  const entry = useMemo(() => workspaceEntry(session.workspaceId), [session]);
  useReportFirstPaint();
  // Connecting loads and starts the WebRTC code: after the board's first frame (firstPaint.ts).
  useSync(session, useFirstPaintDone() ? entry : undefined);
  if (migration === 'newer') {
    return (
      <main className="center-screen">
        <p role="alert">{t('app.newerSchema')}</p>
      </main>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <ReadyOrWaiting name={entry?.name ?? ''} />
    </SessionContext.Provider>
  );
}

/** A joined workspace is empty until a colleague's board arrives: say so, with the live sync status. */
function ReadyOrWaiting({ name }: { name: string }) {
  const { t } = useI18n();
  const ready = useDocValue(selectReady);
  if (ready) return <Workspace />;
  return (
    <main className="center-screen" aria-busy="true">
      <h1>{name}</h1>
      <p>{t('join.waiting')}</p>
      <SyncStatusBadge />
    </main>
  );
}
