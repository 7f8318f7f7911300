import { useState } from 'react';
import { BACKUP_EXTENSION, encryptBackup, readMeta, toKey } from '../../../shared/model';
import { SaveResultLine, useFileSave } from '../../components/SaveResult';
import { fileNameOf, saveTextFile } from '../../components/saveTextFile';
import { useI18n } from '../../i18n';
import { backupOf } from '../../sync/backup';
import { useSession } from '../../sync/useDocValue';
import { useNavigation } from '../shell/navigation';

/** "Sicherung": save the open workspace to a file, or restore one from a file (its own screen). */
export function BackupSection({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const navigation = useNavigation();
  const { result, save: saveFile } = useFileSave();
  const [busy, setBusy] = useState(false);
  const [passphrase, setPassphrase] = useState('');

  async function save() {
    setBusy(true);
    await saveFile(async () => {
      const now = new Date();
      const workspace = readMeta(session.doc).name || 'Sendeplan';
      return saveTextFile({
        name: fileNameOf(`${t('backup.fileName', { workspace, date: toKey(now) })}.${BACKUP_EXTENSION}`),
        content: passphrase
          ? await encryptBackup(backupOf(session, now.getTime()), passphrase)
          : backupOf(session, now.getTime()),
        type: 'application/json',
        filter: { name: t('backup.fileType'), extensions: [BACKUP_EXTENSION] },
      });
    });
    setBusy(false);
  }

  return (
    <section className="settings-section">
      <h3>{t('backup.title')}</h3>
      <p className="hint">{t('backup.lead')}</p>
      <label className="field">
        <span>{t('backup.passphrase')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      <p className="hint">{t('backup.passphraseHint')}</p>
      <div className="row">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          {t('backup.save')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onNavigate();
            navigation.restore();
          }}
        >
          {t('backup.restore')}
        </button>
      </div>
      <SaveResultLine result={result} />
    </section>
  );
}
