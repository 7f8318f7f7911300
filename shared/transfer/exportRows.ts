/*
 * The plan as a table for Excel and LibreOffice: one row per post (or card), with the columns an
 * import reads back (columns.ts), so that export -> import gives the same plan. CSV as German Excel
 * opens it by a double click: semicolon, UTF-8 with BOM (umlauts right), CRLF, dates dd.mm.yyyy.
 *
 * CSV injection: a cell that starts with = + - @, a tab or a carriage return would be run as a
 * formula by Excel (=HYPERLINK(...) can send data away). Such a cell is written with an apostrophe
 * before it, which Excel shows as text; the import takes the apostrophe off again (rows.ts).
 * XLSX cells are written as text cells, which Excel never evaluates.
 */
import type { CampaignId, CardId, ChannelId, ColumnId, PersonId } from '../model/ids';
import type { Card } from '../model/schema';
import { copyCell, FORMAT_LABELS } from './rows';

export interface ExportNames {
  channels: ReadonlyMap<ChannelId | string, string>;
  people: ReadonlyMap<PersonId | string, string>;
  columns: ReadonlyMap<ColumnId | string, string>;
  campaigns: ReadonlyMap<CampaignId | string, string>;
  /** The title of the first column: where a card whose column was removed is shown. */
  fallbackColumn: string;
}

/** The columns, in the user's language (German headers by default). */
export interface ExportHeaders {
  id: string;
  date: string;
  time: string;
  channel: string;
  title: string;
  /** The post text: one text, or a section per channel where they differ (copyCell). */
  text: string;
  owner: string;
  status: string;
  /** The post's hashtags. */
  hashtags: string;
  /** The card's own tags. */
  tags: string;
  campaign: string;
  format: string;
  link: string;
  cta: string;
  audience: string;
  cmNote: string;
  kpi: string;
  brief: string;
}

export const GERMAN_HEADERS: ExportHeaders = {
  id: 'ID',
  date: 'Datum',
  time: 'Uhrzeit',
  channel: 'Kanal',
  title: 'Thema',
  text: 'Posting-Text',
  owner: 'Verantwortlich',
  status: 'Status',
  hashtags: 'Hashtags',
  tags: 'Tags',
  campaign: 'Kampagne',
  format: 'Format',
  link: 'Link',
  cta: 'Call-to-Action',
  audience: 'Zielgruppe',
  cmNote: 'Hinweis fürs Community-Management',
  kpi: 'KPI',
  brief: 'Briefing',
};

export interface PlanRow {
  id: CardId;
  /** YYYY-MM-DD, or '' for a card without a slot. */
  date: string;
  time: string;
  channels: string[];
  title: string;
  /** The post text: one text, or a section per channel where they differ (copyCell). */
  text: string;
  owner: string;
  status: string;
  tags: readonly string[];
  /** The post's hashtags (without #). */
  hashtags: readonly string[];
  /** The campaign's name, '' for none. */
  campaign: string;
  format: string;
  link: string;
  cta: string;
  audience: string;
  cmNote: string;
  kpi: string;
  /** The card's brief. */
  brief: string;
}

export function planRows(cards: readonly Card[], names: ExportNames): PlanRow[] {
  return cards.map((card) => {
    const channelIds = card.slot
      ? [card.slot.channelId, ...card.channelIds.filter((id) => id !== card.slot!.channelId)]
      : card.channelIds;
    return {
      id: card.id,
      date: card.slot?.date ?? '',
      time: card.slot?.time ?? '',
      channels: channelIds.map((id) => names.channels.get(id)).filter((n): n is string => !!n),
      title: card.title,
      text: copyCell(
        channelIds.flatMap((id) => {
          const channel = names.channels.get(id);
          return channel ? [{ channel, text: card.post.copy[id] ?? '' }] : [];
        }),
      ),
      owner: (card.ownerId && names.people.get(card.ownerId)) || '',
      status: names.columns.get(card.pos.columnId) ?? names.fallbackColumn,
      tags: card.tags,
      hashtags: card.post.hashtags,
      campaign: (card.campaignId && names.campaigns.get(card.campaignId)) || '',
      format: card.post.format ? FORMAT_LABELS[card.post.format] : '',
      link: card.post.link,
      cta: card.post.cta,
      audience: card.post.audience,
      cmNote: card.post.cmNote,
      kpi: card.post.kpi,
      brief: card.body,
    };
  });
}

const germanDate = (date: string) =>
  date ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : '';

function textCells(row: PlanRow): string[] {
  return [
    row.id,
    germanDate(row.date),
    row.time,
    row.channels.join(', '),
    row.title,
    row.text,
    row.owner,
    row.status,
    row.hashtags.map((tag) => `#${tag}`).join(' '),
    row.tags.map((tag) => `#${tag}`).join(' '),
    row.campaign,
    row.format,
    row.link,
    row.cta,
    row.audience,
    row.cmNote,
    row.kpi,
    row.brief,
  ];
}

const headerCells = (h: ExportHeaders) => [
  h.id,
  h.date,
  h.time,
  h.channel,
  h.title,
  h.text,
  h.owner,
  h.status,
  h.hashtags,
  h.tags,
  h.campaign,
  h.format,
  h.link,
  h.cta,
  h.audience,
  h.cmNote,
  h.kpi,
  h.brief,
];

/** A cell Excel would run as a formula gets an apostrophe before it. */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  const guarded = guardCell(value);
  return /[;"\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The CSV text, BOM first. */
export function planCsv(rows: readonly PlanRow[], headers: ExportHeaders = GERMAN_HEADERS): string {
  const lines = [headerCells(headers), ...rows.map(textCells)].map((cells) => cells.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A cell of the XLSX sheet: text, or a date (at UTC midnight) shown as dd.mm.yyyy. */
export type SheetCell = { type: 'text'; value: string } | { type: 'date'; value: Date } | null;

export function planSheet(rows: readonly PlanRow[], headers: ExportHeaders = GERMAN_HEADERS): SheetCell[][] {
  const text = (value: string): SheetCell => (value ? { type: 'text', value } : null);
  return [
    headerCells(headers).map(text),
    ...rows.map((row) => {
      const cells = textCells(row).map(text);
      if (row.date) cells[1] = { type: 'date', value: new Date(`${row.date}T00:00:00Z`) };
      return cells;
    }),
  ];
}
