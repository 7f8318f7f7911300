import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { encodeInvite, isHubUrl } from '../../../shared/invite';
import { useI18n } from '../../i18n';
import { discoveredHubs, shareableHubs } from '../../sync/hubs';
import { connectSession, useSyncConnection, useSyncStatus } from '../../sync/useConnection';
import { useDocValue, useSession } from '../../sync/useDocValue';
import {
  listWorkspaces,
  updateWorkspaceEntry,
  workspaceEntry,
  type WorkspaceEntry,
} from '../../sync/workspaces';
import { selectWorkspaceName } from '../selectors';
import { useNavigation } from '../shell/navigation';
import { RelaySettings } from './RelaySettings';

/** The invite to copy, and the hubs this workspace syncs through. */
export function InviteSection() {
  const { t } = useI18n();
  const session = useSession();
  const name = useDocValue(selectWorkspaceName);
  const [entry, setEntry] = useState(() => workspaceEntry(session.workspaceId));
  const [copied, setCopied] = useState(false);
  const invite = useMemo(() => {
    if (!entry) return '';
    const hubs = shareableHubs([...(session.connection?.hubs ?? []), ...entry.hubs]);
    return encodeInvite({ room: entry.id, secret: entry.secret, name, hubs, relay: entry.relay });
  }, [entry, name, session]);
  if (!entry) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(invite);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (browser permissions): the text stays selectable in the field.
    }
  }

  return (
    <section className="settings-section">
      <h3>{t('settings.collaboration')}</h3>
      <PauseToggle />
      <LanToggle />
      <h4>{t('settings.invite')}</h4>
      <p className="hint">{t('settings.inviteHint')}</p>
      <label className="field">
        <span>{t('settings.inviteText')}</span>
        <textarea
          readOnly
          value={invite}
          rows={3}
          aria-label={t('settings.inviteText')}
          className="invite-text"
          onFocus={(e) => e.target.select()}
        />
      </label>
      <div className="row">
        <button type="button" className="button" onClick={copy}>
          {copied ? t('settings.copied') : t('settings.copy')}
        </button>
      </div>
      <RelaySettings entry={entry} onChange={setEntry} />
      <HubList entry={entry} onChange={setEntry} />
    </section>
  );
}

/** Desktop only: whether this app's hub is reachable and announced on the local network. */
function LanToggle() {
  const { t } = useI18n();
  const [announce, setAnnounce] = useState<boolean | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    void window.desktop?.lanSettings().then((settings) => setAnnounce(settings.announceOnLan));
  }, []);
  if (!window.desktop || announce === null) return null;
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={announce}
          onChange={(e) => {
            const on = e.target.checked;
            setError(false);
            window.desktop
              ?.setAnnounceOnLan(on)
              .then((settings) => setAnnounce(settings.announceOnLan))
              .catch(() => setError(true));
          }}
        />
        <span>{t('settings.announce')}</span>
      </label>
      <p className="hint">{t('settings.announceHint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {t('settings.announceError')}
        </p>
      )}
    </>
  );
}

function PauseToggle() {
  const { t } = useI18n();
  const connection = useSyncConnection();
  const status = useSyncStatus();
  if (!connection) return null;
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={status.kind === 'paused'}
        onChange={(e) => connection.setPaused(e.target.checked)}
      />
      <span>{t('settings.pause')}</span>
    </label>
  );
}

function HubList({ entry, onChange }: { entry: WorkspaceEntry; onChange: (entry: WorkspaceEntry) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [found, setFound] = useState<string[]>([]);
  useEffect(() => {
    void discoveredHubs().then(setFound);
    return window.desktop?.onLanHubsChanged((hubs) => setFound(hubs.filter(isHubUrl)));
  }, []);
  const offered = found.filter((hub) => !entry.hubs.includes(hub));

  function save(hubs: string[]) {
    const next = updateWorkspaceEntry(entry.id, { hubs });
    if (!next) return;
    onChange(next);
    void connectSession(session, next);
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const trimmed = url.trim();
    if (!isHubUrl(trimmed)) return setError(t('settings.badHub'));
    setError(null);
    setUrl('');
    save([...new Set([...entry.hubs, trimmed])]);
  }

  return (
    <div className="hubs">
      <h4>{t('settings.hubs')}</h4>
      <p className="hint">{t('settings.hubsHint')}</p>
      <ul className="stack-list tight hub-list">
        {entry.hubs.map((hub) => (
          <li key={hub}>
            <code>{hub}</code>
            <button
              type="button"
              className="icon-button"
              aria-label={t('settings.removeHub', { url: hub })}
              onClick={() => save(entry.hubs.filter((h) => h !== hub))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      {offered.length > 0 && (
        <>
          <h4>{t('settings.lanFound')}</h4>
          <p className="hint">{t('settings.lanFoundHint')}</p>
          <ul className="stack-list tight hub-list">
            {offered.map((hub) => (
              <li key={hub}>
                <code>{hub}</code>
                <button
                  type="button"
                  className="button small"
                  aria-label={t('settings.pinHubLabel', { url: hub })}
                  onClick={() => save([...entry.hubs, hub])}
                >
                  {t('settings.pinHub')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form className="row" onSubmit={add} noValidate>
        <label className="field grow">
          <span>{t('settings.hubUrl')}</span>
          <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="wss://hub.firma.de" />
        </label>
        <button type="submit" className="button">
          {t('settings.addHub')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** All workspaces on this device, to switch between, plus creating and joining. */
export function WorkspacesSection({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const navigation = useNavigation();
  const workspaces = listWorkspaces();
  const go = (action: () => void) => {
    onNavigate();
    action();
  };
  return (
    <section className="settings-section">
      <h3>{t('settings.workspaces')}</h3>
      <ul className="stack-list tight workspace-list">
        {workspaces.map((w) => (
          <li key={w.id}>
            <span>{w.name}</span>
            {w.id === session.workspaceId ? (
              <span className="hint">{t('settings.current')}</span>
            ) : (
              <button type="button" className="button small" onClick={() => go(() => navigation.open(w.id))}>
                {t('settings.open')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="button" onClick={() => go(navigation.create)}>
          {t('settings.newWorkspace')}
        </button>
        <button type="button" className="button" onClick={() => go(navigation.join)}>
          {t('settings.joinWorkspace')}
        </button>
      </div>
    </section>
  );
}
