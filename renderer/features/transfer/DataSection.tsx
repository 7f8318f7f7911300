import { useState } from 'react';
import { readMeta, toKey, workspaceJson } from '../../../shared/model';
import { SaveResultLine, useFileSave } from '../../components/SaveResult';
import { fileNameOf, saveTextFile } from '../../components/saveTextFile';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { VersionsDialog } from '../versions/VersionsDialog';

/** Settings: the workspace as JSON (docs/export-json.md), and its versions on this device. */
export function DataSection() {
  const { t } = useI18n();
  const session = useSession();
  const { result, save } = useFileSave();
  const [versions, setVersions] = useState(false);

  function exportJson() {
    return save(() => {
      const now = new Date();
      const workspace = readMeta(session.doc).name || 'Sendeplan';
      return saveTextFile({
        name: fileNameOf(`${t('data.fileName', { workspace, date: toKey(now) })}.json`),
        content: workspaceJson(session.doc, now.getTime()),
        type: 'application/json',
        filter: { name: t('data.fileType'), extensions: ['json'] },
      });
    });
  }

  return (
    <>
      <section className="settings-section">
        <h3>{t('versions.title')}</h3>
        <p className="hint">{t('versions.settingsLead')}</p>
        <div className="row">
          <button type="button" className="button" onClick={() => setVersions(true)}>
            {t('versions.open')}
          </button>
        </div>
      </section>
      <section className="settings-section">
        <h3>{t('data.title')}</h3>
        <p className="hint">{t('data.lead')}</p>
        <div className="row">
          <button type="button" className="button" onClick={() => void exportJson()}>
            {t('data.json')}
          </button>
        </div>
        <SaveResultLine result={result} />
      </section>
      {versions && <VersionsDialog onClose={() => setVersions(false)} />}
    </>
  );
}
