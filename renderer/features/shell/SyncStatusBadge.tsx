import { Avatar } from '../../components/Avatar';
import { useI18n } from '../../i18n';
import { usePresence, useResyncing, useSyncStatus } from '../../sync/useConnection';

/**
 * The truth about sync, always visible: offline, searching, or connected to N colleagues, and
 * that a connection is being synced anew after a send to a colleague failed.
 */
export function SyncStatusBadge() {
  const { t } = useI18n();
  const status = useSyncStatus();
  const resyncing = useResyncing();
  const label =
    status.kind === 'connected'
      ? t(status.peers === 1 ? 'sync.connectedOne' : 'sync.connected', { count: status.peers })
      : t(`sync.${status.kind}`);
  const hints = [t(`sync.hint.${status.kind}`), ...(resyncing ? [t('sync.hint.resyncing')] : [])];
  return (
    <span className={`sync-status ${status.kind}`} role="status" title={hints.join(' ')}>
      <span className="dot" aria-hidden="true" />
      {label}
      {resyncing && ` · ${t('sync.resyncing')}`}
    </span>
  );
}

/** Avatars of the colleagues present now. */
export function PresenceAvatars() {
  const { t } = useI18n();
  const presence = usePresence();
  if (presence.length === 0) return null;
  return (
    <ul className="presence" aria-label={t('sync.present')}>
      {presence.map((p) => (
        <li key={p.clientId}>
          <Avatar name={p.name} color={p.color} />
        </li>
      ))}
    </ul>
  );
}
