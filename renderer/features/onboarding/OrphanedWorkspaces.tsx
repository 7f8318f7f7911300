import './onboarding.css';
import { useEffect, useState } from 'react';
import { newRoom } from '../../../shared/invite';
import { isWorkspaceReady, readMeta } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { orphanedWorkspaces } from '../../sync/deviceStore';
import { closeSession, listWorkspaces, rememberWorkspace, sessionFor } from '../../sync/workspaces';
import { useNavigation } from '../shell/navigation';

interface Orphan {
  id: string;
  name: string;
}

/** The workspaces whose document this device stores but whose entry it lost, with their names. */
async function findOrphans(): Promise<Orphan[]> {
  const ids = await orphanedWorkspaces(listWorkspaces().map((entry) => entry.id));
  const found: Orphan[] = [];
  for (const id of ids) {
    const session = sessionFor(id);
    await session.ready;
    // A database without a workspace in it (a join that never received one) is nothing to offer.
    if (isWorkspaceReady(session.doc)) found.push({ id, name: readMeta(session.doc).name });
    else await closeSession(id);
  }
  return found;
}

/**
 * On the first screen: a workspace stored on this device but missing from its list (the list was
 * lost, or an older version died before writing it) is offered back. Its secret was in the lost
 * entry, so it comes back with a new one: colleagues send a new invite to sync with it again.
 */
export function OrphanedWorkspaces() {
  const { t } = useI18n();
  const navigation = useNavigation();
  const [orphans, setOrphans] = useState<Orphan[]>([]);
  useEffect(() => {
    let live = true;
    findOrphans().then(
      (found) => live && setOrphans(found),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  if (orphans.length === 0) return null;
  const takeBack = (orphan: Orphan) => {
    const name = orphan.name || t('orphan.unnamed');
    rememberWorkspace({ id: orphan.id, name, secret: newRoom().secret, hubs: [] });
    navigation.open(orphan.id);
  };
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title">{t('orphan.title')}</h2>
      {orphans.map((orphan) => {
        const name = orphan.name || t('orphan.unnamed');
        return (
          <div key={orphan.id} className="orphan">
            <p>{t('orphan.text', { name })}</p>
            <button type="button" className="button primary" onClick={() => takeBack(orphan)}>
              {t('orphan.take', { name })}
            </button>
          </div>
        );
      })}
      <p className="hint">{t('orphan.note')}</p>
    </section>
  );
}
