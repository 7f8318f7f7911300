/*
 * Campaigns: a workspace's named efforts over a span of days ("Herbstkampagne", "EcoLine-Launch"),
 * drawn as bands over their days in the calendar and used as a filter of the board.
 *
 *   campaigns  Y.Map<CampaignId, Y.Map>  name, color (#rrggbb), start, end (YYYY-MM-DD, both
 *                                         days included), goal
 *   cards      campaignId                the campaign a card belongs to, at most one
 *
 * Added without a new schema version: older apps keep both untouched. Each field is its own value,
 * so a colleague renaming a campaign while another moves its end date keeps both edits. Deleting a
 * campaign also takes it off its cards in the same transaction; a card a colleague put into it
 * meanwhile keeps an id that names nothing, and reads as "no campaign".
 */
import * as Y from 'yjs';
import { clip, isCalendarDate, LIMITS } from './bounds';
import { cardsMap, change, newRecord, recordOf } from './doc';
import { newId, type CampaignId, type CardId } from './ids';
import { isColor, Reader } from './read';

export interface Campaign {
  id: CampaignId;
  name: string;
  color: string;
  /** First and last day of the campaign, both included; start <= end. */
  start: string;
  end: string;
  goal: string;
  /** What was wrong with the stored record; empty when it is sound. */
  problems: readonly string[];
}

export interface CampaignInput {
  name: string;
  color: string;
  start: string;
  end: string;
  goal?: string;
}

/** Campaign colours offered when making one; any #rrggbb is read. */
export const CAMPAIGN_COLORS = ['#d9480f', '#2f9e44', '#1971c2', '#9c36b5', '#e8590c', '#0c8599'] as const;

export class CampaignError extends Error {
  constructor(readonly code: 'name' | 'dates' | 'color') {
    super(`Campaign not valid: ${code}`);
    this.name = 'CampaignError';
  }
}

const campaignsMap = (doc: Y.Doc) => doc.getMap<unknown>('campaigns');

/**
 * A campaign read defensively; null for what is not a record or has no readable days (there would
 * be nothing to draw or filter by). Dates in the wrong order are read swapped.
 */
export function readCampaign(id: string, value: unknown): Campaign | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  const start = r.field('start', isCalendarDate, '', true);
  const end = r.field('end', isCalendarDate, start, true);
  if (!start) return null;
  return {
    id: id as CampaignId,
    name: r.text('name', LIMITS.name, '?', true),
    color: r.field('color', isColor, '#888888'),
    start: start <= end ? start : end,
    end: start <= end ? end : start,
    goal: r.text('goal', LIMITS.note, ''),
    problems: r.problems,
  };
}

/** All readable campaigns, by start day, then name and id (the same order on every laptop). */
export function readCampaigns(doc: Y.Doc): Campaign[] {
  const campaigns: Campaign[] = [];
  campaignsMap(doc).forEach((value, id) => {
    const campaign = readCampaign(id, value);
    if (campaign) campaigns.push(campaign);
  });
  return campaigns.sort(
    (a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1),
  );
}

/** The input checked and bounded as it will be stored; throws a CampaignError for what is wrong. */
function checked(input: CampaignInput) {
  const name = clip(input.name, LIMITS.name);
  if (!name) throw new CampaignError('name');
  if (!isCalendarDate(input.start) || !isCalendarDate(input.end) || input.end < input.start)
    throw new CampaignError('dates');
  if (!isColor(input.color)) throw new CampaignError('color');
  return {
    name,
    color: input.color,
    start: input.start,
    end: input.end,
    goal: clip(input.goal ?? '', LIMITS.note),
  };
}

export function addCampaign(doc: Y.Doc, input: CampaignInput): CampaignId {
  const id = newId<CampaignId>('k');
  const fields = checked(input);
  change(doc, () => campaignsMap(doc).set(id, newRecord(fields)));
  return id;
}

/** Writes the fields that differ from what is stored, each as its own value; a campaign that is gone is left alone. */
export function updateCampaign(doc: Y.Doc, id: CampaignId, input: CampaignInput): void {
  const fields = checked(input);
  change(doc, () => {
    const record = recordOf(campaignsMap(doc), id);
    if (!record) return;
    for (const [key, value] of Object.entries(fields)) if (record.get(key) !== value) record.set(key, value);
  });
}

/** Removes the campaign and takes it off every card that belonged to it. */
export function deleteCampaign(doc: Y.Doc, id: CampaignId): void {
  change(doc, () => {
    campaignsMap(doc).delete(id);
    cardsMap(doc).forEach((card) => {
      if (card instanceof Y.Map && card.get('campaignId') === id) card.delete('campaignId');
    });
  });
}

/** Puts a card into a campaign, or takes it out of its campaign with null. */
export function setCardCampaign(doc: Y.Doc, cardId: CardId, campaignId: CampaignId | null): void {
  change(doc, () => {
    const card = recordOf(cardsMap(doc), cardId);
    if (!card) return;
    if (campaignId === null) card.delete('campaignId');
    else card.set('campaignId', campaignId);
  });
}

/** One campaign's band over a row of consecutive days: from which day to which (indexes, both included). */
export interface CampaignBand {
  campaign: Campaign;
  from: number;
  to: number;
  /** Whether the campaign goes on before the first day or after the last day of the row. */
  continuesBefore: boolean;
  continuesAfter: boolean;
  /** The line the band is drawn on; bands that overlap get different lines. */
  lane: number;
}

/**
 * The bands of the campaigns over a row of consecutive days (a week), each on the lowest line free
 * over its days, in the order of `campaigns` (readCampaigns' order, so the same on every laptop).
 */
export function campaignBands(campaigns: readonly Campaign[], days: readonly string[]): CampaignBand[] {
  if (days.length === 0) return [];
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const lanes: number[] = []; // the last day index taken on each line
  const bands: CampaignBand[] = [];
  for (const campaign of campaigns) {
    if (campaign.end < first || campaign.start > last) continue;
    const from = campaign.start <= first ? 0 : days.findIndex((day) => day >= campaign.start);
    const after = days.findIndex((day) => day > campaign.end);
    const to = after === -1 ? days.length - 1 : after - 1;
    let lane = lanes.findIndex((taken) => taken < from);
    if (lane === -1) lane = lanes.length;
    lanes[lane] = to;
    bands.push({
      campaign,
      from,
      to,
      continuesBefore: campaign.start < first,
      continuesAfter: campaign.end > last,
      lane,
    });
  }
  return bands;
}

/** The campaign of a card, if it names one that exists. */
export function campaignOf(
  campaigns: readonly Campaign[],
  campaignId: CampaignId | null,
): Campaign | undefined {
  return campaignId === null ? undefined : campaigns.find((campaign) => campaign.id === campaignId);
}
