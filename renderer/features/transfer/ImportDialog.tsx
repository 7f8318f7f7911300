import { useMemo, useState } from 'react';
import { importSteps, importTarget, type ImportResult } from '../../../shared/model';
import type { ColumnUse } from '../../../shared/transfer/columns';
import { draftsOf, readPlanFile, type ImportError, type ReadPlan } from '../../../shared/transfer/pipeline';
import { readDrafts } from '../../../shared/transfer/rows';
import { NO_DECISIONS, planImport, type Decisions } from '../../../shared/transfer/plan';
import { readXlsxRows } from '../../../shared/transfer/xlsxReader';
import { Dialog } from '../../components/Dialog';
import { failureOf } from '../../components/saveTextFile';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { saveVersion } from '../../sync/versions';
import { useIdentity } from '../shell/identity';
import { errorText, problemText } from './importText';
import { ColumnMapping, ImportPreview, UnknownNames } from './ImportReview';
import './transfer.css';

type Step =
  | { step: 'choose'; error: ImportError | null; reason?: string }
  | { step: 'reading'; progress: number }
  | { step: 'review'; read: ReadPlan; uses: ColumnUse[]; decisions: Decisions }
  | { step: 'applying'; progress: number }
  | { step: 'done'; result: ImportResult };

/** Rows taken over per task: a few tens of milliseconds of work, so the window stays responsive. */
const ROWS_PER_STEP = 250;

/** Lets the page draw (the progress bar) before the next piece of work. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports a plan from a CSV or XLSX file: choose the file, check the guessed columns and decide
 * about names the workspace does not know, see the first rows as cards with every problem, then
 * take it over as one undoable step. A version of the workspace is saved before.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const [state, setState] = useState<Step>({ step: 'choose', error: null });

  async function readFile(file: File) {
    setState({ step: 'reading', progress: 0 });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const reading = await readPlanFile(bytes, readXlsxRows, async (progress) => {
        setState({ step: 'reading', progress });
        await nextFrame();
      });
      if (!reading.ok) return setState({ step: 'choose', error: reading.error });
      setState({ step: 'review', read: reading.plan, uses: reading.plan.uses, decisions: NO_DECISIONS });
    } catch (error) {
      setState({ step: 'choose', error: null, reason: failureOf(error) });
    }
  }

  const review = state.step === 'review' ? state : null;
  const [read, uses, decisions] = [review?.read, review?.uses, review?.decisions];
  const drafts = useMemo(() => (read && uses ? draftsOf(read, uses) : null), [read, uses]);
  const plan = useMemo(
    () => (drafts?.ok && decisions ? planImport(drafts.drafts, importTarget(session.doc), decisions) : null),
    [drafts, decisions, session],
  );

  async function take() {
    if (!review || !plan) return;
    setState({ step: 'applying', progress: 0 });
    await nextFrame();
    await saveVersion(session, 'import');
    const steps = importSteps(session.doc, plan, review.decisions, { createdBy: me }, ROWS_PER_STEP);
    const result = await session.asOneUndoStep(async () => {
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        setState({ step: 'applying', progress: step.value / plan.rows.length });
        await nextFrame();
      }
    });
    setState({ step: 'done', result });
  }

  const close = (
    <button type="button" className="button" onClick={onClose}>
      {t('dialog.cancel')}
    </button>
  );

  if (state.step === 'done') {
    const { created, updated, skipped } = state.result;
    return (
      <Dialog
        title={t('import.title')}
        onClose={onClose}
        actions={
          <button type="button" className="button primary" onClick={onClose} autoFocus>
            {t('export.done')}
          </button>
        }
      >
        <p role="status">{t('import.done', { create: created, update: updated, skip: skipped })}</p>
        <p className="hint">{t('import.undoHint')}</p>
      </Dialog>
    );
  }

  if (review) {
    const count = plan ? plan.counts.create + plan.counts.update : 0;
    return (
      <Dialog
        title={t('import.title')}
        onClose={onClose}
        actions={
          <>
            <button
              type="button"
              className="button"
              onClick={() => setState({ step: 'choose', error: null })}
            >
              {t('import.again')}
            </button>
            {close}
            <button
              type="button"
              className="button primary"
              disabled={count === 0}
              onClick={() => void take()}
            >
              {t('import.submit', { count })}
            </button>
          </>
        }
      >
        <div className="import-review">
          <ColumnMapping
            read={review.read}
            uses={review.uses}
            onUses={(uses) => setState({ ...review, uses })}
          />
          {drafts && !drafts.ok && (
            <div className="form-error" role="alert">
              <p>{errorText(drafts.error, t)}</p>
              {drafts.error === 'nothingToImport' && <NothingReasons read={review.read} uses={review.uses} />}
            </div>
          )}
          {plan && (
            <>
              <UnknownNames
                plan={plan}
                decisions={review.decisions}
                onDecisions={(decisions) => setState({ ...review, decisions })}
              />
              <ImportPreview plan={plan} />
            </>
          )}
        </div>
      </Dialog>
    );
  }

  const busy = state.step === 'reading' || state.step === 'applying';
  return (
    <Dialog title={t('import.title')} onClose={onClose} actions={close}>
      <p>{t('import.lead')}</p>
      <label className="field">
        <span>{t('import.file')}</span>
        <input
          type="file"
          accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </label>
      {busy && (
        <label className="field">
          <span>{state.step === 'reading' ? t('import.reading') : t('import.applying')}</span>
          <progress aria-label={t('import.progress')} max={1} value={state.progress} />
        </label>
      )}
      {state.step === 'choose' && (state.error || state.reason) && (
        <p className="form-error" role="alert">
          {state.error
            ? errorText(state.error, t)
            : t('import.error.unreadable', { reason: state.reason ?? '' })}{' '}
          {t('import.untouched')}
        </p>
      )}
    </Dialog>
  );
}

/** Why no row can be taken: the problems of the first rows. */
function NothingReasons({ read, uses }: { read: ReadPlan; uses: readonly ColumnUse[] }) {
  const { t } = useI18n();
  const rows = useMemo(
    () => readDrafts(read.table.rows, read.headerIndex, uses, read.table.kind === 'csv').slice(0, 10),
    [read, uses],
  );
  return (
    <ul>
      {rows.flatMap((row) =>
        row.problems.map((p, i) => <li key={`${row.line}-${i}`}>{problemText(row.line, p, t)}</li>),
      )}
    </ul>
  );
}
