// The workspace's campaigns, read again only when a campaign changed.
import { readCampaigns, type Campaign } from '../../../shared/model';
import { onChangesOf } from '../selectors';

export const selectCampaigns = onChangesOf(['campaigns'], (session): Campaign[] =>
  readCampaigns(session.doc),
);
