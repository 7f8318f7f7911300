import { useMemo } from 'react';
import { shortDayLabel } from '../../../shared/model';
import { IMPORT_FIELDS, NOT_TAKEN, type ColumnUse } from '../../../shared/transfer/columns';
import { nameKey, type Decisions, type ImportPlan, type Resolution } from '../../../shared/transfer/plan';
import type { ReadPlan } from '../../../shared/transfer/pipeline';
import { isFilled } from '../../../shared/transfer/table';
import { cellText } from '../../../shared/transfer/values';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { sameRecords, selectChannels, selectColumns, selectPeople } from '../selectors';
import { problemText } from './importText';

/** Rows shown as cards in the preview. */
export const PREVIEW_ROWS = 8;
/** Problems listed at most; a plan with more says how many there are. */
const PROBLEM_LINES = 200;

/** The column-mapping step: one select per column of the file, labelled by its header. */
export function ColumnMapping({
  read,
  uses,
  onUses,
}: {
  read: ReadPlan;
  uses: readonly ColumnUse[];
  onUses: (uses: ColumnUse[]) => void;
}) {
  const { t } = useI18n();
  const samples = useMemo(
    () =>
      read.header.map((_, column) => {
        const row = read.table.rows.slice(read.headerIndex + 1).find((r) => isFilled(r[column] ?? null));
        return row ? cellText(row[column] ?? null).slice(0, 40) : '';
      }),
    [read],
  );
  return (
    <fieldset className="import-columns">
      <legend>{t('import.columns')}</legend>
      <p className="hint">{t('import.columnsLead')}</p>
      <div className="import-column-grid">
        {read.header.map((cell, index) => {
          const name = cellText(cell) || t('import.emptyHeader', { number: index + 1 });
          return (
            <label key={index} className="field">
              <span>
                {t('import.column', { name })}
                {samples[index] && (
                  <small className="hint"> {t('import.sample', { value: samples[index] })}</small>
                )}
              </span>
              <select
                value={uses[index] ?? 'ignore'}
                onChange={(e) =>
                  onUses(uses.map((use, i) => (i === index ? (e.target.value as ColumnUse) : use)))
                }
              >
                <option value="ignore">{t('import.field.ignore')}</option>
                {IMPORT_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`import.field.${field}`)}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

type Part = keyof Decisions;

/** What to do with each name the workspace does not know: create it, map it, or skip/leave it. */
export function UnknownNames({
  plan,
  decisions,
  onDecisions,
}: {
  plan: ImportPlan;
  decisions: Decisions;
  onDecisions: (decisions: Decisions) => void;
}) {
  const { t } = useI18n();
  // Through the bridge: a channel, person or column a colleague adds meanwhile can be chosen.
  const channels = useDocValue(selectChannels, sameRecords);
  const people = useDocValue(selectPeople, sameRecords);
  const columns = useDocValue(selectColumns, sameRecords);
  const targets = useMemo(
    () => ({
      channels: channels.map((c) => ({ id: c.id as string, name: c.name })),
      people: people.map((p) => ({ id: p.id as string, name: p.name })),
      statuses: columns.map((c) => ({ id: c.id as string, name: c.title })),
    }),
    [channels, people, columns],
  );
  const parts: { part: Part; names: string[]; label: string; create: string; skip: string }[] = [
    {
      part: 'channels',
      names: plan.unknown.channels,
      label: 'import.unknownChannel',
      create: t('import.create'),
      skip: t('import.skipRows'),
    },
    {
      part: 'people',
      names: plan.unknown.people,
      label: 'import.unknownPerson',
      create: t('import.create'),
      skip: t('import.leaveEmpty'),
    },
    {
      part: 'statuses',
      names: plan.unknown.statuses,
      label: 'import.unknownStatus',
      create: t('import.createColumn'),
      skip: t('import.firstColumn'),
    },
  ];
  if (parts.every((p) => p.names.length === 0)) return null;
  const valueOf = (resolution: Resolution<string> | undefined) =>
    !resolution || resolution.kind === 'create'
      ? 'create'
      : resolution.kind === 'skip'
        ? 'skip'
        : `map:${resolution.id}`;
  const decide = (part: Part, name: string, value: string) => {
    const resolution: Resolution<string> =
      value === 'create'
        ? { kind: 'create' }
        : value === 'skip'
          ? { kind: 'skip' }
          : { kind: 'map', id: value.slice(4) };
    onDecisions({ ...decisions, [part]: { ...decisions[part], [nameKey(name)]: resolution } });
  };
  return (
    <fieldset className="import-unknown">
      <legend>{t('import.unknown')}</legend>
      <div className="import-column-grid">
        {parts.flatMap(({ part, names, label, create, skip }) =>
          names.map((name) => (
            <label key={`${part}:${name}`} className="field">
              <span>{t(label as 'import.unknownChannel', { name })}</span>
              <select
                value={valueOf(decisions[part][nameKey(name)] as Resolution<string> | undefined)}
                onChange={(e) => decide(part, name, e.target.value)}
              >
                <option value="create">{create}</option>
                <option value="skip">{skip}</option>
                {targets[part].map((target) => (
                  <option key={target.id} value={`map:${target.id}`}>
                    {t('import.mapTo', { name: target.name })}
                  </option>
                ))}
              </select>
            </label>
          )),
        )}
      </div>
    </fieldset>
  );
}

/** The first rows as cards, then every problem of every row in plain words. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const { t, locale } = useI18n();
  const shown = plan.rows.slice(0, PREVIEW_ROWS);
  const withProblems = plan.rows.filter((row) => row.problems.length > 0);
  const problems = withProblems.flatMap((row) => row.problems.map((p) => problemText(row.line, p, t)));
  const notTaken = [...new Set(plan.rows.flatMap((row) => row.notTaken.map((n) => n.field)))].filter((f) =>
    NOT_TAKEN.has(f),
  );
  return (
    <section className="import-preview" aria-label={t('import.preview')}>
      <h3>{t('import.preview')}</h3>
      <p role="status">{t('import.summary', { rows: plan.rows.length, ...plan.counts })}</p>
      <p className="hint">{t('import.previewLead', { count: shown.length })}</p>
      <ul className="stack-list">
        {shown.map((row) => (
          <li key={row.line} className={`record-card import-card ${row.action}`}>
            <div className="import-card-head">
              <strong>{row.title || '—'}</strong>
              <span className={`import-action ${row.action}`}>{t(`import.action.${row.action}`)}</span>
            </div>
            <div className="import-card-facts">
              {row.date ? `${shortDayLabel(row.date, locale)} ${row.time ?? ''}` : t('import.noSlot')}
              {row.channels.length > 0 && ` · ${row.channels.join(', ')}`}
              {row.owner && ` · ${row.owner}`}
              {row.status && ` · ${row.status}`}
              {row.campaign && ` · ${row.campaign}`}
            </div>
            {row.problems.length > 0 && (
              <ul className="import-card-problems">
                {row.problems.map((p, i) => (
                  <li key={i}>{problemText(row.line, p, t)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {plan.unknown.campaigns.length > 0 && (
        <p className="hint">{t('import.newCampaigns', { names: plan.unknown.campaigns.join(', ') })}</p>
      )}
      {notTaken.length > 0 && (
        <p className="hint">
          {t('import.notTaken', {
            fields: notTaken.map((f) => t(`import.field.${f}`).split(' –')[0]).join(', '),
          })}
        </p>
      )}
      {problems.length > 0 && (
        <details className="import-problems" open={problems.length <= 12}>
          <summary>{t('import.problems', { count: withProblems.length })}</summary>
          <ul>
            {problems.slice(0, PROBLEM_LINES).map((text, i) => (
              <li key={i}>{text}</li>
            ))}
            {problems.length > PROBLEM_LINES && <li>…</li>}
          </ul>
        </details>
      )}
    </section>
  );
}
