import { Suspense, use, useState } from 'react';
import { FirstRun } from './features/onboarding/FirstRun';
import { Workspace } from './features/shell/Workspace';
import { useI18n } from './i18n';
import { currentWorkspaceId, sessionFor } from './sync/workspaces';
import { SessionContext } from './sync/useDocValue';
import type { Session } from './sync/session';

export function App() {
  const [workspaceId, setWorkspaceId] = useState(currentWorkspaceId);
  if (!workspaceId) return <FirstRun onCreated={setWorkspaceId} />;
  return (
    <Suspense fallback={<Loading />}>
      <OpenWorkspace session={sessionFor(workspaceId)} />
    </Suspense>
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

function OpenWorkspace({ session }: { session: Session }) {
  const { t } = useI18n();
  const migration = use(session.ready);
  if (migration === 'newer') {
    return (
      <main className="center-screen">
        <p role="alert">{t('app.newerSchema')}</p>
      </main>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <Workspace />
    </SessionContext.Provider>
  );
}
