/*
 * The workspace document, schema version 1 (DESIGN.md §3). Top-level shared types of a Y.Doc:
 *
 *   meta      Y.Map    schemaVersion, name, timezone, weekStartsOn (1 = Monday)
 *   columns   Y.Map<ColumnId, Y.Map>   title, order (fractional key), stage?
 *   cards     Y.Map<CardId, Y.Map>     title, body (Y.Text), pos {columnId, order}, channelIds,
 *                                      slot {date, time, channelId} | null, ownerId, field, tags,
 *                                      createdAt, createdBy, archived
 *   channels  Y.Map<ChannelId, Y.Map>  name, kind, color, order, slotTemplate [{weekday, time}]
 *   people    Y.Map<PersonId, Y.Map>   name, role, color
 *
 * A card's place is one value `pos` so that concurrent moves converge to one whole place.
 * Everything here may have been written by another peer or an older version: read it through
 * the guards in read.ts, never directly.
 */
import type { CardId, ChannelId, ColumnId, PersonId } from './ids';

export const SCHEMA_VERSION = 1;

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
