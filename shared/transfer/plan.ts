/*
 * What an import would do to a workspace, before it does it: for each row, create a card, update
 * the card it imported before, or skip it (and why). Names the workspace does not know (channels,
 * people, statuses) are listed once each with what the user decided: create it, map it to one
 * that exists, or (a channel) skip its rows / (a person, a status) leave it out.
 *
 * A row finds its card again by its key: the id column's value when the plan has one (a card of
 * this workspace by that id, or one imported with it), else date, channel and title. The key is
 * stored on the card (`importKey`), so importing the same file again updates instead of
 * duplicating, also after the card was moved or renamed in the app.
 */
import type { CampaignId, CardId, ChannelId, ColumnId, PersonId } from '../model/ids';
import type { ChannelKind } from '../model/schema';
import { SKIPPING, type RowDraft, type RowProblem } from './rows';

export type Resolution<Id> = { kind: 'create' } | { kind: 'map'; id: Id } | { kind: 'skip' };

export interface Decisions {
  channels: { [name: string]: Resolution<ChannelId> };
  people: { [name: string]: Resolution<PersonId> };
  statuses: { [name: string]: Resolution<ColumnId> };
}

export const NO_DECISIONS: Decisions = { channels: {}, people: {}, statuses: {} };

/** What the plan needs to know of the workspace (model/importApply.ts reads it from the document). */
export interface ImportTarget {
  channels: readonly { id: ChannelId; name: string; kind: ChannelKind }[];
  people: readonly { id: PersonId; name: string }[];
  columns: readonly { id: ColumnId; title: string; stage: string | null }[];
  campaigns: readonly { id: CampaignId; name: string }[];
  /** Card ids by key: `id:<card id>`, stored import keys, and `k:<date>|<channel>|<title>`. */
  cardsByKey: ReadonlyMap<string, CardId>;
}

export interface PlannedRow extends RowDraft {
  action: 'create' | 'update' | 'skip';
  key: string;
  cardId: CardId | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** Unknown names, each once, as first written in the file. Campaigns not known are made by the import. */
  unknown: { channels: string[]; people: string[]; statuses: string[]; campaigns: string[] };
  counts: { create: number; update: number; skip: number };
}

/** Names compare without case and surrounding or doubled spaces. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export const naturalKey = (date: string | null, channel: string | undefined, title: string) =>
  `k:${date ?? ''}|${nameKey(channel ?? '')}|${nameKey(title)}`;

/** Other ways plans name a network, to find a channel of that kind. */
const KIND_NAMES: { [name: string]: ChannelKind } = {
  facebook: 'facebook',
  fb: 'facebook',
  instagram: 'instagram',
  insta: 'instagram',
  ig: 'instagram',
  linkedin: 'linkedin',
  x: 'x',
  twitter: 'x',
  'x (twitter)': 'x',
  tiktok: 'tiktok',
  youtube: 'youtube',
  yt: 'youtube',
  threads: 'threads',
  bluesky: 'bluesky',
  bsky: 'bluesky',
  newsletter: 'newsletter',
  'e-mail': 'newsletter',
  blog: 'blog',
  website: 'blog',
};

/** The kind of a channel a plan names ("Insta" is Instagram); `other` when it is none we know. */
export const kindOfName = (name: string): ChannelKind => KIND_NAMES[nameKey(name)] ?? 'other';

/** Stage names as teams write them in a status column. */
const STAGE_NAMES: { [name: string]: string } = {
  idee: 'ideas',
  ideen: 'ideas',
  idea: 'ideas',
  ideas: 'ideas',
  offen: 'ideas',
  'in arbeit': 'inProgress',
  'in bearbeitung': 'inProgress',
  'in progress': 'inProgress',
  entwurf: 'inProgress',
  'warten auf input': 'waiting',
  wartet: 'waiting',
  waiting: 'waiting',
  'zur freigabe': 'review',
  freigabe: 'review',
  review: 'review',
  'in review': 'review',
  freigegeben: 'approved',
  approved: 'approved',
  geplant: 'approved',
  scheduled: 'approved',
  veröffentlicht: 'published',
  veroeffentlicht: 'published',
  published: 'published',
  online: 'published',
  gepostet: 'published',
  live: 'published',
};

export function findChannel(target: ImportTarget, name: string): ChannelId | null {
  const key = nameKey(name);
  const byName = target.channels.find((c) => nameKey(c.name) === key);
  if (byName) return byName.id;
  const kind = KIND_NAMES[key];
  const ofKind = kind ? target.channels.filter((c) => c.kind === kind) : [];
  return ofKind.length === 1 ? ofKind[0]!.id : null;
}

export function findPerson(target: ImportTarget, name: string): PersonId | null {
  const key = nameKey(name);
  const people = target.people.filter((p) => nameKey(p.name) === key);
  if (people.length > 0) return people[0]!.id;
  // "Lena" finds Lena Krüger when she is the only Lena.
  const byFirst = target.people.filter((p) => nameKey(p.name).split(' ')[0] === key);
  return byFirst.length === 1 ? byFirst[0]!.id : null;
}

/** A campaign of the workspace by its name (without case and doubled spaces). */
export function findCampaign(target: ImportTarget, name: string): CampaignId | null {
  const key = nameKey(name);
  return target.campaigns.find((c) => nameKey(c.name) === key)?.id ?? null;
}

export function findColumn(target: ImportTarget, name: string): ColumnId | null {
  const key = nameKey(name);
  const byTitle = target.columns.find((c) => nameKey(c.title) === key);
  if (byTitle) return byTitle.id;
  const stage = STAGE_NAMES[key];
  return (stage && target.columns.find((c) => c.stage === stage)?.id) || null;
}

export function planImport(
  drafts: readonly RowDraft[],
  target: ImportTarget,
  decisions: Decisions,
): ImportPlan {
  const unknown = {
    channels: new Map<string, string>(),
    people: new Map<string, string>(),
    statuses: new Map<string, string>(),
    campaigns: new Map<string, string>(),
  };
  const seen = new Map<string, number>();
  const rows = drafts.map((draft): PlannedRow => {
    const problems: RowProblem[] = [...draft.problems];
    for (const name of draft.channels) {
      if (findChannel(target, name)) continue;
      if (!unknown.channels.has(nameKey(name))) unknown.channels.set(nameKey(name), name);
      // A name the user mapped to a channel is no problem any more; one to create still asks.
      const decision = decisions.channels[nameKey(name)];
      if (decision?.kind === 'skip') problems.push({ kind: 'skippedChannel', name });
      else if (decision?.kind !== 'map') problems.push({ kind: 'unknownChannel', name });
    }
    if (draft.owner && !findPerson(target, draft.owner)) {
      if (!unknown.people.has(nameKey(draft.owner))) unknown.people.set(nameKey(draft.owner), draft.owner);
      if (decisions.people[nameKey(draft.owner)]?.kind !== 'map')
        problems.push({ kind: 'unknownPerson', name: draft.owner });
    }
    if (draft.status && !findColumn(target, draft.status)) {
      if (!unknown.statuses.has(nameKey(draft.status)))
        unknown.statuses.set(nameKey(draft.status), draft.status);
      if (decisions.statuses[nameKey(draft.status)]?.kind !== 'map')
        problems.push({ kind: 'unknownStatus', name: draft.status });
    }
    if (
      draft.campaign &&
      !findCampaign(target, draft.campaign) &&
      !unknown.campaigns.has(nameKey(draft.campaign))
    )
      unknown.campaigns.set(nameKey(draft.campaign), draft.campaign);
    const key = draft.id ? `id:${draft.id}` : naturalKey(draft.date, draft.channels[0], draft.title);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push({ kind: 'duplicate', line: earlier });
    const skip = problems.some((p) => SKIPPING.has(p.kind));
    if (!skip) seen.set(key, draft.line);
    const cardId = skip ? null : (target.cardsByKey.get(key) ?? null);
    return {
      ...draft,
      problems,
      key,
      cardId,
      action: skip ? 'skip' : cardId || earlier !== undefined ? 'update' : 'create',
    };
  });
  const counts = { create: 0, update: 0, skip: 0 };
  for (const row of rows) counts[row.action]++;
  return {
    rows,
    unknown: {
      channels: [...unknown.channels.values()],
      people: [...unknown.people.values()],
      statuses: [...unknown.statuses.values()],
      campaigns: [...unknown.campaigns.values()],
    },
    counts,
  };
}
