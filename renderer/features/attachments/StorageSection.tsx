import { useEffect, useState } from 'react';
import { readAttachments } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { STORE_LIMIT_BYTES } from '../../sync/files';
import { useSession } from '../../sync/useDocValue';
import './attachments.css';
import { formatSize, useFiles } from './useFiles';

/**
 * "Dateien auf diesem Gerät": how much this workspace's files take on this device, and freeing the
 * files of archived cards (colleagues still have them; they come back when someone opens the card).
 */
export function StorageSection() {
  const { t, locale } = useI18n();
  const session = useSession();
  const files = useFiles();
  const [usage, setUsage] = useState<{
    bytes: number;
    files: number;
    archived: string[];
    archivedBytes: number;
  } | null>(null);
  const [freed, setFreed] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    const measure = async () => {
      const { bytes, files: count } = await files.store.usage();
      const archivedCards = new Set(
        session
          .cards()
          .filter((c) => c.archived)
          .map((c) => c.id as string),
      );
      const attachments = readAttachments(session.doc);
      const inUse = new Set(attachments.filter((a) => !archivedCards.has(a.cardId)).map((a) => a.hash));
      const archived = [
        ...new Set(
          attachments.filter((a) => archivedCards.has(a.cardId) && !inUse.has(a.hash)).map((a) => a.hash),
        ),
      ];
      let archivedBytes = 0;
      for (const hash of archived)
        if (await files.store.has(hash)) archivedBytes += attachments.find((a) => a.hash === hash)!.size;
      if (live) setUsage({ bytes, files: count, archived, archivedBytes });
    };
    void measure();
    const unsubscribe = files.store.subscribe(() => void measure());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [files, session]);

  return (
    <section className="settings-section storage-section">
      <h3>{t('files.storageTitle')}</h3>
      {usage && (
        <>
          <p>
            {t('files.storageUsage', {
              size: formatSize(usage.bytes, locale),
              count: usage.files,
              limit: formatSize(STORE_LIMIT_BYTES, locale),
            })}
          </p>
          <p className="hint">
            {t('files.storageArchived', { size: formatSize(usage.archivedBytes, locale) })}
          </p>
          <div className="row">
            <button
              type="button"
              className="button"
              disabled={usage.archivedBytes === 0}
              onClick={() => void files.free(usage.archived).then(setFreed)}
            >
              {t('files.freeArchived')}
            </button>
          </div>
        </>
      )}
      {freed !== null && (
        <p role="status" className="hint">
          {t('files.freed', { size: formatSize(freed, locale) })}
        </p>
      )}
    </section>
  );
}
