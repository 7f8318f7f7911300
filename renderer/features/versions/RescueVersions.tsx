import { useEffect, useState } from 'react';
import type { VersionInfo } from '../../../shared/versions';
import { useI18n } from '../../i18n';
import {
  VersionUnreadable,
  listVersions,
  readRestorableState,
  restoreVersionAsWorkspace,
} from '../../sync/versions';
import { useVersionText } from './versionText';
import './versions.css';

/**
 * The versions of a workspace that failed to show, on the whole-app error screen: each can be
 * restored as a new workspace, which then opens. The failed workspace is left as it is (nothing is
 * replaced or lost, and it can still be opened once the fault is repaired). Nothing here needs the
 * failed workspace's session: the versions and their states are read from their own database, and
 * a state is checked in a document of its own before anything is written.
 */
export function RescueVersions({
  workspaceId,
  workspaceName,
  onRestored,
}: {
  workspaceId: string;
  workspaceName: string;
  onRestored: (id: string) => void;
}) {
  const { t, formatDate } = useI18n();
  const { when, title } = useVersionText();
  const [versions, setVersions] = useState<VersionInfo[] | 'failed' | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    listVersions(workspaceId).then(
      (found) => live && setVersions(found),
      () => live && setVersions('failed'),
    );
    return () => {
      live = false;
    };
  }, [workspaceId]);

  async function restore(info: VersionInfo) {
    const name = title(info);
    setProblem('');
    setRestoring(info.id);
    try {
      const state = await readRestorableState(info.id);
      const id = await restoreVersionAsWorkspace(
        workspaceId,
        state,
        t('versions.workspaceName', { name: workspaceName || 'Sendeplan', date: formatDate(info.at) }),
      );
      onRestored(id);
    } catch (error) {
      setRestoring(null);
      if (error instanceof VersionUnreadable)
        setProblem(
          t(error.reason === 'missing' ? 'versions.rescue.missing' : 'versions.rescue.damaged', { name }),
        );
      else setProblem(t('versions.rescue.failed', { name, reason: String(error).slice(0, 200) }));
    }
  }

  return (
    <section className="rescue-versions" aria-labelledby="rescue-versions-title">
      <h2 id="rescue-versions-title">{t('versions.rescue.title')}</h2>
      {versions === null && <p>{t('versions.rescue.loading')}</p>}
      {versions === 'failed' && <p>{t('versions.rescue.unreadable')}</p>}
      {Array.isArray(versions) && versions.length === 0 && <p>{t('versions.none')}</p>}
      {Array.isArray(versions) && versions.length > 0 && (
        <>
          <p className="hint">{t('versions.rescue.lead', { name: workspaceName })}</p>
          {problem && <p role="alert">{problem}</p>}
          <ul className="stack-list version-list" aria-label={t('versions.list')}>
            {versions.map((info) => (
              <li key={info.id} className="version-item">
                <div>
                  <strong>{title(info)}</strong>
                  <span className="hint">
                    {' '}
                    {when(info.at)}
                    {Number.isSafeInteger(info.cards) && info.cards >= 0
                      ? ` · ${t('versions.cards', { count: info.cards })}`
                      : ''}
                  </span>
                </div>
                <button
                  type="button"
                  className="button small"
                  disabled={restoring !== null}
                  aria-label={t('versions.rescue.restoreLabel', { name: `${title(info)}, ${when(info.at)}` })}
                  onClick={() => void restore(info)}
                >
                  {restoring === info.id ? t('versions.rescue.restoring') : t('versions.rescue.restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
