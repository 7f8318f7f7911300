import './onboarding.css';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { decryptBackup, isEncryptedBackup, readBackup, type Backup } from '../../../shared/model';
import { failureOf } from '../../components/saveTextFile';
import { useI18n } from '../../i18n';
import { restoreBackup } from '../../sync/backup';
import { hasOtherSecret, workspaceEntry } from '../../sync/workspaces';
import { useNavigation } from '../shell/navigation';
import { CreateOrBack } from './CreateOrBack';

/** Larger than any workspace's backup (10,000 cards take about 10 MB): surely another file. */
const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/**
 * "Arbeitsbereich wiederherstellen": choose a backup file, see what it holds and whether it adds a
 * workspace or merges into one this device has, then restore it. A file that is not a backup, is
 * damaged or is too new is refused before anything is written.
 */
export function RestoreWorkspace() {
  const { t, locale, formatDate } = useI18n();
  const navigation = useNavigation();
  const [backup, setBackup] = useState<Backup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sealed, setSealed] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const errorId = useId();

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setBackup(null);
    setError(null);
    setSealed(null);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return setError(t('restore.error.tooLarge'));
    let text: string;
    try {
      text = await file.text();
    } catch (reason) {
      return setError(t('restore.error.unreadable', { reason: failureOf(reason) }));
    }
    if (isEncryptedBackup(text)) return setSealed(text);
    take(text);
  }

  function take(text: string) {
    const result = readBackup(text);
    if (!result.ok) setError(t(`restore.error.${result.error}`));
    else if (hasOtherSecret(result.backup.invite)) setError(t('restore.error.otherSecret'));
    else setBackup(result.backup);
  }

  async function unlock() {
    if (!sealed) return;
    setBusy(true);
    const opened = await decryptBackup(sealed, passphrase);
    setBusy(false);
    if (!opened.ok) return setError(t(`restore.error.${opened.error}`));
    setSealed(null);
    take(opened.text);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sealed) return unlock();
    if (!backup) return;
    setBusy(true);
    try {
      navigation.open(await restoreBackup(backup, t('join.unnamed')));
    } catch (reason) {
      setBusy(false);
      setError(t('restore.failed', { reason: failureOf(reason) }));
    }
  }

  const merges = backup !== null && workspaceEntry(backup.invite.room) !== undefined;
  const saved = backup ? new Date(backup.savedAt) : null;
  return (
    <main className="first-run">
      <form className="first-run-card" onSubmit={submit} noValidate>
        <div className="brand-mark" aria-hidden="true" />
        <h1>{t('restore.title')}</h1>
        <p className="lead">{t('restore.lead')}</p>
        <label className="field">
          <span>{t('restore.file')}</span>
          <input
            type="file"
            accept=".sendeplan,application/json"
            autoFocus
            onChange={(e) => void choose(e)}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
          />
        </label>
        {sealed && (
          <>
            <label className="field">
              <span>{t('restore.passphrase')}</span>
              <input
                type="password"
                autoFocus
                autoComplete="current-password"
                value={passphrase}
                onChange={(e) => {
                  setPassphrase(e.target.value);
                  setError(null);
                }}
              />
            </label>
            <button type="button" className="button" disabled={busy} onClick={() => void unlock()}>
              {t('restore.unlock')}
            </button>
          </>
        )}
        {backup && saved && (
          <div className="restore-preview" role="status">
            <p>
              {t('restore.summary', {
                name: backup.contents.name || backup.invite.name,
                date: formatDate(saved),
                time: saved.toLocaleTimeString(locale === 'de' ? 'de-DE' : 'en-GB', {
                  hour: '2-digit',
                  minute: '2-digit',
                }),
                cards: backup.contents.cards,
                channels: backup.contents.channels,
                people: backup.contents.people,
              })}
            </p>
            <p className="hint">{t(merges ? 'restore.merge' : 'restore.new')}</p>
          </div>
        )}
        {error && (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary large" disabled={!backup || busy}>
          {t(merges ? 'restore.submitMerge' : 'restore.submit')}
        </button>
        <CreateOrBack />
      </form>
    </main>
  );
}
