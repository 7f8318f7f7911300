/*
 * The workspace document, schema version 1 (docs/architecture.md, "The document"). Top-level shared types of a Y.Doc:
 *
 *   meta      Y.Map    schemaVersion, name, timezone, weekStartsOn (1 = Monday)
 *   columns   Y.Map<ColumnId, Y.Map>   title, order (fractional key), stage?
 *   cards     Y.Map<CardId, Y.Map>     title, body (Y.Text), pos {columnId, order, n?, s?},
 *                                      channelIds, slot {date, time, channelId, n?, s?} | null,
 *                                      ownerId, field, tags, createdAt, createdBy, archived,
 *                                      seriesId? (the series that made it, series.ts),
 *                                      campaignId? (its campaign, campaigns.ts); both added
 *                                      without a new version
 *                                      the post (post.ts): copy Y.Map<ChannelId, Y.Text>, format,
 *                                      link, cta, hashtags, audience, cmNote, kpi
 *   channels  Y.Map<ChannelId, Y.Map>  name, kind, color, order, slotTemplate [{weekday, time}]
 *   people    Y.Map<PersonId, Y.Map>   name, role, color
 *   requests  Y.Map<RequestId, Y.Map>  inputs and approvals of cards (see the block below)
 *   history   Y.Map<CardId, Y.Map>     entries Y.Array (the last HISTORY_LIMIT), dropped (see history.ts)
 *   meetings  Y.Map<MeetingId, Y.Map>  the editorial meetings and their decisions (see meetings.ts);
 *                                      added later without a new version: older apps keep it untouched
 *   deviceKeys  Y.Map<keyId, {...}>   public keys of people's devices (see signatures.ts)
 *   signatures  Y.Map<ref, {...}>      signed decisions, verified on read (see signatures.ts);
 *                                      both added without a new version, like meetings
 *   absences  Y.Map<AbsenceId, {...}>  who is away when, and their stand-in (absences.ts)
 *   series    Y.Map<SeriesId, {...}>   recurring formats that make weekly cards (series.ts)
 *   campaigns   Y.Map<CampaignId, Y.Map>  name, color, start, end, goal (see campaigns.ts)
 *   comments    Y.Map<CommentId, Y.Map>   a card's comments with @mentions (see comments.ts);
 *                                      both added without a new version, like meetings
 *   attachments Y.Map<id, {...}>      files on cards: hash, name, type, size, thumbnail; the bytes
 *                                      live outside the document (see attachments.ts)
 *   processes  Y.Map<ProcessId, Y.Map> the team's processes (Abläufe, see processes.ts); a card's
 *                                      `processId` names the one it follows; added without a new version
 *   hashtagSets Y.Map<id, {name, tags}> the workspace's saved hashtag sets (post.ts); added likewise
 *
 * A card's place is one value `pos` so that concurrent moves converge to one whole place. `pos`
 * and `slot` also carry who set them when (`n`, `s`; history.ts reads them as the latest move and
 * scheduling). Empty fields are left out when a card is made (no slot, owner, field, tags or
 * channels, not archived): the readers fall back to exactly these values.
 * Everything here may have been written by another peer or an older version: read it through
 * the guards in read.ts, never directly.
 */
import type { StandInNote } from './absences';
import type { Brand, CampaignId, CardId, ChannelId, ColumnId, PersonId } from './ids';

/** The format of a post, as German plans name it (Bild, Karussell, Video/Reel, …). */
export const POST_FORMATS = ['image', 'carousel', 'video', 'story', 'link', 'text', 'live', 'poll'] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

/** What a card posts: its copy per channel and the fields of the plan around it. */
export interface Post {
  /** The post text per channel id (only channels that have one). */
  copy: { readonly [channelId: string]: string };
  format: PostFormat | null;
  /** An http(s) URL, or ''. */
  link: string;
  cta: string;
  hashtags: readonly string[];
  audience: string;
  /** Hinweis fürs Community-Management. */
  cmNote: string;
  /** KPI or result, noted after publishing. */
  kpi: string;
}

export const SCHEMA_VERSION = 1;

/** The top-level shared types of a workspace document, each a Y.Map (the table above). */
export const TOP_LEVEL_MAPS = [
  'meta',
  'columns',
  'cards',
  'channels',
  'people',
  'requests',
  'history',
  'meetings',
  'deviceKeys',
  'signatures',
  'absences',
  'series',
  'campaigns',
  'comments',
  'attachments',
  'processes',
  'hashtagSets',
] as const;
export type TopLevelMap = (typeof TOP_LEVEL_MAPS)[number];

/** The keys of a stored card record (the table above); `body` is a Y.Text, the others plain values. */
export const CARD_FIELDS = [
  'title',
  'body',
  'pos',
  'channelIds',
  'slot',
  'ownerId',
  'field',
  'tags',
  'createdAt',
  'createdBy',
  'archived',
  'seriesId',
  'campaignId',
  'processId',
  'copy',
  'format',
  'link',
  'cta',
  'hashtags',
  'audience',
  'cmNote',
  'kpi',
] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export const ACTION_FIELDS = ['customer', 'corporate', 'marketing'] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export const ROLES = ['social', 'marketing', 'press', 'management', 'service', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const CHANNEL_KINDS = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'tiktok',
  'youtube',
  'threads',
  'bluesky',
  'newsletter',
  'blog',
  'other',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Workflow stages the app understands; a column may carry one so features can find "Freigegeben". */
export const STAGES = ['ideas', 'inProgress', 'waiting', 'review', 'approved', 'published'] as const;
export type Stage = (typeof STAGES)[number];

/** Default columns have fixed ids, so two peers that both set up a workspace still converge. */
export const DEFAULT_COLUMNS: readonly { id: ColumnId; stage: Stage; title: string }[] = [
  { id: 'col-ideas' as ColumnId, stage: 'ideas', title: 'Ideen' },
  { id: 'col-in-progress' as ColumnId, stage: 'inProgress', title: 'In Arbeit' },
  { id: 'col-waiting' as ColumnId, stage: 'waiting', title: 'Warten auf Input' },
  { id: 'col-review' as ColumnId, stage: 'review', title: 'Zur Freigabe' },
  { id: 'col-approved' as ColumnId, stage: 'approved', title: 'Freigegeben' },
  { id: 'col-published' as ColumnId, stage: 'published', title: 'Veröffentlicht' },
];

export interface Meta {
  schemaVersion: number;
  name: string;
  timezone: string;
  weekStartsOn: number;
}

export interface Column {
  id: ColumnId;
  title: string;
  order: string;
  stage: Stage | null;
}

export interface Slot {
  date: string; // YYYY-MM-DD, a local calendar date in the workspace time zone
  time: string; // HH:mm, wall-clock time
  channelId: ChannelId;
}

export interface Pos {
  columnId: ColumnId;
  order: string;
}

export interface Card {
  id: CardId;
  title: string;
  body: string;
  pos: Pos;
  channelIds: readonly ChannelId[];
  slot: Slot | null;
  ownerId: PersonId | null;
  field: ActionField | null;
  tags: readonly string[];
  createdAt: number;
  createdBy: PersonId | null;
  archived: boolean;
  /** The series (series.ts) that made this card, or null. */
  seriesId: string | null;
  /** The campaign the card belongs to (at most one); null for none. It may name a campaign since deleted. */
  campaignId: CampaignId | null;
  /** The post: copy per channel and the plan's fields (post.ts). */
  post: Post;
  /** What was wrong with the stored card; empty when it is sound. A damaged card is shown, never dropped. */
  problems: readonly string[];
}

export interface Person {
  id: PersonId;
  name: string;
  role: Role;
  color: string;
}

export interface SlotTemplateEntry {
  weekday: number; // 1 = Monday … 7 = Sunday (ISO)
  time: string; // HH:mm
}

export interface Channel {
  id: ChannelId;
  name: string;
  kind: ChannelKind;
  color: string;
  order: string;
  slotTemplate: readonly SlotTemplateEntry[];
}

/*
 * Requests (issue 5): `requests` Y.Map<RequestId, Y.Map>, one record per request.
 *
 *   every request  cardId, kind, fromId, fromName, cardTitle, why, dueDate (YYYY-MM-DD), dueTime?, createdAt,
 *                  cancelled {at, by} (set once by the requester), reminders Y.Array<{at, by}>,
 *                  standIns [{id, forId, forName, kind, until}] (who stands in for whom, absences.ts)
 *   input request  kind visual | text | info | other, what, toId, toName, assignedAt (when
 *                  reassigned; createdAt until then),
 *                  answer {type: delivered | declined, at, by, note} (written by the recipient only)
 *   approval       kind approval, approvers [{id, name}], decisions Y.Map<PersonId, {decision, comment, at}>,
 *                  settledAt (set once when all approvals were in and the card was moved)
 *
 * Names are copied into the request when it is made, so a removed person stays readable; the card
 * title likewise, so a request of a deleted card still says what it was about. Each party writes
 * its own key (the recipient `answer`, the requester `cancelled`, each approver its entry in
 * `decisions`), so concurrent answers never overwrite each other; the status is derived from
 * them (see requestStatus in requests.ts).
 */
export type RequestId = Brand<string, 'RequestId'>;

export const INPUT_KINDS = ['visual', 'text', 'info', 'other'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];
export const REQUEST_KINDS = [...INPUT_KINDS, 'approval'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const DECISIONS = ['approved', 'changes'] as const;
export type Decision = (typeof DECISIONS)[number];

export type RequestStatus = 'open' | 'delivered' | 'declined' | 'cancelled' | 'approved' | 'changes';

export interface Stamp {
  at: number;
  by: PersonId | null;
}

export interface Answer extends Stamp {
  type: 'delivered' | 'declined';
  note: string;
}

export interface ApprovalDecision {
  decision: Decision;
  comment: string;
  at: number;
}

export interface NamedPerson {
  id: PersonId;
  name: string;
}

interface RequestBase {
  id: RequestId;
  cardId: CardId;
  cardTitle: string;
  from: NamedPerson | null;
  why: string;
  dueDate: string | null;
  /** HH:mm on the due date, for what is due within hours (in a crisis); null: by the end of the day. */
  dueTime: string | null;
  createdAt: number;
  cancelled: Stamp | null;
  reminders: readonly Stamp[];
  /** Stand-ins who got it because the person asked is away on its due date (absences.ts). */
  standIns: readonly StandInNote[];
  /** What was wrong with the stored request; empty when it is sound. */
  problems: readonly string[];
}

export interface InputRequest extends RequestBase {
  kind: InputKind;
  what: string;
  to: NamedPerson | null;
  /** When the current recipient got it: createdAt, or the time it was passed on to them. */
  assignedAt: number;
  answer: Answer | null;
}

export interface ApprovalRequest extends RequestBase {
  kind: 'approval';
  approvers: readonly NamedPerson[];
  decisions: { readonly [personId: string]: ApprovalDecision };
  settledAt: number | null;
}

export type Request = InputRequest | ApprovalRequest;
