import { useState } from 'react';
import {
  ACTION_FIELDS,
  addProcess,
  APPROVAL_FLOWS,
  CHANNEL_KINDS,
  INPUT_KINDS,
  MAX_OFFSET,
  POST_FORMATS,
  newStepId,
  ROLES,
  STEP_LIMIT,
  STEP_TYPES,
  updateProcess,
  type ActionField,
  type ApprovalFlow,
  type CampaignId,
  type ChannelKind,
  type PersonId,
  type PostFormat,
  type Process,
  type ProcessId,
  type ProcessTiming,
  type StepInput,
} from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { selectCampaigns } from '../campaigns/selectors';
import { sameJson, sameRecords, selectPeople } from '../selectors';
import { useStepLabels } from './labels';

interface Draft {
  name: string;
  fields: ActionField[];
  channelKinds: ChannelKind[];
  formats: PostFormat[];
  campaigns: CampaignId[];
  timing: ProcessTiming;
  approvals: ApprovalFlow;
  steps: StepInput[];
}

function draftOf(process: Process | null, name: string): Draft {
  return {
    name: process?.name ?? name,
    fields: [...(process?.match.field ?? [])],
    channelKinds: [...(process?.match.channelKind ?? [])],
    formats: [...(process?.match.format ?? [])],
    campaigns: [...(process?.match.campaign ?? [])],
    timing: process?.timing ?? 'workingDays',
    approvals: process?.approvals ?? 'sequential',
    steps: process?.steps.map((s) => ({ ...s })) ?? [],
  };
}

const toggle = <T,>(list: T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((v) => v !== value);

/**
 * Editing a process: its name, when it applies, its timing and its steps. A form (local until
 * saved): the steps are one value in the document, written whole on "Speichern".
 */
export function ProcessEditor({
  process,
  onClose,
  onSaved,
}: {
  process: Process | null;
  onClose: () => void;
  onSaved: (id: ProcessId) => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const labels = useStepLabels();
  const people = useDocValue(selectPeople, sameRecords);
  const campaigns = useDocValue(selectCampaigns, sameJson);
  const [draft, setDraft] = useState(() => draftOf(process, t('processes.newName')));
  const patch = (next: Partial<Draft>) => setDraft({ ...draft, ...next });
  const patchStep = (index: number, next: Partial<StepInput>) =>
    patch({ steps: draft.steps.map((s, i) => (i === index ? { ...s, ...next } : s)) });
  const move = (index: number, by: number) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(index, 1);
    steps.splice(index + by, 0, step!);
    patch({ steps });
  };
  const save = () => {
    const input = {
      name: draft.name.trim() || t('processes.newName'),
      match: {
        field: draft.fields,
        channelKind: draft.channelKinds,
        format: draft.formats,
        campaign: draft.campaigns,
      },
      timing: draft.timing,
      approvals: draft.approvals,
      steps: draft.steps,
    };
    let id = process?.id;
    if (id) updateProcess(session.doc, id, input);
    else id = addProcess(session.doc, input);
    session.stopCapturing();
    onSaved(id);
    onClose();
  };
  const unit = draft.timing === 'minutes' ? t('editor.offsetMinutes') : t('editor.offsetDays');
  return (
    <Dialog
      title={t('editor.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('editor.cancel')}
          </button>
          <button type="button" className="button primary" onClick={save}>
            {t('editor.save')}
          </button>
        </>
      }
    >
      <div className="process-editor">
        <label className="field">
          <span>{t('editor.name')}</span>
          <input value={draft.name} maxLength={100} onChange={(e) => patch({ name: e.target.value })} />
        </label>
        <fieldset>
          <legend>{t('editor.conditions')}</legend>
          <p className="hint">{t('editor.conditionsHint')}</p>
          <div className="checks" role="group" aria-label={t('editor.fields')}>
            {ACTION_FIELDS.map((field) => (
              <label key={field}>
                <input
                  type="checkbox"
                  checked={draft.fields.includes(field)}
                  onChange={(e) => patch({ fields: toggle(draft.fields, field, e.target.checked) })}
                />
                {t(`field.${field}`)}
              </label>
            ))}
          </div>
          <div className="checks" role="group" aria-label={t('editor.channelKinds')}>
            {CHANNEL_KINDS.map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={draft.channelKinds.includes(kind)}
                  onChange={(e) =>
                    patch({ channelKinds: toggle(draft.channelKinds, kind, e.target.checked) })
                  }
                />
                {t(`kind.${kind}`)}
              </label>
            ))}
          </div>
          <div className="checks" role="group" aria-label={t('editor.formats')}>
            {POST_FORMATS.map((format) => (
              <label key={format}>
                <input
                  type="checkbox"
                  checked={draft.formats.includes(format)}
                  onChange={(e) => patch({ formats: toggle(draft.formats, format, e.target.checked) })}
                />
                {t(`post.format.${format}`)}
              </label>
            ))}
          </div>
          {campaigns.length > 0 && (
            <div className="checks" role="group" aria-label={t('editor.campaigns')}>
              {campaigns.map((campaign) => (
                <label key={campaign.id}>
                  <input
                    type="checkbox"
                    checked={draft.campaigns.includes(campaign.id)}
                    onChange={(e) =>
                      patch({ campaigns: toggle(draft.campaigns, campaign.id, e.target.checked) })
                    }
                  />
                  {campaign.name}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <div className="row">
          <label className="field">
            <span>{t('editor.timing')}</span>
            <select value={draft.timing} onChange={(e) => patch({ timing: e.target.value as ProcessTiming })}>
              <option value="workingDays">{t('editor.timingDays')}</option>
              <option value="minutes">{t('editor.timingMinutes')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('editor.approvals')}</span>
            <select
              value={draft.approvals}
              onChange={(e) => patch({ approvals: e.target.value as ApprovalFlow })}
            >
              {APPROVAL_FLOWS.map((flow) => (
                <option key={flow} value={flow}>
                  {t(`processes.${flow}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <h3>{t('editor.steps')}</h3>
        <ol className="editor-steps">
          {draft.steps.map((step, index) => {
            const n = index + 1;
            const who = 'person' in step.who ? `person:${step.who.person}` : `role:${step.who.role}`;
            return (
              <li key={step.id ?? index}>
                <fieldset className={`editor-step ${step.type}`}>
                  <legend>{t('editor.step', { n })}</legend>
                  <label className="field">
                    <span>{t('editor.type')}</span>
                    <select
                      value={step.type}
                      onChange={(e) => patchStep(index, { type: e.target.value as StepInput['type'] })}
                    >
                      {STEP_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(type === 'input' ? 'step.input' : 'step.approval')}
                        </option>
                      ))}
                    </select>
                  </label>
                  {step.type === 'input' && (
                    <label className="field">
                      <span>{t('editor.kind')}</span>
                      <select
                        value={step.kind ?? 'text'}
                        onChange={(e) => patchStep(index, { kind: e.target.value as StepInput['kind'] })}
                      >
                        {INPUT_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`kind.${kind}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                  <label className="field">
                    <span>{t('step.who')}</span>
                    <select
                      value={who}
                      onChange={(e) => {
                        const [what, id] = e.target.value.split(':') as [string, string];
                        patchStep(index, {
                          who:
                            what === 'person'
                              ? { person: id as PersonId }
                              : { role: id as (typeof ROLES)[number] },
                        });
                      }}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={`role:${role}`}>
                          {t('editor.whoRole', { role: labels.role(role) })}
                        </option>
                      ))}
                      {people.map((p) => (
                        <option key={p.id} value={`person:${p.id}`}>
                          {t('editor.whoPerson', { name: p.name })}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="field">
                    <span>{unit}</span>
                    <input
                      type="number"
                      min={0}
                      max={MAX_OFFSET[draft.timing]}
                      value={step.offset}
                      onChange={(e) => patchStep(index, { offset: Number(e.target.value) })}
                    />
                  </label>
                  <label className="field wide">
                    <span>{t('step.what')}</span>
                    <input
                      value={step.what}
                      maxLength={2000}
                      onChange={(e) => patchStep(index, { what: e.target.value })}
                    />
                  </label>
                  <label className="field wide">
                    <span>{t('step.why')}</span>
                    <textarea
                      rows={2}
                      value={step.why}
                      maxLength={2000}
                      onChange={(e) => patchStep(index, { why: e.target.value })}
                    />
                  </label>
                  <div className="step-buttons">
                    <button
                      type="button"
                      className="button small"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={t('editor.up', { n })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button small"
                      disabled={index === draft.steps.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t('editor.down', { n })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button small"
                      onClick={() => patch({ steps: draft.steps.filter((_, i) => i !== index) })}
                    >
                      {t('editor.removeStep', { n })}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button"
          disabled={draft.steps.length >= STEP_LIMIT}
          onClick={() =>
            patch({
              steps: [
                ...draft.steps,
                {
                  id: newStepId(),
                  type: 'input',
                  kind: 'text',
                  who: { role: 'marketing' },
                  what: '',
                  why: '',
                  offset: 2,
                },
              ],
            })
          }
        >
          {t('editor.addStep')}
        </button>
      </div>
    </Dialog>
  );
}
