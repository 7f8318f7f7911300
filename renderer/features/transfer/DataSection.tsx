import { useState } from 'react';
import { readMeta, toKey, workspaceJson } from '../../../shared/model';
import {
  failureOf,
  fileNameOf,
  savedText,
  saveTextFile,
  type SaveOutcome,
} from '../../components/saveTextFile';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { VersionsDialog } from '../versions/VersionsDialog';

/** Settings: the workspace as JSON (docs/export-json.md), and its versions on this device. */
export function DataSection() {
  const { t } = useI18n();
  const session = useSession();
  const [result, setResult] = useState<
    Exclude<SaveOutcome, { kind: 'canceled' }> | { kind: 'failed'; reason: string } | null
  >(null);
  const [versions, setVersions] = useState(false);

  async function exportJson() {
    setResult(null);
    const now = new Date();
    const workspace = readMeta(session.doc).name || 'Sendeplan';
    try {
      const outcome = await saveTextFile({
        name: fileNameOf(`${t('data.fileName', { workspace, date: toKey(now) })}.json`),
        content: workspaceJson(session.doc, now.getTime()),
        type: 'application/json',
        filter: { name: t('data.fileType'), extensions: ['json'] },
      });
      if (outcome.kind !== 'canceled') setResult(outcome);
    } catch (error) {
      setResult({ kind: 'failed', reason: failureOf(error) });
    }
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
        {result?.kind === 'failed' ? (
          <p className="form-error" role="alert">
            {t('file.failed', { reason: result.reason })}
          </p>
        ) : (
          result && <p role="status">{savedText(result, t)}</p>
        )}
      </section>
      {versions && <VersionsDialog onClose={() => setVersions(false)} />}
    </>
  );
}
