/*
 * The rows of a plan as drafts of cards, with what is wrong in each: read with the columns' uses
 * (columns.ts), before anything is compared with the workspace (plan.ts). A row that cannot become
 * a card (no title, a date that does not exist, a formula as its title) is skipped and says why;
 * a row with a smaller problem (a time that is no time, a date without a channel) is taken with
 * what can be taken and says what was left out.
 */
import type { DateKey } from '../model/calendarDates';
import { type ColumnUse, type ImportField } from './columns';
import { isPostLink } from '../model/post';
import type { PostFormat } from '../model/schema';
import { isFilled } from './table';
import { cellText, readDate, readTime, type Cell } from './values';

/** A format as plans name it, lower case without spaces and punctuation (nameKey), German and English. */
const FORMAT_NAMES: { [name: string]: PostFormat } = {
  bild: 'image',
  foto: 'image',
  image: 'image',
  grafik: 'image',
  karussell: 'carousel',
  carousel: 'carousel',
  video: 'video',
  reel: 'video',
  videoreel: 'video',
  reels: 'video',
  story: 'story',
  stories: 'story',
  link: 'link',
  linkpost: 'link',
  text: 'text',
  textpost: 'text',
  live: 'live',
  livestream: 'live',
  umfrage: 'poll',
  poll: 'poll',
};

/** The names the export writes for each format (the first of FORMAT_NAMES in German). */
export const FORMAT_LABELS: { [format in PostFormat]: string } = {
  image: 'Bild',
  carousel: 'Karussell',
  video: 'Video/Reel',
  story: 'Story',
  link: 'Link',
  text: 'Text',
  live: 'Live',
  poll: 'Umfrage',
};

const nameKey = (name: string) => name.toLocaleLowerCase('de').replace(/[^\p{L}\p{N}]/gu, '');

export const MAX_TITLE = 300;
export const MAX_BODY = 20_000;
const MAX_TAGS = 30;
const MAX_NAME = 80;
/** The sizes of the post's fields on a card (model/post.ts): a Call-to-Action as a title, the others as a note. */
const MAX_CTA = 300;
const MAX_NOTE = 2000;
/** The post text of a channel: as long as a card keeps it (LIMITS.copy). */
export const MAX_COPY = 70_000;

export type RowProblem =
  | { kind: 'noTitle' }
  | { kind: 'badDate'; value: string }
  | { kind: 'missingDay'; value: string }
  | { kind: 'badTime'; value: string }
  | { kind: 'timeWithoutDate' }
  | { kind: 'dateWithoutChannel' }
  | { kind: 'formula'; field: ImportField; value: string }
  | { kind: 'tooLong'; field: ImportField }
  | { kind: 'unknownChannel'; name: string }
  | { kind: 'skippedChannel'; name: string }
  | { kind: 'unknownPerson'; name: string }
  | { kind: 'unknownStatus'; name: string }
  | { kind: 'duplicate'; line: number };

/** Problems that keep a row out of the import. */
export const SKIPPING: ReadonlySet<RowProblem['kind']> = new Set([
  'noTitle',
  'badDate',
  'missingDay',
  'skippedChannel',
]);

export interface RowDraft {
  /** The row's number in the file, as Excel and LibreOffice show it (1 is the first row). */
  line: number;
  id: string | null;
  title: string;
  /** The brief: the note column's text (and the post text of a row without a channel, see importApply). */
  body: string;
  /** The post text per channel (copySections): `channel` null is the text for every channel of the row. */
  copy: CopySection[];
  date: DateKey | null;
  time: string | null;
  channels: string[];
  owner: string | null;
  status: string | null;
  /** The card's tags; null when no column holds them: an update then keeps the card's. */
  tags: string[] | null;
  /** The post's hashtags (without #); null when no column holds them, as for tags. */
  hashtags: string[] | null;
  /** The campaign the row names (found or made by its name when imported); null for none. */
  campaign: string | null;
  /** The post's format, from the names plans use (Bild, Karussell, Reel …); null when none is known. */
  format: PostFormat | null;
  /** The post's link: an http(s) URL, or null. */
  link: string | null;
  cta: string | null;
  audience: string | null;
  cmNote: string | null;
  kpi: string | null;
  /** Values of columns that are none the card knows (a format, a link it cannot read). */
  notTaken: { field: ImportField; value: string }[];
  problems: RowProblem[];
}

/** A text cell as written: the apostrophe our CSV export puts before = + - @ is taken off again. */
function textOf(cell: Cell): string {
  const text = cellText(cell);
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const isFormula = (cell: Cell) => typeof cell === 'string' && /^=\S/.test(cell.trim());

/** Splits a list cell ("Facebook, Instagram"; "#Sommer #Aktion") into its entries. */
export function listOf(text: string, separators = /[,;\n]+/): string[] {
  return text
    .split(separators)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The rows below the header as drafts. `formulas`: whether a text cell starting with = is a formula
 * (in a CSV file; an XLSX reader gives a formula's result, so its text cells are text).
 */
export function readDrafts(
  rows: readonly Cell[][],
  headerIndex: number,
  uses: readonly ColumnUse[],
  formulas = true,
): RowDraft[] {
  const column = new Map<ImportField, number>();
  uses.forEach((use, index) => use !== 'ignore' && !column.has(use) && column.set(use, index));
  const drafts: RowDraft[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = rows[index]!;
    if (!row.some(isFilled)) continue;
    drafts.push(readDraft(row, index + 1, column, formulas));
  }
  return drafts;
}

function readDraft(
  row: readonly Cell[],
  line: number,
  column: ReadonlyMap<ImportField, number>,
  formulas: boolean,
): RowDraft {
  const problems: RowProblem[] = [];
  const cell = (field: ImportField): Cell => {
    const index = column.get(field);
    const value = index === undefined ? null : (row[index] ?? null);
    if (formulas && isFormula(value)) {
      problems.push({ kind: 'formula', field, value: cellText(value).slice(0, 40) });
      return null;
    }
    return value;
  };
  const text = (field: ImportField, max: number) => {
    const value = textOf(cell(field));
    if (value.length <= max) return value;
    problems.push({ kind: 'tooLong', field });
    return value.slice(0, max);
  };

  const copy = text('text', MAX_COPY);
  const note = text('note', MAX_BODY);
  // A plan without a topic column still names its posts by their copy's first line.
  const title =
    text('title', MAX_TITLE) ||
    copy
      .replace(/^\[[^\]\n]+\]\n/, '')
      .split('\n')[0]!
      .slice(0, MAX_TITLE)
      .trim();
  if (!title) problems.push({ kind: 'noTitle' });

  const dateCell = cell('date');
  const dateReading = readDate(dateCell);
  let date: DateKey | null = null;
  let time: string | null = null;
  if (dateReading?.ok) [date, time] = [dateReading.date, dateReading.time];
  else if (dateReading) {
    const value = cellText(dateCell);
    problems.push({ kind: dateReading.reason === 'missingDay' ? 'missingDay' : 'badDate', value });
  }
  const timeCell = cell('time');
  const timeReading = readTime(timeCell);
  if (timeReading?.ok) time = timeReading.time;
  else if (timeReading) problems.push({ kind: 'badTime', value: cellText(timeCell) });
  if (time && !date && !dateReading) problems.push({ kind: 'timeWithoutDate' });

  const channels = listOf(text('channel', 500)).map((name) => name.slice(0, MAX_NAME));
  if (date && channels.length === 0) problems.push({ kind: 'dateWithoutChannel' });
  const tagList = (field: 'tags' | 'hashtags') =>
    column.has(field)
      ? [
          ...new Set(
            listOf(text(field, 2000), /[,;\s]+/)
              .map((tag) => tag.replace(/^#+/, '').slice(0, 60))
              .filter(Boolean),
          ),
        ].slice(0, MAX_TAGS)
      : null;
  const formatText = text('format', 100);
  const format = formatText ? (FORMAT_NAMES[nameKey(formatText)] ?? null) : null;
  const linkText = text('link', 2000);
  const link = isPostLink(linkText) ? linkText : null;
  const notTaken: RowDraft['notTaken'] = [];
  if (formatText && !format) notTaken.push({ field: 'format', value: formatText });
  if (linkText && !link) notTaken.push({ field: 'link', value: linkText.slice(0, 500) });
  return {
    line,
    id: text('id', 100) || null,
    title,
    body: note,
    copy: copySections(copy, channels),
    date,
    time,
    channels,
    owner: text('owner', MAX_NAME) || null,
    status: text('status', MAX_NAME) || null,
    campaign: text('campaign', MAX_NAME) || null,
    format,
    link,
    cta: text('cta', MAX_CTA) || null,
    audience: text('audience', MAX_NOTE) || null,
    cmNote: text('cmNote', MAX_NOTE) || null,
    kpi: text('kpi', MAX_NOTE) || null,
    tags: tagList('tags'),
    hashtags: tagList('hashtags'),
    notTaken,
    problems,
  };
}

/** A part of a "Posting-Text" cell: the text for one channel of the row, or (`channel` null) for each. */
export interface CopySection {
  channel: string | null;
  text: string;
}

/**
 * The post text of a row per channel. A cell whose channels' texts differ is written by the export
 * as sections, each under a line "[Kanal]" (copyCell); a line names a section only when it names
 * one of the row's channels, so a text that starts with "[Hinweis]" stays one text for all.
 */
export function copySections(cell: string, channels: readonly string[]): CopySection[] {
  if (!cell) return [];
  const named = new Map(channels.map((name) => [nameKey(name), name]));
  const lines = cell.split('\n');
  const first = sectionName(lines[0]!, named);
  if (first === null) return [{ channel: null, text: cell }];
  const sections: CopySection[] = [];
  let current: CopySection = { channel: first, text: '' };
  const body: string[] = [];
  const close = () => {
    current.text = body.join('\n').replace(/\n+$/, '');
    sections.push(current);
    body.length = 0;
  };
  for (const line of lines.slice(1)) {
    const name = sectionName(line, named);
    if (name === null) body.push(line);
    else {
      close();
      current = { channel: name, text: '' };
    }
  }
  close();
  return sections;
}

function sectionName(line: string, named: ReadonlyMap<string, string>): string | null {
  const match = /^\[(.+)\]$/.exec(line.trim());
  return (match && named.get(nameKey(match[1]!))) ?? null;
}

/** The "Posting-Text" cell of a card: one text when all its channels say the same, else a section per channel. */
export function copyCell(copies: readonly { channel: string; text: string }[]): string {
  const filled = copies.filter((c) => c.text !== '');
  if (filled.length === 0) return '';
  if (filled.length === copies.length && filled.every((c) => c.text === filled[0]!.text))
    return filled[0]!.text;
  return filled.map((c) => `[${c.channel}]\n${c.text}`).join('\n\n');
}
