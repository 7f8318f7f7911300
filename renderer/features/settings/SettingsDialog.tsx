import './settings.css';
import { useEffect, useState } from 'react';
import { renameWorkspace, type PersonId } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { DraftNotice, useDraft } from '../../components/useDraft';
import { useI18n, type Locale } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { updateWorkspaceEntry } from '../../sync/workspaces';
import { AccessSection } from '../access/AccessSection';
import { StorageSection } from '../attachments/StorageSection';
import { DevicesSection } from '../access/DevicesSection';
import { BackupSection } from './BackupSection';
import { CrisisSection } from '../crisis/CrisisSection';
import { InviteSection, WorkspacesSection } from './SyncSettings';
import { CampaignsEntry } from '../campaigns/CampaignsDialog';
import { ChannelsEntry } from '../channels/ChannelsEntry';
import { TeamSection } from '../people/TeamSection';
import { DataSection } from '../transfer/DataSection';
import { ApprovalSetting } from '../requests/ApprovalSetting';
import { useIdentity } from '../shell/identity';
import { sameRecords, selectPeople, selectWorkspaceName } from '../selectors';

export function SettingsDialog({
  onClose,
  onChooseIdentity,
}: {
  onClose: () => void;
  onChooseIdentity: (id: PersonId) => void;
}) {
  const { t, locale, setLocale } = useI18n();
  const session = useSession();
  const name = useDocValue(selectWorkspaceName);
  const people = useDocValue(selectPeople, sameRecords);
  const me = useIdentity();
  const [version, setVersion] = useState<string | null>(null);
  const workspaceName = useDraft({
    value: name,
    onCommit: (next) => {
      const trimmed = next.trim();
      if (!trimmed) return;
      renameWorkspace(session.doc, trimmed);
      updateWorkspaceEntry(session.workspaceId, { name: trimmed });
    },
  });

  useEffect(() => {
    void window.desktop?.appInfo().then((info) => setVersion(info.version));
  }, []);

  return (
    <Dialog
      title={t('settings.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button primary" onClick={onClose}>
          {t('settings.done')}
        </button>
      }
    >
      <div className="settings-grid">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.workspaceName')}</span>
          <input {...workspaceName.bind} maxLength={120} />
        </label>
        <DraftNotice draft={workspaceName} field={t('settings.workspaceName')} />
        <label className="field">
          <span>{t('settings.identity')}</span>
          <select value={me ?? ''} onChange={(e) => onChooseIdentity(e.target.value as PersonId)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <TeamSection onNavigate={onClose} />
      <DevicesSection />
      <ApprovalSetting />
      <ChannelsEntry />
      <CampaignsEntry />
      <CrisisSection />
      <InviteSection />
      <BackupSection onNavigate={onClose} />
      <DataSection />
      <StorageSection />
      <WorkspacesSection onNavigate={onClose} />
      <AccessSection onNavigate={onClose} />
      <p className="hint">{version ? t('settings.version', { version }) : t('settings.browserMode')}</p>
    </Dialog>
  );
}
