import { useState } from 'react';
import {
  endMeeting,
  readPlaybook,
  type CardId,
  type DecisionRef,
  type Meeting,
  type PersonId,
  type RequestId,
} from '../../../shared/model';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { useVerdicts, verdictOf } from '../access/useVerdicts';
import { Verdict } from '../access/Verdict';
import { formatTime } from '../requests/format';
import { onChangesOf, sameJson, selectRunningCrisis } from '../selectors';
import { DecisionForm, MinutesView, useMyName } from '../meeting/MeetingDialog';
import { CrisisSteps } from './CrisisSteps';
import './crisis.css';

export const selectPlaybook = onChangesOf(['meta'], (s) => readPlaybook(s.doc));

/**
 * While a crisis runs, a band under the header on every laptop says so, since when and why, and
 * that all scheduled posts are on hold; from it the crisis log opens, and the crisis ends.
 */
export function CrisisBanner({ onOpenCard }: { onOpenCard: (id: CardId) => void }) {
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
      {open === 'log' && (
        <CrisisDialog crisis={crisis} onClose={() => setOpen(null)} onOpenCard={onOpenCard} />
      )}
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

/**
 * The crisis log: why, the crisis process's steps and where they stand, the playbook, decisions as
 * they are taken (signed, each marked whether its signature holds), and what the team did.
 */
function CrisisDialog({
  crisis,
  onClose,
  onOpenCard,
}: {
  crisis: Meeting;
  onClose: () => void;
  onOpenCard: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const playbook = useDocValue(selectPlaybook);
  const myName = useMyName();
  const refs: DecisionRef[] = crisis.decisions.map((d) => ({
    kind: 'crisis',
    requestId: crisis.id as string as RequestId,
    personId: (d.personId ?? '') as PersonId,
    at: d.at,
  }));
  const verdicts = useVerdicts(refs);
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
      <CrisisSteps
        crisis={crisis}
        onOpenCard={(id) => {
          onClose();
          onOpenCard(id);
        }}
      />
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
        signed
      />
      <MinutesView
        meeting={crisis}
        mark={(i) => (
          <Verdict
            verdict={verdictOf(verdicts, refs[i]!)}
            name={crisis.decisions[i]?.name || t('history.someone')}
          />
        )}
      />
    </Dialog>
  );
}
