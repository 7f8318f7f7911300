/*
 * Recurring formats (Serien): "#FragDenService jeden Dienstag 10:00 auf Instagram". A series makes
 * one card per week in its channel at its weekday and time, for the next N weeks; the cards can be
 * edited one by one like any card, or all future ones at once through the series; ending a series
 * removes its future cards and keeps the past ones.
 *
 *   series  Y.Map<SeriesId, {name, channelId, weekday (1 = Monday … 7), time, title, brief, weeks,
 *                            processId?, until (the last date it made a card for), createdAt,
 *                            createdBy?, endedAt?, endedBy?}>
 *   cards   a card of a series carries `seriesId`
 *
 * One plain value per series, written whole (like an absence). Concurrency: the id of a series'
 * card is derived from the series and the date (`<seriesId>-<YYYYMMDD>`), so two colleagues who
 * extend the same series at the same time, offline from each other, make the same cards under the
 * same keys: Yjs keeps one value per key, and the merged board has one card per date, never two. A
 * card that exists on this device is never made again. What is not guarded: a colleague who had
 * not yet seen a card when extending, while another already edited it, may replace that edit with
 * the fresh card (a concurrent write to the same key; one wins whole).
 *
 * `processId` names the team process (Ablauf) the series' cards follow: each card is made with its
 * steps (processPlan.ts applyProcess), or with the process that matches it when the series names
 * none.
 */
import * as Y from 'yjs';
import { clip, isCalendarDate, isId, isInstant, LIMITS } from './bounds';
import { addDaysKey, isoWeekday, type WallClock } from './calendarDates';
import { columnSiblings } from './columnIndex';
import { readColumns } from './columns';
import { cardsMap, change, newRecord, recordOf } from './doc';
import { newId, type Brand, type CardId, type ChannelId, type PersonId } from './ids';
import { keyForPlacement } from './ordering';
import { applyProcess } from './processPlan';
import type { ProcessId } from './processes';
import { isTime, readCard } from './read';
import { isActive, readRequests, requestsMap } from './requestReads';
import { wallClockExists } from './slotChecks';
import { isPastSlot } from './slots';
import { applyTextChange, wellFormed } from './text';
import { readMeta } from './workspace';

export type SeriesId = Brand<string, 'SeriesId'>;

/** At most this many weeks are made at once. */
export const MAX_SERIES_WEEKS = 52;

export interface Series {
  id: SeriesId;
  name: string;
  channelId: ChannelId;
  weekday: number;
  time: string;
  title: string;
  brief: string;
  weeks: number;
  processId: string | null;
  /** The last date a card was made for. */
  until: string;
  createdAt: number;
  endedAt: number | null;
}

export const seriesMap = (doc: Y.Doc) => doc.getMap<unknown>('series');

function fieldsOf(v: unknown): { [key: string]: unknown } | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { [key: string]: unknown }) : null;
}

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
const isWeekday = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 7;

/** One stored series, or null when it lacks what it needs (channel, weekday, time, dates). */
export function readOneSeries(id: string, value: unknown): Series | null {
  const f = fieldsOf(value);
  if (!f || !isId(id) || !isId(f.channelId) || !isWeekday(f.weekday) || !isTime(f.time)) return null;
  if (!isCalendarDate(f.until)) return null;
  return {
    id: id as SeriesId,
    name: text(f.name, LIMITS.title),
    channelId: f.channelId as ChannelId,
    weekday: f.weekday,
    time: f.time,
    title: text(f.title, LIMITS.title),
    brief: text(f.brief, LIMITS.text),
    weeks: Number.isInteger(f.weeks) && (f.weeks as number) >= 1 ? Math.min(f.weeks as number, 520) : 1,
    processId: isId(f.processId) ? f.processId : null,
    until: f.until,
    createdAt: isInstant(f.createdAt) ? f.createdAt : 0,
    endedAt: isInstant(f.endedAt) ? f.endedAt : null,
  };
}

export function readSeries(doc: Y.Doc): Series[] {
  const list: Series[] = [];
  seriesMap(doc).forEach((value, id) => {
    const series = readOneSeries(id, value);
    if (series) list.push(series);
  });
  return list.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The id of a series' card on a date: the same on every device. */
export const seriesCardId = (seriesId: SeriesId, date: string): CardId =>
  `${seriesId}-${date.replaceAll('-', '')}` as CardId;

/** The first date from `now` on that falls on `weekday` and whose `time` has not passed yet. */
export function firstSeriesDate(weekday: number, time: string, now: WallClock): string {
  let date = now.date;
  while (isoWeekday(date) !== weekday) date = addDaysKey(date, 1);
  if (date === now.date && time <= now.time) date = addDaysKey(date, 7);
  return date;
}

export interface NewSeries {
  name: string;
  channelId: ChannelId;
  weekday: number;
  time: string;
  title: string;
  brief?: string;
  weeks: number;
  processId?: string | null;
  createdBy?: PersonId | null;
}

export class SeriesError extends Error {
  constructor(
    readonly code: 'invalid' | 'ended' | 'missing',
    message: string,
  ) {
    super(message);
    this.name = 'SeriesError';
  }
}

function checkShape(input: { channelId: string; weekday: number; time: string; weeks?: number }) {
  if (!isId(input.channelId)) throw new SeriesError('invalid', 'A series needs a channel.');
  if (!isWeekday(input.weekday)) throw new SeriesError('invalid', 'A weekday is 1 (Monday) to 7.');
  if (!isTime(input.time)) throw new SeriesError('invalid', 'Use HH:mm for the time.');
  if (input.weeks !== undefined && !(Number.isInteger(input.weeks) && input.weeks >= 1))
    throw new SeriesError('invalid', 'A series runs at least one week.');
}

/** Makes the card of a series on a date, unless it exists; returns whether it made one. */
function makeCard(doc: Y.Doc, series: Series, date: string, now: number, by: PersonId | null): boolean {
  const id = seriesCardId(series.id, date);
  if (cardsMap(doc).has(id)) return false;
  if (!wallClockExists(date, series.time, readMeta(doc).timezone)) return false;
  const columnId = readColumns(doc)[0]?.id;
  if (!columnId) return false;
  const order = keyForPlacement(columnSiblings(doc, columnId), 'end');
  cardsMap(doc).set(
    id,
    newRecord({
      title: series.title,
      body: new Y.Text(series.brief ? wellFormed(series.brief) : ''),
      pos: { columnId, order },
      channelIds: [series.channelId],
      slot: { date, time: series.time, channelId: series.channelId },
      seriesId: series.id,
      createdAt: now,
      createdBy: by ?? undefined,
    }),
  );
  applyProcess(doc, id, { by, now, processId: (series.processId as ProcessId | null) ?? undefined });
  return true;
}

function writeSeries(doc: Y.Doc, series: Series, extra: { [key: string]: unknown } = {}) {
  const { id, processId, endedAt, ...rest } = series;
  seriesMap(doc).set(id, {
    ...rest,
    ...(processId ? { processId } : {}),
    ...(endedAt !== null ? { endedAt } : {}),
    ...extra,
  });
}

/** Makes a series and its cards for the next `weeks` weeks (from `now` on). */
export function createSeries(
  doc: Y.Doc,
  input: NewSeries,
  now: WallClock,
  nowMs = Date.now(),
): { id: SeriesId; cardIds: CardId[] } {
  checkShape(input);
  const weeks = Math.min(input.weeks, MAX_SERIES_WEEKS);
  const id = newId<SeriesId>('sr');
  const first = firstSeriesDate(input.weekday, input.time, now);
  const series: Series = {
    id,
    name: clip(input.name, LIMITS.title),
    channelId: input.channelId,
    weekday: input.weekday,
    time: input.time,
    title: clip(input.title || input.name, LIMITS.title),
    brief: clip(input.brief ?? '', LIMITS.text, false),
    weeks,
    processId: input.processId && isId(input.processId) ? input.processId : null,
    until: addDaysKey(first, 7 * (weeks - 1)),
    createdAt: nowMs,
    endedAt: null,
  };
  const cardIds: CardId[] = [];
  change(doc, () => {
    writeSeries(doc, series, input.createdBy ? { createdBy: input.createdBy } : {});
    for (let week = 0; week < weeks; week++) {
      const date = addDaysKey(first, 7 * week);
      if (makeCard(doc, series, date, nowMs, input.createdBy ?? null)) cardIds.push(seriesCardId(id, date));
    }
  });
  return { id, cardIds };
}

function seriesOrThrow(doc: Y.Doc, id: SeriesId): Series {
  const series = readOneSeries(id, seriesMap(doc).get(id));
  if (!series) throw new SeriesError('missing', `Series ${id} does not exist.`);
  return series;
}

/**
 * Makes the cards of the next `weeks` weeks after the last one made (or from `now` on, when that
 * has passed). Cards that exist are left as they are; see the header on concurrent extensions.
 */
export function extendSeries(
  doc: Y.Doc,
  id: SeriesId,
  weeks: number,
  now: WallClock,
  by: PersonId | null = null,
  nowMs = Date.now(),
): CardId[] {
  const series = seriesOrThrow(doc, id);
  if (series.endedAt !== null) throw new SeriesError('ended', 'The series has ended.');
  const count = Math.min(Math.max(1, Math.floor(weeks)), MAX_SERIES_WEEKS);
  const next = addDaysKey(series.until, 7);
  const first = isPastSlot({ date: next, time: series.time, channelId: series.channelId }, now)
    ? firstSeriesDate(series.weekday, series.time, now)
    : next;
  const made: CardId[] = [];
  change(doc, () => {
    for (let week = 0; week < count; week++) {
      const date = addDaysKey(first, 7 * week);
      if (makeCard(doc, series, date, nowMs, by)) made.push(seriesCardId(id, date));
    }
    const until = addDaysKey(first, 7 * (count - 1));
    writeSeries(doc, { ...series, until: until > series.until ? until : series.until });
  });
  return made;
}

/** The cards of a series on this device, by date. */
export function cardsOfSeries(doc: Y.Doc, id: SeriesId) {
  const cards = [];
  for (const [cardId, value] of cardsMap(doc).entries()) {
    if (!(value instanceof Y.Map) || value.get('seriesId') !== id) continue;
    const card = readCard(cardId, value);
    if (card.slot) cards.push(card);
  }
  return cards.sort((a, b) => a.slot!.date.localeCompare(b.slot!.date) || a.id.localeCompare(b.id));
}

/** The cards of a series whose slot has not passed: what "all" edits and ending removes. */
export function futureCardsOfSeries(doc: Y.Doc, id: SeriesId, now: WallClock) {
  return cardsOfSeries(doc, id).filter((c) => !c.archived && !isPastSlot(c.slot!, now));
}

export interface SeriesPatch {
  name?: string;
  title?: string;
  brief?: string;
  time?: string;
  channelId?: ChannelId;
}

/**
 * Edits a series and all its future cards (title, brief, time, channel); past cards stay as they
 * went out. A single card is edited like any card (cards.ts) and stays in the series.
 */
export function updateSeries(doc: Y.Doc, id: SeriesId, patch: SeriesPatch, now: WallClock): number {
  const series = seriesOrThrow(doc, id);
  if (series.endedAt !== null) throw new SeriesError('ended', 'The series has ended.');
  checkShape({
    channelId: patch.channelId ?? series.channelId,
    weekday: series.weekday,
    time: patch.time ?? series.time,
  });
  const next: Series = {
    ...series,
    name: patch.name === undefined ? series.name : clip(patch.name, LIMITS.title),
    title: patch.title === undefined ? series.title : clip(patch.title, LIMITS.title),
    brief: patch.brief === undefined ? series.brief : clip(patch.brief, LIMITS.text, false),
    time: patch.time ?? series.time,
    channelId: patch.channelId ?? series.channelId,
  };
  const cards = futureCardsOfSeries(doc, id, now);
  change(doc, () => {
    writeSeries(doc, next);
    for (const card of cards) {
      const record = recordOf(cardsMap(doc), card.id);
      if (!record) continue;
      if (patch.title !== undefined) record.set('title', next.title);
      if (patch.brief !== undefined) {
        let body = record.get('body');
        if (!(body instanceof Y.Text)) {
          body = new Y.Text();
          record.set('body', body);
        }
        applyTextChange(body as Y.Text, next.brief);
      }
      if (patch.time !== undefined || patch.channelId !== undefined) {
        record.set('slot', { date: card.slot!.date, time: next.time, channelId: next.channelId });
        if (!card.channelIds.includes(next.channelId))
          record.set('channelIds', [...card.channelIds, next.channelId]);
      }
    }
  });
  return cards.length;
}

/**
 * Ends a series: its future cards are removed (their open requests withdrawn), the past ones
 * stay. Returns how many cards were removed.
 */
export function endSeries(
  doc: Y.Doc,
  id: SeriesId,
  by: PersonId | null,
  now: WallClock,
  nowMs = Date.now(),
): number {
  const series = seriesOrThrow(doc, id);
  const cards = futureCardsOfSeries(doc, id, now);
  const removed = new Set<string>(cards.map((c) => c.id));
  const open = readRequests(doc).requests.filter((r) => removed.has(r.cardId) && isActive(r));
  change(doc, () => {
    writeSeries(doc, { ...series, endedAt: series.endedAt ?? nowMs }, by ? { endedBy: by } : {});
    for (const request of open) recordOf(requestsMap(doc), request.id)?.set('cancelled', { at: nowMs, by });
    for (const card of cards) cardsMap(doc).delete(card.id);
  });
  return cards.length;
}
