/*
 * Applies an import plan (shared/transfer/plan.ts) to a workspace as ONE transaction with the
 * local origin: one undo step takes the whole import back. Channels, people and columns the user
 * chose to create are made first; then each row creates its card or updates the one it imported
 * before. A card remembers the row it came from in `importKey` (an additive field: older apps
 * keep it untouched), so the same file imported again updates instead of duplicating.
 *
 * An update writes only what the file holds (a column the plan lacks leaves the card's value), and
 * only what differs: importing an unchanged file changes nothing.
 */
import * as Y from 'yjs';
import {
  findCampaign,
  findChannel,
  findColumn,
  findPerson,
  kindOfName,
  nameKey,
  naturalKey,
  type Decisions,
  type ImportPlan,
  type ImportTarget,
  type PlannedRow,
} from '../transfer/plan';
import { addCampaign, CAMPAIGN_COLORS, readCampaigns } from './campaigns';
import { toKey } from './calendarDates';
import { readCards } from './cards';
import { addChannel, readChannels } from './channels';
import { addColumn, readColumns } from './columns';
import { cardsMap, change, newRecord, recordOf } from './doc';
import { stampStep } from './history';
import { setPostCopy } from './post';
import { newId, type CampaignId, type CardId, type ChannelId, type ColumnId, type PersonId } from './ids';
import { compareOrdered, keysAfter } from './ordering';
import { addPerson, readPeople } from './people';
import { isSlot } from './read';
import { DEFAULT_SLOT_TIME, defaultSlotTime } from './slots';
import { applyTextChange, wellFormed } from './text';

/** The stored key of the row a card was imported from, if any. */
export function importKeyOf(doc: Y.Doc, id: CardId): string | null {
  const key = recordOf(cardsMap(doc), id)?.get('importKey');
  return typeof key === 'string' ? key : null;
}

/** What planImport needs to know of the workspace. */
export function importTarget(doc: Y.Doc): ImportTarget {
  const channels = readChannels(doc);
  const channelName = new Map(channels.map((c) => [c.id as string, c.name]));
  const cardsByKey = new Map<string, CardId>();
  const natural: [string, CardId][] = [];
  for (const card of readCards(doc)) {
    cardsByKey.set(`id:${card.id}`, card.id);
    const stored = importKeyOf(doc, card.id);
    if (stored) cardsByKey.set(stored, card.id);
    const channel = card.slot
      ? channelName.get(card.slot.channelId)
      : channelName.get(card.channelIds[0] ?? '');
    natural.push([naturalKey(card.slot?.date ?? null, channel, card.title), card.id]);
  }
  for (const [key, id] of natural) if (!cardsByKey.has(key)) cardsByKey.set(key, id);
  return {
    channels,
    people: readPeople(doc),
    columns: readColumns(doc),
    campaigns: readCampaigns(doc),
    cardsByKey,
  };
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
}

const sameList = (a: unknown, b: readonly string[]) =>
  Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

export function applyImport(
  doc: Y.Doc,
  plan: ImportPlan,
  decisions: Decisions,
  options: ImportOptions = {},
): ImportResult {
  let result!: ImportResult;
  // The steps' transactions nest in this one: the whole import is one transaction.
  change(doc, () => {
    const steps = importSteps(doc, plan, decisions, options);
    let step = steps.next();
    while (!step.done) step = steps.next();
    result = step.value;
  });
  return result;
}

export interface ImportOptions {
  createdBy?: PersonId | null;
  now?: number;
}

/**
 * The import in steps of `rowsPerStep` rows, each one transaction with the local origin; yields the
 * rows done after each step but the last, and returns the result. The dialog runs a step per task,
 * so a 5,000-row import never holds the page for long, and keeps the UndoManager capturing over
 * all steps, so that they are one undo step (renderer/features/transfer/ImportDialog.tsx).
 * Names to create are created in the first step.
 */
export function* importSteps(
  doc: Y.Doc,
  plan: ImportPlan,
  decisions: Decisions,
  options: ImportOptions = {},
  rowsPerStep = Infinity,
): Generator<number, ImportResult> {
  const result: ImportResult = { created: 0, updated: 0, skipped: plan.counts.skip };
  let importRow: ((row: PlannedRow) => void) | null = null;
  let index = 0;
  while (index < plan.rows.length) {
    change(doc, () => {
      importRow ??= rowImporter(doc, plan, decisions, options, result);
      const end = Math.min(plan.rows.length, index + rowsPerStep);
      for (; index < end; index++) importRow(plan.rows[index]!);
    });
    if (index < plan.rows.length) yield index;
  }
  return result;
}

/** Imports one row; resolves (and creates) the names it needs on first use. */
function rowImporter(
  doc: Y.Doc,
  plan: ImportPlan,
  decisions: Decisions,
  options: ImportOptions,
  result: ImportResult,
): (row: PlannedRow) => void {
  const target = importTarget(doc);
  const channelIds = new Map<string, ChannelId | null>();
  const personIds = new Map<string, PersonId | null>();
  const columnIds = new Map<string, ColumnId | null>();
  const channel = (name: string) => {
    const key = nameKey(name);
    if (!channelIds.has(key)) {
      const decision = decisions.channels[key] ?? { kind: 'create' };
      channelIds.set(
        key,
        findChannel(target, name) ??
          (decision.kind === 'map'
            ? decision.id
            : decision.kind === 'create'
              ? addChannel(doc, { name, kind: kindOfName(name) })
              : null),
      );
    }
    return channelIds.get(key) ?? null;
  };
  const person = (name: string) => {
    const key = nameKey(name);
    if (!personIds.has(key)) {
      const decision = decisions.people[key] ?? { kind: 'create' };
      personIds.set(
        key,
        findPerson(target, name) ??
          (decision.kind === 'map'
            ? decision.id
            : decision.kind === 'create'
              ? addPerson(doc, { name, role: 'other' })
              : null),
      );
    }
    return personIds.get(key) ?? null;
  };
  const column = (name: string) => {
    const key = nameKey(name);
    if (!columnIds.has(key)) {
      const decision = decisions.statuses[key] ?? { kind: 'create' };
      columnIds.set(
        key,
        findColumn(target, name) ??
          (decision.kind === 'map' ? decision.id : decision.kind === 'create' ? addColumn(doc, name) : null),
      );
    }
    return columnIds.get(key) ?? null;
  };
  const campaign = campaignResolver(doc, target, plan, options);
  const firstColumn = readColumns(doc)[0]?.id ?? ('col-ideas' as ColumnId);
  const orders = new OrderSource(doc);
  const byKey = new Map<string, CardId>();
  const channelsById = new Map(readChannels(doc).map((c) => [c.id as string, c]));

  return (row) => {
    if (row.action === 'skip') return;
    const ids = row.channels.map(channel).filter((id): id is ChannelId => id !== null);
    const slotChannel = ids[0];
    const slot =
      row.date && slotChannel
        ? {
            date: row.date,
            time: row.time ?? defaultSlotTime(channelsById.get(slotChannel), row.date) ?? DEFAULT_SLOT_TIME,
            channelId: slotChannel,
          }
        : null;
    const ownerId = row.owner ? person(row.owner) : null;
    const columnId = row.status ? column(row.status) : null;
    const campaignId = row.campaign ? campaign(row.campaign) : null;
    const existing = row.cardId ?? byKey.get(row.key);
    const record = existing ? recordOf(cardsMap(doc), existing) : undefined;
    const copies = copiesOf(row, ids, channel);
    // A row without a channel has no post to hold its text: it goes into the brief, as a note.
    const unplaced = ids.length === 0 ? row.copy.map((section) => section.text) : [];
    const body = [...unplaced, row.body].filter(Boolean).join('\n\n');
    if (existing && record) {
      updateRecord(
        doc,
        existing,
        record,
        { ...row, body },
        { ids, slot, ownerId, columnId, campaignId },
        orders,
      );
      for (const [channelId, text] of copies) setPostCopy(doc, existing, channelId, text);
      byKey.set(row.key, existing);
      result.updated++;
      return;
    }
    const id = newId<CardId>('c');
    const inColumn = columnId ?? firstColumn;
    cardsMap(doc).set(
      id,
      newRecord({
        title: row.title,
        body: new Y.Text(wellFormed(body)),
        pos: { columnId: inColumn, order: orders.next(inColumn) },
        channelIds: ids.length > 0 ? [...new Set(ids)] : undefined,
        slot: slot ?? undefined,
        ownerId: ownerId ?? undefined,
        tags: row.tags && row.tags.length > 0 ? row.tags : undefined,
        hashtags: row.hashtags && row.hashtags.length > 0 ? row.hashtags : undefined,
        campaignId: campaignId ?? undefined,
        format: row.format ?? undefined,
        link: row.link ?? undefined,
        cta: row.cta ?? undefined,
        audience: row.audience ?? undefined,
        cmNote: row.cmNote ?? undefined,
        kpi: row.kpi ?? undefined,
        createdAt: options.now ?? Date.now(),
        createdBy: options.createdBy ?? undefined,
        importKey: row.key,
      }),
    );
    for (const [channelId, text] of copies) setPostCopy(doc, id, channelId, text);
    byKey.set(row.key, id);
    result.created++;
  };
}

/**
 * The post text of a row per channel id: a section for every channel of the row goes to each of
 * them, a named one to its channel (when the row names it and it was not skipped).
 */
function copiesOf(
  row: PlannedRow,
  ids: readonly ChannelId[],
  channel: (name: string) => ChannelId | null,
): Map<ChannelId, string> {
  const copies = new Map<ChannelId, string>();
  for (const section of row.copy) {
    const targets = section.channel === null ? ids : [channel(section.channel)];
    for (const id of targets) if (id && ids.includes(id)) copies.set(id, section.text);
  }
  return copies;
}

interface Resolved {
  ids: ChannelId[];
  slot: { date: string; time: string; channelId: ChannelId } | null;
  ownerId: PersonId | null;
  columnId: ColumnId | null;
  campaignId: CampaignId | null;
}

function updateRecord(
  doc: Y.Doc,
  id: CardId,
  record: Y.Map<unknown>,
  row: PlannedRow,
  { ids, slot, ownerId, columnId, campaignId }: Resolved,
  orders: OrderSource,
): void {
  if (row.title && record.get('title') !== row.title) record.set('title', row.title);
  let body = record.get('body');
  if (!(body instanceof Y.Text)) {
    body = new Y.Text();
    record.set('body', body);
  }
  if (row.body) applyTextChange(body as Y.Text, row.body);
  const channelIds = [...new Set(ids)];
  if (channelIds.length > 0 && !sameList(record.get('channelIds'), channelIds))
    record.set('channelIds', channelIds);
  const stored = record.get('slot');
  if (
    slot &&
    !(
      isSlot(stored) &&
      stored.date === slot.date &&
      stored.time === slot.time &&
      stored.channelId === slot.channelId
    )
  ) {
    record.set('slot', { ...slot, ...stampStep(doc, id, 'scheduled', stored) });
  }
  if (ownerId && record.get('ownerId') !== ownerId) record.set('ownerId', ownerId);
  if (campaignId && record.get('campaignId') !== campaignId) record.set('campaignId', campaignId);
  if (row.tags && !sameList(record.get('tags') ?? [], row.tags)) record.set('tags', row.tags);
  if (row.hashtags && !sameList(record.get('hashtags') ?? [], row.hashtags))
    record.set('hashtags', row.hashtags);
  if (row.format && record.get('format') !== row.format) record.set('format', row.format);
  if (row.link && record.get('link') !== row.link) record.set('link', row.link);
  for (const key of ['cta', 'audience', 'cmNote', 'kpi'] as const) {
    const value = row[key];
    if (value && record.get(key) !== value) record.set(key, value);
  }
  const pos = record.get('pos') as { columnId?: unknown } | undefined;
  if (columnId && pos?.columnId !== columnId) {
    record.set('pos', { columnId, order: orders.next(columnId), ...stampStep(doc, id, 'moved', pos) });
  }
  // A card found by its own id needs no key; one found by date, channel and title keeps it.
  if (!record.get('importKey') && row.key !== `id:${id}`) record.set('importKey', row.key);
}

/**
 * Finds a row's campaign by its name, or makes it on first use: over the days of the rows that name
 * it (the import day when none has a day), in the next colour of the palette.
 */
function campaignResolver(doc: Y.Doc, target: ImportTarget, plan: ImportPlan, options: ImportOptions) {
  const ids = new Map<string, CampaignId>();
  const days = new Map<string, string[]>();
  for (const row of plan.rows)
    if (row.campaign && row.date && row.action !== 'skip') {
      const list = days.get(nameKey(row.campaign)) ?? [];
      list.push(row.date);
      days.set(nameKey(row.campaign), list);
    }
  let made = target.campaigns.length;
  return (name: string): CampaignId => {
    const key = nameKey(name);
    let id = ids.get(key) ?? findCampaign(target, name);
    if (!id) {
      const spanned = (days.get(key) ?? []).sort();
      const today = toKey(new Date(options.now ?? Date.now()));
      id = addCampaign(doc, {
        name,
        color: CAMPAIGN_COLORS[made++ % CAMPAIGN_COLORS.length]!,
        start: spanned[0] ?? today,
        end: spanned.at(-1) ?? today,
      });
    }
    ids.set(key, id);
    return id;
  };
}

/** Keys at the end of each column, made in batches: 5,000 new cards do not each search their column. */
class OrderSource {
  private readonly last = new Map<string, string | null>();
  constructor(private readonly doc: Y.Doc) {}

  next(columnId: ColumnId): string {
    if (!this.last.has(columnId)) {
      const siblings = readCards(this.doc)
        .filter((c) => c.pos.columnId === columnId)
        .sort((a, b) => compareOrdered({ id: a.id, order: a.pos.order }, { id: b.id, order: b.pos.order }));
      this.last.set(columnId, siblings.at(-1)?.pos.order ?? null);
    }
    const key = keysAfter(this.last.get(columnId) ?? null, 1)[0]!;
    this.last.set(columnId, key);
    return key;
  }
}
