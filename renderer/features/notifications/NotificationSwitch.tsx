import { useState } from 'react';
import { useI18n } from '../../i18n';

type Permission = NotificationPermission | 'unsupported';

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for notification permission only when the user presses the button, never on load. */
export function NotificationSwitch() {
  const { t } = useI18n();
  const [permission, setPermission] = useState<Permission>(currentPermission);
  if (permission === 'unsupported') return null;
  if (permission === 'granted') return <p className="hint notify-state">{t('notify.on')}</p>;
  if (permission === 'denied') return <p className="hint notify-state">{t('notify.blocked')}</p>;
  return (
    <div className="notify-switch">
      <button
        type="button"
        className="button"
        onClick={() =>
          void Notification.requestPermission().then(setPermission, () => setPermission(currentPermission()))
        }
      >
        {t('notify.enable')}
      </button>
      <span className="hint">{t('notify.hint')}</span>
    </div>
  );
}
