import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n';

interface Props {
  children: ReactNode;
  /** The record shown in this region, when it is one (a card, a column). */
  recordId?: string;
  /** Removes the damaged record (a model mutation), when that is a way out. */
  onRemove?: () => void;
  /** What the region is, for the alert's name: "Spalte Ideen", "Karte bearbeiten". */
  label?: string;
  /** Closes the region (a dialog), when it can be closed. */
  onClose?: () => void;
}

interface State {
  error: Error | null;
  /** Bumped by "reload this part": the children mount again from the document. */
  attempt: number;
}

/**
 * An error boundary around one region of the screen (the header, a board column, the calendar, the
 * card panel, a dialog): a fault there shows a small "Dieser Bereich ist beschädigt" with the
 * record's id and a way to reload the region or remove the record, and the rest of the app stays.
 */
export class RegionBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    // Kept in the console for whoever looks into it; the region says what it can.
    console.warn('Sendeplan: a region failed to render', this.props.recordId ?? '', error);
  }

  private retry = () => this.setState(({ attempt }) => ({ error: null, attempt: attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <RegionContent key={attempt}>{this.props.children}</RegionContent>;
    return (
      <BrokenRegion
        error={error}
        recordId={this.props.recordId}
        label={this.props.label}
        onRetry={this.retry}
        onClose={
          this.props.onClose &&
          (() => {
            this.props.onClose?.();
            this.retry();
          })
        }
        onRemove={
          this.props.onRemove &&
          (() => {
            this.props.onRemove?.();
            this.retry();
          })
        }
      />
    );
  }
}

function RegionContent({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

function BrokenRegion({
  error,
  recordId,
  label,
  onRetry,
  onClose,
  onRemove,
}: {
  error: Error;
  recordId: string | undefined;
  label: string | undefined;
  onRetry: () => void;
  onClose: (() => void) | undefined;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className="region-broken" role="alert" aria-label={label}>
      <strong>⚠ {t('region.broken')}</strong>
      {recordId && <span className="region-record">{t('region.record', { id: recordId.slice(0, 64) })}</span>}
      <span className="hint region-detail">{error.message.slice(0, 200)}</span>
      <span className="region-actions">
        <button type="button" className="button small" onClick={onRetry}>
          {t('region.retry')}
        </button>
        {onClose && (
          <button type="button" className="button small" onClick={onClose}>
            {t('region.close')}
          </button>
        )}
        {onRemove && (
          <button type="button" className="button small danger" onClick={onRemove}>
            {t('region.removeCard')}
          </button>
        )}
      </span>
    </div>
  );
}
