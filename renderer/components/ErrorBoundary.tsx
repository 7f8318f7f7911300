import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n';

interface State {
  error: Error | null;
}

/** The last line of defence: an unexpected error shows a message and a way back, not a white page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children;
  }
}

function ErrorScreen({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <main className="center-screen" role="alert">
      <h1>{t('error.title')}</h1>
      <pre className="error-detail">{error.message}</pre>
      <button type="button" className="button primary" onClick={() => location.reload()}>
        {t('error.reload')}
      </button>
    </main>
  );
}
