import './campaigns.css';
import { useState } from 'react';
import {
  CAMPAIGN_COLORS,
  CampaignError,
  addCampaign,
  deleteCampaign,
  updateCampaign,
  type Campaign,
  type CampaignInput,
} from '../../../shared/model';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameJson } from '../selectors';
import { selectCampaigns } from './selectors';

/** The way into the campaigns from the settings. */
export function CampaignsEntry() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('campaigns.open')}
      </button>
      {open && <CampaignsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** The workspace's campaigns: make one, change its name, colour, days and goal, delete it. */
export function CampaignsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const campaigns = useDocValue(selectCampaigns, sameJson);
  const [removing, setRemoving] = useState<Campaign | null>(null);
  return (
    <Dialog
      title={t('campaigns.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button primary" onClick={onClose}>
          {t('campaigns.done')}
        </button>
      }
    >
      <p className="hint">{t('campaigns.hint')}</p>
      {campaigns.length === 0 ? (
        <p className="hint">{t('campaigns.none')}</p>
      ) : (
        <ul className="campaign-list" aria-label={t('campaigns.list')}>
          {campaigns.map((campaign) => (
            <li key={campaign.id}>
              <CampaignForm
                // Begins again from what is stored when it changes (saved here or by a colleague).
                key={JSON.stringify(campaign)}
                label={t('campaigns.edit', { name: campaign.name })}
                initial={campaign}
                submitLabel={t('campaigns.save')}
                onSubmit={(input) => updateCampaign(session.doc, campaign.id, input)}
                onDelete={() => setRemoving(campaign)}
              />
            </li>
          ))}
        </ul>
      )}
      <h3>{t('campaigns.new')}</h3>
      <CampaignForm
        // A new form for each campaign made: it starts empty, in the next colour.
        key={campaigns.length}
        label={t('campaigns.new')}
        initial={{
          name: '',
          color: CAMPAIGN_COLORS[campaigns.length % CAMPAIGN_COLORS.length]!,
          start: '',
          end: '',
          goal: '',
        }}
        submitLabel={t('campaigns.add')}
        onSubmit={(input) => addCampaign(session.doc, input)}
      />
      {removing && (
        <ConfirmDialog
          title={t('campaigns.deleteTitle', { name: removing.name })}
          confirmLabel={t('campaigns.delete')}
          onConfirm={() => {
            deleteCampaign(session.doc, removing.id);
            session.stopCapturing();
          }}
          onClose={() => setRemoving(null)}
        >
          <p>{t('campaigns.deleteText')}</p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}

/** One campaign's fields, local until sent (a form): the model checks them and says what is wrong. */
function CampaignForm({
  label,
  initial,
  submitLabel,
  onSubmit,
  onDelete,
}: {
  label: string;
  initial: CampaignInput;
  submitLabel: string;
  onSubmit: (input: CampaignInput) => void;
  onDelete?: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [input, setInput] = useState<CampaignInput>(initial);
  const [error, setError] = useState('');
  const set = (patch: Partial<CampaignInput>) => setInput({ ...input, ...patch });
  const unchanged = sameJson(
    { ...input, goal: input.goal ?? '' },
    {
      name: initial.name,
      color: initial.color,
      start: initial.start,
      end: initial.end,
      goal: initial.goal ?? '',
    },
  );
  return (
    <form
      className="campaign-form"
      aria-label={label}
      style={{ borderLeftColor: input.color }}
      onSubmit={(event) => {
        event.preventDefault();
        try {
          onSubmit(input);
          session.stopCapturing();
          setError('');
        } catch (caught) {
          if (!(caught instanceof CampaignError)) throw caught;
          setError(t(`campaigns.error.${caught.code}`));
        }
      }}
    >
      <div className="campaign-fields">
        <label className="field grow">
          <span>{t('campaigns.name')}</span>
          <input value={input.name} maxLength={100} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('campaigns.color')}</span>
          <input type="color" value={input.color} onChange={(e) => set({ color: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('campaigns.start')}</span>
          <input type="date" value={input.start} onChange={(e) => set({ start: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('campaigns.end')}</span>
          <input type="date" value={input.end} onChange={(e) => set({ end: e.target.value })} />
        </label>
      </div>
      <label className="field">
        <span>{t('campaigns.goal')}</span>
        <input
          value={input.goal ?? ''}
          maxLength={2000}
          placeholder={t('campaigns.goalPlaceholder')}
          onChange={(e) => set({ goal: e.target.value })}
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="campaign-actions">
        <button type="submit" className="button primary" disabled={unchanged}>
          {submitLabel}
        </button>
        {onDelete && (
          <button type="button" className="button danger" onClick={onDelete}>
            {t('campaigns.delete')}
          </button>
        )}
      </div>
    </form>
  );
}
