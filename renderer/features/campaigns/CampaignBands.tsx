import './campaigns.css';
import { campaignBands, type DateKey } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { formatSafely } from '../../i18n/formatSafely';
import { useDocValue } from '../../sync/useDocValue';
import { sameJson } from '../selectors';
import { selectCampaigns } from './selectors';

const dayOf = (key: DateKey, locale: string) => {
  const [y, m, d] = key.split('-').map(Number);
  return formatSafely(new Date(y!, m! - 1, d!), locale === 'de' ? 'dd.MM.yyyy' : 'd MMM yyyy');
};

/**
 * The campaigns running over a row of days (a week of the calendar), as a table row of bands: each
 * band spans its days, overlapping campaigns lie on separate lines. `head` puts a header cell first
 * (the week grid's channel column). Nothing when no campaign touches these days.
 */
export function CampaignBands({ days, head = false }: { days: readonly DateKey[]; head?: boolean }) {
  const { t, locale } = useI18n();
  const campaigns = useDocValue(selectCampaigns, sameJson);
  const bands = campaignBands(campaigns, days);
  if (bands.length === 0) return null;
  return (
    <tr className="campaign-row">
      {head && (
        <th scope="row" className="channel-head campaign-head">
          {t('campaigns.bands')}
        </th>
      )}
      <td colSpan={days.length} className="campaign-cell">
        <ul
          className="campaign-bands"
          aria-label={t('campaigns.bands')}
          style={{ gridTemplateColumns: `repeat(${days.length}, 1fr)` }}
        >
          {bands.map(({ campaign, from, to, lane, continuesBefore, continuesAfter }) => {
            const span = t('campaigns.span', {
              from: dayOf(campaign.start, locale),
              to: dayOf(campaign.end, locale),
            });
            return (
              <li
                key={campaign.id}
                className={`campaign-band${continuesBefore ? ' before' : ''}${continuesAfter ? ' after' : ''}`}
                style={{
                  gridColumn: `${from + 1} / ${to + 2}`,
                  gridRow: lane + 1,
                  ['--band' as string]: campaign.color,
                }}
                title={
                  campaign.goal
                    ? `${campaign.name} · ${span}\n${campaign.goal}`
                    : `${campaign.name} · ${span}`
                }
                aria-label={t('campaigns.band', {
                  name: campaign.name,
                  from: dayOf(campaign.start, locale),
                  to: dayOf(campaign.end, locale),
                })}
              >
                <span className="campaign-name">{campaign.name}</span>
              </li>
            );
          })}
        </ul>
      </td>
    </tr>
  );
}
