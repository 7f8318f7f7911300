import './crisis.css';
import { useState } from 'react';
import { endMeeting, readPlaybook, type Meeting } from '../../../shared/model';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { formatTime } from '../requests/format';
import { onChangesOf, sameJson, selectRunningCrisis } from '../selectors';
import { DecisionForm, MinutesView, useMyName } from './MeetingDialog';

export const selectPlaybook = onChangesOf(['meta'], (s) => readPlaybook(s.doc));

/**
 * While a crisis runs, a band under the header on every laptop says so, since when and why, and
 * that all scheduled posts are on hold; from it the crisis log opens, and the crisis ends.
 */
export function CrisisBanner() {
  const { t } = useI18n();
  const crisis = useDocValue(selectRunningCrisis, sameJson);
  const [open, setOpen] = useState<'log' | 'end' | null>(null);
  if (!crisis) return null;
  return (
    <section className="crisis-banner" aria-label={t('crisis.label')}>
      {/* A crisis a colleague declares appears unasked: screen readers say it at once. */}
      <p role="alert">
        <strong>{t('crisis.banner', { time: formatTime(crisis.startedAt), reason: crisis.reason })}</strong>{' '}
        {t('crisis.onHold')}
      </p>
      <button type="button" className="button small" onClick={() => setOpen('log')}>
        {t('crisis.log')}
      </button>
      <button type="button" className="button small" onClick={() => setOpen('end')}>
        {t('crisis.end')}
      </button>
      {open === 'log' && <CrisisDialog crisis={crisis} onClose={() => setOpen(null)} />}
      {open === 'end' && <EndCrisis onClose={() => setOpen(null)} />}
    </section>
  );
}

function EndCrisis({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const myName = useMyName();
  return (
    <ConfirmDialog
      title={t('crisis.endTitle')}
      confirmLabel={t('crisis.end')}
      onConfirm={() => endMeeting(session.doc, myName, Date.now(), 'crisis')}
      onClose={onClose}
    >
      <p>{t('crisis.endText')}</p>
    </ConfirmDialog>
  );
}

/** The crisis log: why, the playbook, decisions as they are taken, and what the team did. */
function CrisisDialog({ crisis, onClose }: { crisis: Meeting; onClose: () => void }) {
  const { t } = useI18n();
  const playbook = useDocValue(selectPlaybook);
  const myName = useMyName();
  return (
    <Dialog
      title={t('crisis.title', { time: formatTime(crisis.startedAt) })}
      onClose={onClose}
      actions={
        <button type="button" className="button primary" onClick={onClose}>
          {t('meeting.close')}
        </button>
      }
    >
      <section className="playbook" aria-label={t('crisis.playbook')}>
        <h3>{t('crisis.playbook')}</h3>
        {playbook ? (
          <p className="playbook-text">{playbook}</p>
        ) : (
          <p className="hint">{t('crisis.noPlaybook')}</p>
        )}
      </section>
      <DecisionForm
        meetingId={crisis.id}
        by={myName}
        label={t('crisis.decision')}
        placeholder={t('crisis.decisionPlaceholder')}
      />
      <MinutesView meeting={crisis} />
    </Dialog>
  );
}
