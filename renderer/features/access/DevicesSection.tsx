import { useEffect, useState } from 'react';
import { certifyKey, readDeviceKeys, type DeviceKey, type PersonId } from '../../../shared/model';
import { ConfirmDialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { deviceKeyOf, trustOf } from '../../sync/deviceKeys';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { formatTime } from '../requests/format';
import { onChangesOf, sameRecords, selectPeople } from '../selectors';
import { useIdentity } from '../shell/identity';
import './access.css';

/**
 * A key's short fingerprint, to compare between two devices by eye: the first four bytes of its id
 * (a hash of the public key) in hex, as "9F3A 12C4".
 */
export function fingerprintOf(keyId: string): string {
  let bytes = '';
  try {
    bytes = atob(keyId.slice(0, 8).replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return keyId.slice(0, 8);
  }
  const hex = [...bytes.slice(0, 4)].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 4)} ${hex.slice(4, 8)}`.toUpperCase();
}

/** Changes of the device keys: the list is read again (with its trust) after each. */
export const selectKeys = onChangesOf(['deviceKeys'], (s) => s.changesOf('deviceKeys'));

interface Devices {
  keys: DeviceKey[];
  /** This device's key for the person, if it made one. */
  own: string | null;
  trusted: ReadonlySet<string>;
}

async function devicesOf(session: Session, me: PersonId): Promise<Devices> {
  const own = await deviceKeyOf(session.workspaceId, me);
  const trust = await trustOf(session, me);
  return { keys: readDeviceKeys(session.doc, me), own: own?.keyId ?? null, trusted: trust.trusted };
}

/**
 * "Deine Geräte": the devices that sign in the name of the person this device is. A further device
 * (a new laptop that chose "Ich bin" the same person) is pending and proves nothing until a device
 * already confirmed for the person confirms it here, after comparing the fingerprint it shows.
 */
export function DevicesSection() {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const people = useDocValue(selectPeople, sameRecords);
  const keysChanged = useDocValue(selectKeys);
  const [devices, setDevices] = useState<Devices | null>(null);
  const [asking, setAsking] = useState<DeviceKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  useEffect(() => {
    if (!me) return;
    let current = true;
    devicesOf(session, me).then(
      (found) => current && setDevices(found),
      () => current && setDevices(null),
    );
    return () => {
      current = false;
    };
  }, [session, me, keysChanged, done]);
  const name = people.find((p) => p.id === me)?.name;
  if (!me || !name || !devices) return null;
  const confirmed = devices.own !== null && devices.trusted.has(devices.own);

  async function confirm(key: DeviceKey) {
    try {
      const signer = await deviceKeyOf(session.workspaceId, me!);
      if (!signer || !(await trustOf(session, me!)).trusted.has(signer.keyId))
        return setError(t('trust.deviceNotConfirmed', { name: name! }));
      await certifyKey(session.doc, signer, key.keyId);
      setError(null);
      setDone((n) => n + 1);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  const stateOf = (key: DeviceKey) =>
    key.keyId === devices.own
      ? confirmed
        ? t('devices.thisConfirmed')
        : t('devices.thisPending')
      : devices.trusted.has(key.keyId)
        ? t('devices.confirmed')
        : t('devices.pending');
  return (
    <section className="settings-section" aria-labelledby="devices-title">
      <h3 id="devices-title">{t('devices.title', { name })}</h3>
      <p className="hint">{confirmed ? t('devices.hint', { name }) : t('devices.hintPending', { name })}</p>
      <ul className="device-list">
        {devices.keys.map((key) => (
          <li key={key.keyId} aria-label={t('devices.device', { fingerprint: fingerprintOf(key.keyId) })}>
            <code className="fingerprint">{fingerprintOf(key.keyId)}</code>
            <span className="hint">
              {t('devices.added', { date: formatDate(key.addedAt), time: formatTime(key.addedAt) })}
            </span>
            <span className="device-state">{stateOf(key)}</span>
            {confirmed && !devices.trusted.has(key.keyId) && (
              <button type="button" className="button small" onClick={() => setAsking(key)}>
                {t('devices.confirm')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={t('devices.confirmTitle')}
          confirmLabel={t('devices.confirm')}
          onConfirm={() => void confirm(asking)}
          onClose={() => setAsking(null)}
        >
          <p>{t('devices.confirmText', { name, fingerprint: fingerprintOf(asking.keyId) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
