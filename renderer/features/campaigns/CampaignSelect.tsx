import { campaignOf, setCardCampaign, type CampaignId, type Card } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameJson } from '../selectors';
import { selectCampaigns } from './selectors';

/** The card panel's choice of the card's campaign (at most one). */
export function CampaignSelect({ card }: { card: Card }) {
  const { t } = useI18n();
  const session = useSession();
  const campaigns = useDocValue(selectCampaigns, sameJson);
  const gone = card.campaignId !== null && !campaignOf(campaigns, card.campaignId);
  return (
    <label className="field">
      <span>{t('campaigns.card')}</span>
      <select
        value={card.campaignId ?? ''}
        onChange={(e) => {
          setCardCampaign(session.doc, card.id, (e.target.value || null) as CampaignId | null);
          session.stopCapturing();
        }}
      >
        <option value="">{t('campaigns.cardNone')}</option>
        {gone && <option value={card.campaignId!}>{t('campaigns.cardGone')}</option>}
        {campaigns.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
          </option>
        ))}
      </select>
    </label>
  );
}
