import { keepBeforeCrisis } from '../versions/VersionKeeper';
import { useState, type FormEvent } from 'react';
import {
  declareCrisis,
  DECISION_MAX_CHARS,
  PLAYBOOK_MAX_CHARS,
  readCrisisProcess,
  setCrisisProcess,
  setPlaybook,
  type ProcessId,
} from '../../../shared/model';
import { ConfirmDialog } from '../../components/Dialog';
import { DraftNotice, useDraft } from '../../components/useDraft';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { useMyName } from '../meeting/MeetingDialog';
import { selectProcesses } from '../processes/ProcessesView';
import { formatTime } from '../requests/format';
import { onChangesOf, sameJson, selectRunningCrisis } from '../selectors';
import { useIdentity } from '../shell/identity';
import { selectPlaybook } from './CrisisBanner';

export const selectCrisisProcess = onChangesOf(['meta', 'processes'], (s) => readCrisisProcess(s.doc) ?? '');

/**
 * "Krisenmodus": the process that starts with a crisis, the playbook, and declaring a crisis with
 * what happened.
 */
export function CrisisSection() {
  const { t } = useI18n();
  const session = useSession();
  const myName = useMyName();
  const crisis = useDocValue(selectRunningCrisis, sameJson);
  const playbook = useDocValue(selectPlaybook);
  const me = useIdentity();
  const processes = useDocValue(selectProcesses, sameJson);
  const crisisProcess = useDocValue(selectCrisisProcess);
  const [reason, setReason] = useState('');
  const playbookDraft = useDraft({
    value: playbook,
    multiline: true,
    onCommit: (text) => setPlaybook(session.doc, text),
  });

  const [confirming, setConfirming] = useState(false);

  // A crisis holds every scheduled post on every laptop: it is declared only after a confirmation.
  function declare(event: FormEvent) {
    event.preventDefault();
    if (reason.trim()) setConfirming(true);
  }

  return (
    <section className="settings-section">
      <h3>{t('crisis.settings')}</h3>
      <p className="hint">{t('crisis.settingsLead')}</p>
      <label className="field">
        <span>{t('crisis.process')}</span>
        <select
          value={crisisProcess}
          onChange={(e) => setCrisisProcess(session.doc, (e.target.value || null) as ProcessId | null)}
        >
          <option value="">{t('crisis.processNone')}</option>
          {processes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('crisis.playbookLabel')}</span>
        <textarea
          {...playbookDraft.bind}
          rows={4}
          maxLength={PLAYBOOK_MAX_CHARS}
          placeholder={t('crisis.playbookPlaceholder')}
        />
      </label>
      <DraftNotice draft={playbookDraft} field={t('crisis.playbookLabel')} />
      {crisis ? (
        <p role="status">{t('crisis.running', { time: formatTime(crisis.startedAt) })}</p>
      ) : (
        <form className="row" onSubmit={declare}>
          <label className="field grow">
            <span>{t('crisis.reason')}</span>
            <input
              value={reason}
              maxLength={DECISION_MAX_CHARS}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button type="submit" className="button danger" disabled={!reason.trim()}>
            {t('crisis.declare')}
          </button>
        </form>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('crisis.confirmTitle')}
          confirmLabel={t('crisis.declare')}
          onConfirm={() => {
            keepBeforeCrisis(session);
            declareCrisis(session.doc, {
              reason,
              byName: myName,
              by: me,
              title: t('crisis.cardTitle', { reason: reason.trim() }),
            });
            session.stopCapturing();
            setReason('');
          }}
          onClose={() => setConfirming(false)}
        >
          <p>{t('crisis.confirmText', { reason: reason.trim() })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
