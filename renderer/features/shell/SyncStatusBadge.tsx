import { Avatar } from '../../components/Avatar';
import { useI18n } from '../../i18n';
import { usePresence, useRelayInfo, useResyncing, useSyncStatus } from '../../sync/useConnection';

/**
 * The truth about sync, always visible: offline, searching, or connected to N colleagues; with a
 * team relay also whether it is connected and holds every local change ("beim Relay gesichert");
 * and that a connection is being synced anew after a send to a colleague failed.
 */
export function SyncStatusBadge() {
  const { t } = useI18n();
  const status = useSyncStatus();
  const relay = useRelayInfo();
  const resyncing = useResyncing();
  const relayUp = relay?.state === 'connected';
  // With the relay connected, "Offline" or "Suche Kolleg:innen" would say less than is true.
  const lan =
    status.kind === 'connected'
      ? t('sync.connected', { count: status.peers })
      : relayUp && status.kind !== 'paused'
        ? null
        : t(`sync.${status.kind}`);
  const parts = [
    ...(lan ? [lan] : []),
    ...(relay && status.kind !== 'paused' ? [t(`sync.relay.${relay.state}`)] : []),
    ...(resyncing ? [t('sync.resyncing')] : []),
  ];
  const hints = [
    ...(lan ? [t(`sync.hint.${status.kind}`)] : []),
    ...(relay ? [t(`sync.hint.relay.${relay.state}`)] : []),
    ...(resyncing ? [t('sync.hint.resyncing')] : []),
  ];
  const trouble = relay && ['unreachable', 'refused', 'deleted'].includes(relay.state);
  const kind = relayUp && status.kind !== 'paused' ? 'connected' : status.kind;
  return (
    <span
      className={`sync-status ${kind}${trouble ? ' relay-trouble' : ''}`}
      role="status"
      title={hints.join(' ')}
    >
      <span className="dot" aria-hidden="true" />
      {parts.join(' · ')}
      {relayUp && status.kind !== 'paused' && (
        <span className="relay-saved">
          {' · '}
          {t(relay.saved ? 'sync.relay.saved' : 'sync.relay.unsaved')}
        </span>
      )}
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
