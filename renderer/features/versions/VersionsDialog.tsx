import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { readMeta, versionDoc, type Doc } from '../../../shared/model';
import type { VersionInfo } from '../../../shared/versions';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import {
  deleteVersions,
  listVersions,
  onVersionsChanged,
  readVersionState,
  restoreAsWorkspace,
  saveVersion,
} from '../../sync/versions';
import { useNavigation } from '../shell/navigation';
import { useVersionText } from './versionText';
import { VersionView } from './VersionView';
import './versions.css';

/** Sizes as people read them: 1.2 MB, 340 KB (decimal units, as the file manager shows). */
export function sizeText(bytes: number, locale: string): string {
  const format = (n: number) =>
    n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1e6) return `${format(bytes / 1e6)} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1e3)))} KB`;
}

type Opened = { info: VersionInfo; doc: Doc | null; missing?: boolean };

/** "Versionen": the list, a named version on demand, and one version opened read-only. */
export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const { t, locale, formatDate } = useI18n();
  const session = useSession();
  const navigation = useNavigation();
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [opened, setOpened] = useState<Opened | null>(null);

  const reload = useCallback(() => {
    void listVersions(session.workspaceId).then(setVersions, () => setVersions([]));
  }, [session]);
  useEffect(() => {
    reload();
    return onVersionsChanged((id) => id === session.workspaceId && reload());
  }, [reload, session]);

  const { when, title } = useVersionText();

  async function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const saved = await saveVersion(session, 'named', trimmed);
    if (saved) {
      setName('');
      setMessage(t('versions.saved', { name: trimmed }));
    }
  }

  async function open(info: VersionInfo) {
    setOpened({ info, doc: null });
    const state = await readVersionState(info.id);
    setOpened(state ? { info, doc: versionDoc(state) } : { info, doc: null, missing: true });
  }

  async function asWorkspace(info: VersionInfo) {
    const state = await readVersionState(info.id);
    if (!state) return;
    const workspace = readMeta(session.doc).name || 'Sendeplan';
    const id = await restoreAsWorkspace(
      session,
      state,
      t('versions.workspaceName', { name: workspace, date: formatDate(info.at) }),
    );
    onClose();
    navigation.open(id);
  }

  if (opened) {
    return (
      <Dialog
        title={`${t('versions.title')}: ${title(opened.info)}`}
        onClose={onClose}
        actions={
          <>
            <button type="button" className="button" onClick={() => setOpened(null)}>
              {t('versions.back')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!opened.doc}
              onClick={() => void asWorkspace(opened.info)}
            >
              {t('versions.asWorkspace')}
            </button>
            <button type="button" className="button primary" onClick={onClose}>
              {t('export.done')}
            </button>
          </>
        }
      >
        <p className="version-banner">{t('versions.readOnly', { date: when(opened.info.at) })}</p>
        {message && <p role="status">{message}</p>}
        {opened.missing ? (
          <p role="alert">{t('versions.missing')}</p>
        ) : opened.doc ? (
          <VersionView
            doc={opened.doc}
            at={opened.info.at}
            onRestored={(count) => setMessage(t('versions.restored', { count }))}
          />
        ) : (
          <p>{t('versions.loading')}</p>
        )}
      </Dialog>
    );
  }

  const total = versions?.reduce((sum, v) => sum + v.bytes, 0) ?? 0;
  return (
    <Dialog
      title={t('versions.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button primary" onClick={onClose}>
          {t('export.done')}
        </button>
      }
    >
      <p className="hint">{t('versions.lead')}</p>
      <form className="row version-save" onSubmit={(e) => void save(e)}>
        <label className="field">
          <span>{t('versions.name')}</span>
          <input
            value={name}
            maxLength={120}
            placeholder={t('versions.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={!name.trim()}>
          {t('versions.save')}
        </button>
      </form>
      {message && <p role="status">{message}</p>}
      {versions && versions.length === 0 && <p>{t('versions.none')}</p>}
      {versions && versions.length > 0 && (
        <>
          <p className="hint">
            {t('versions.size', { count: versions.length, size: sizeText(total, locale) })}
          </p>
          <ul className="stack-list version-list" aria-label={t('versions.list')}>
            {versions.map((info) => (
              <li key={info.id} className="version-item">
                <div>
                  <strong>{title(info)}</strong>
                  <span className="hint">
                    {' '}
                    {when(info.at)} · {t('versions.cards', { count: info.cards })} ·{' '}
                    {sizeText(info.bytes, locale)}
                  </span>
                </div>
                <div className="row">
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('versions.viewLabel', { name: `${title(info)}, ${when(info.at)}` })}
                    onClick={() => void open(info)}
                  >
                    {t('versions.view')}
                  </button>
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('versions.deleteLabel', { name: `${title(info)}, ${when(info.at)}` })}
                    onClick={() => void deleteVersions([info.id]).then(reload)}
                  >
                    {t('versions.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
