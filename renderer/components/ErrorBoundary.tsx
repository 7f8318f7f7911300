import { Component, useMemo, useState, type ReactNode } from 'react';
import { FirstRun } from '../features/onboarding/FirstRun';
import { JoinWorkspace } from '../features/onboarding/JoinWorkspace';
import { RestoreWorkspace } from '../features/onboarding/RestoreWorkspace';
import { NavigationContext, type Navigation } from '../features/shell/navigation';
import { RescueVersions } from '../features/versions/RescueVersions';
import { useI18n } from '../i18n';
import { removeFromDevice } from '../sync/access';
import { deviceWritten } from '../sync/deviceStore';
import { currentWorkspaceId, listWorkspaces, switchWorkspace, workspaceEntry } from '../sync/workspaces';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: an unexpected error shows a message and ways out (reload, another
 * workspace, a backup, an earlier version of the open workspace as a new one), not a white page. Each region of the workspace has its
 * own boundary (RegionBoundary), so this one only sees what fails outside them.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('Sendeplan: the app failed to render', error);
  }

  override render() {
    return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children;
  }
}

/** Opens a workspace by starting the app again on it, once the device has stored the choice. */
function openAfresh(id: string): void {
  switchWorkspace(id);
  void deviceWritten().then(() => location.reload());
}

function ErrorScreen({ error }: { error: Error }) {
  const { t } = useI18n();
  const [screen, setScreen] = useState<'error' | 'create' | 'join' | 'restore'>('error');
  const navigation = useMemo<Navigation>(
    () => ({
      open: openAfresh,
      leave: (id, next) =>
        void removeFromDevice(id).finally(() => (next ? openAfresh(next) : setScreen('create'))),
      create: () => setScreen('create'),
      join: () => setScreen('join'),
      restore: () => setScreen('restore'),
      back: () => setScreen('error'),
    }),
    [],
  );
  const current = currentWorkspaceId();
  const others = listWorkspaces().filter((entry) => entry.id !== current);
  let content;
  if (screen === 'create') content = <FirstRun />;
  else if (screen === 'join') content = <JoinWorkspace />;
  else if (screen === 'restore') content = <RestoreWorkspace />;
  else {
    content = (
      <main className="center-screen">
        <div role="alert">
          <h1>{t('error.title')}</h1>
          <pre className="error-detail">{error.message.slice(0, 500)}</pre>
        </div>
        <div className="error-actions">
          <button type="button" className="button primary" onClick={() => location.reload()}>
            {t('error.reload')}
          </button>
          <button type="button" className="button" onClick={navigation.restore}>
            {t('backup.restore')}
          </button>
        </div>
        {others.length > 0 && (
          <>
            <p>{t('error.otherWorkspace')}</p>
            <ul className="error-workspaces">
              {others.map((entry) => (
                <li key={entry.id}>
                  <button type="button" className="button" onClick={() => openAfresh(entry.id)}>
                    {t('error.open', { name: entry.name })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {current && (
          <RescueVersions
            workspaceId={current}
            workspaceName={workspaceEntry(current)?.name ?? ''}
            onRestored={openAfresh}
          />
        )}
      </main>
    );
  }
  return <NavigationContext.Provider value={navigation}>{content}</NavigationContext.Provider>;
}
