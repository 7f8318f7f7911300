import type { BoardFilter, CampaignId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { sameJson } from '../selectors';
import { selectCampaigns } from './selectors';

/** The board filter's choice of a campaign; shown only when the workspace has campaigns or one is chosen. */
export function CampaignFilter({
  filter,
  onChange,
}: {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
}) {
  const { t } = useI18n();
  const campaigns = useDocValue(selectCampaigns, sameJson);
  const value = filter.campaignIds[0] ?? '';
  if (campaigns.length === 0 && !value) return null;
  return (
    <label className={`filter-select${value ? ' set' : ''}`}>
      <span>{t('campaigns.filter')}</span>
      <select
        value={value}
        aria-label={t('campaigns.filter')}
        onChange={(e) =>
          onChange({ ...filter, campaignIds: e.target.value ? [e.target.value as CampaignId] : [] })
        }
      >
        <option value="">{t('filter.all')}</option>
        {campaigns.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
          </option>
        ))}
      </select>
    </label>
  );
}
