// The base sheet first: each feature's sheet, imported by its components, comes after it.
import './styles/base.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { registerOfflineApp } from './features/update/appUpdate';
import { I18nProvider, storedLocale } from './i18n';
import { openDeviceStore } from './sync/deviceStore';
import { currentWorkspaceId, revealSecrets, sessionFor } from './sync/workspaces';

// An error React recovered from by rendering again at once (React's error #520): the screen is
// right, so it is a warning with its cause, not an uncaught error (React's default reports it as one).
function recovered(error: unknown) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const told = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
  console.warn(`Sendeplan: React recovered from an error while rendering: ${told}`);
}

function render() {
  const root = createRoot(document.getElementById('root')!, { onRecoverableError: recovered });
  // At once, in this task, rather than in a scheduler task queued behind whatever waits.
  flushSync(() =>
    root.render(
      <StrictMode>
        <I18nProvider>
          <ErrorBoundary>
            <App />
          </ErrorBoundary>
        </I18nProvider>
      </StrictMode>,
    ),
  );
}

// The workspace is loaded before React renders at all: React's first render is then the board,
// with no loading screen committed in between (a Suspense fallback also holds back the content
// that replaces it for 300 ms) and no render work ahead of applying the stored state.
// A load that takes very long (IndexedDB busy or blocked by another window) shows the loading
// screen after three seconds instead of an empty window (10,000 cards load in about one).
// What the device knows (its workspaces, who the user is) is read first: sync/deviceStore.ts.
// Desktop: the workspace secrets are sealed with the OS keychain and revealed then (secretVault.ts).
function start() {
  document.documentElement.lang = storedLocale();
  const opening = currentWorkspaceId();
  if (opening) {
    const loaded = sessionFor(opening).ready;
    const waited = new Promise((resolve) => setTimeout(resolve, 3000));
    void Promise.race([loaded, waited]).then(render, render);
  } else render();
}
void openDeviceStore()
  .then(() => (window.desktop ? revealSecrets() : undefined))
  .then(start, start);

registerOfflineApp();
