import { useState, type FormEvent } from 'react';
import { isRelayUrl } from '../../../shared/relayToken';
import { useI18n } from '../../i18n';
import { connectSession } from '../../sync/useConnection';
import { useSession } from '../../sync/useDocValue';
import { updateWorkspaceEntry, type WorkspaceEntry } from '../../sync/workspaces';

/** The team relay of this workspace: add, change or remove its address (new invites carry it). */
export function RelaySettings({
  entry,
  onChange,
}: {
  entry: WorkspaceEntry;
  onChange: (entry: WorkspaceEntry) => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [url, setUrl] = useState(entry.relay ?? '');
  const [error, setError] = useState(false);

  function save(relay: string | undefined) {
    const next = updateWorkspaceEntry(entry.id, { relay });
    if (!next) return;
    onChange(next);
    void connectSession(session, next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = url.trim();
    if (!isRelayUrl(trimmed)) return setError(true);
    setError(false);
    setUrl(trimmed);
    save(trimmed);
  }

  return (
    <div className="relay-settings">
      <h4>{t('settings.relay')}</h4>
      <p className="hint">{t('settings.relayHint')}</p>
      {entry.relay ? (
        <p>
          <code>{entry.relay}</code>
        </p>
      ) : (
        <p className="hint">{t('settings.relayNone')}</p>
      )}
      <form className="row" onSubmit={submit} noValidate>
        <label className="field grow">
          <span>{t('settings.relayUrl')}</span>
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="wss://relay.firma.de"
            aria-invalid={error}
          />
        </label>
        <button type="submit" className="button">
          {t('settings.relaySave')}
        </button>
        {entry.relay && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setUrl('');
              setError(false);
              save(undefined);
            }}
          >
            {t('settings.relayRemove')}
          </button>
        )}
      </form>
      {error && (
        <p className="form-error" role="alert">
          {t('settings.relayInvalid')}
        </p>
      )}
    </div>
  );
}
