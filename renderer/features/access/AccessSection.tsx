import { useMemo, useState } from 'react';
import { encodeInvite } from '../../../shared/invite';
import { readMoved } from '../../../shared/model';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { renewKey, wasRenewedHere } from '../../sync/access';
import { shareableHubs } from '../../sync/hubs';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { listWorkspaces, type WorkspaceEntry } from '../../sync/workspaces';
import { onChangesOf, selectWorkspaceName } from '../selectors';
import { useIdentity } from '../shell/identity';
import { useNavigation } from '../shell/navigation';

/** "Zugang": renew the key (take access back), or remove the workspace from this device. */
export function AccessSection({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState<'renew' | 'remove' | null>(null);
  return (
    <section className="settings-section">
      <h3>{t('access.title')}</h3>
      <p className="hint">{t('access.hint')}</p>
      <div className="row">
        <button type="button" className="button" onClick={() => setAsking('renew')}>
          {t('access.renew')}
        </button>
        <button type="button" className="button danger" onClick={() => setAsking('remove')}>
          {t('access.remove')}
        </button>
      </div>
      {asking === 'renew' && <RenewDialog onClose={() => setAsking(null)} onNavigate={onNavigate} />}
      {asking === 'remove' && (
        <RemoveWorkspaceDialog onClose={() => setAsking(null)} onNavigate={onNavigate} />
      )}
    </section>
  );
}

/** Asks, renews, then shows the new invite for the colleagues who stay. */
export function RenewDialog({ onClose, onNavigate }: { onClose: () => void; onNavigate: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const navigation = useNavigation();
  const name = useDocValue(selectWorkspaceName);
  const [renewed, setRenewed] = useState<WorkspaceEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const invite = useMemo(
    () =>
      renewed &&
      encodeInvite({
        room: renewed.id,
        secret: renewed.secret,
        name,
        hubs: shareableHubs([...(session.connection?.hubs ?? []), ...renewed.hubs]),
        relay: renewed.relay,
      }),
    [renewed, name, session],
  );

  if (!renewed || !invite) {
    return (
      <Dialog
        title={t('access.renewTitle')}
        onClose={onClose}
        actions={
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('dialog.cancel')}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                renewKey(session, me).then(setRenewed, (reason: unknown) => {
                  setBusy(false);
                  setError(reason instanceof Error ? reason.message : String(reason));
                });
              }}
            >
              {t('access.renewConfirm')}
            </button>
          </>
        }
      >
        <p>{t('access.renewText')}</p>
        {error && (
          <p className="form-error" role="alert">
            {t('access.renewFailed', { reason: error })}
          </p>
        )}
      </Dialog>
    );
  }
  const open = () => {
    const old = session.workspaceId;
    onNavigate();
    navigation.leave(old, renewed.id);
  };
  return (
    <Dialog
      title={t('access.renewedTitle')}
      onClose={open}
      actions={
        <button type="button" className="button primary" onClick={open}>
          {t('access.openRenewed')}
        </button>
      }
    >
      <p>{t('access.renewedText')}</p>
      <label className="field">
        <span>{t('access.newInvite')}</span>
        <textarea
          readOnly
          value={invite}
          rows={3}
          className="invite-text"
          onFocus={(e) => e.target.select()}
        />
      </label>
      <div className="row">
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(invite).then(
              () => setCopied(true),
              () => {},
            )
          }
        >
          {copied ? t('settings.copied') : t('settings.copy')}
        </button>
      </div>
    </Dialog>
  );
}

function RemoveWorkspaceDialog({ onClose, onNavigate }: { onClose: () => void; onNavigate: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const navigation = useNavigation();
  const name = useDocValue(selectWorkspaceName);
  return (
    <ConfirmDialog
      title={t('access.removeTitle', { name })}
      confirmLabel={t('access.removeConfirm')}
      onConfirm={() => {
        const id = session.workspaceId;
        const other = listWorkspaces().find((w) => w.id !== id);
        onNavigate();
        navigation.leave(id, other?.id ?? null);
      }}
      onClose={onClose}
    >
      <p>{t('access.removeText', { name })}</p>
    </ConfirmDialog>
  );
}

export const selectMoved = onChangesOf(['meta'], (s) => readMoved(s.doc)?.at ?? 0);

/** Shown in a workspace whose key was renewed elsewhere: changes here reach nobody any more. */
export function MovedBanner() {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const moved = useDocValue(selectMoved);
  const [removing, setRemoving] = useState(false);
  if (!moved || wasRenewedHere(session.workspaceId)) return null;
  return (
    <div className="crisis-banner moved-banner" role="alert">
      <p>{t('access.moved', { date: formatDate(new Date(moved)) })}</p>
      <button type="button" className="button" onClick={() => setRemoving(true)}>
        {t('access.remove')}
      </button>
      {removing && <RemoveWorkspaceDialog onClose={() => setRemoving(false)} onNavigate={() => {}} />}
    </div>
  );
}
