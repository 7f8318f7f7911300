/*
 * Which column of a plan holds what. German and English Excel plans name their columns in many
 * ways (Datum, Veröffentlichung, Kanal, Netzwerk, Thema, Posting-Text …); the guess compares a
 * header cell without case, spaces, hyphens and umlaut spelling against the names below. The
 * user corrects the guess in the mapping step. A plan often has a title row or two above its
 * header ("Redaktionsplan 2026"): the header is the first of the first rows that names most fields.
 */
import { cellText, type Cell } from './values';

/** What a column can hold; `ignore` columns are not read. */
export const IMPORT_FIELDS = [
  'id',
  'date',
  'time',
  'channel',
  'title',
  'text',
  'note',
  'owner',
  'status',
  'hashtags',
  'tags',
  'format',
  'campaign',
  'link',
  'cta',
  'audience',
  'cmNote',
  'kpi',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnUse = ImportField | 'ignore';

/** Fields the card has no place for yet: shown in the preview as not taken over. None today. */
export const NOT_TAKEN: ReadonlySet<ImportField> = new Set<ImportField>();

const NAMES: { [field in ImportField]: readonly string[] } = {
  id: ['id', 'nr', 'nummer', 'kartenid', 'sendeplanid', 'postid'],
  date: [
    'datum',
    'date',
    'tag',
    'termin',
    'veroeffentlichung',
    'veroeffentlichungsdatum',
    'publishdate',
    'postdate',
    'day',
  ],
  time: ['uhrzeit', 'zeit', 'time', 'uhr', 'postingzeit', 'publishtime'],
  channel: [
    'kanal',
    'kanaele',
    'netzwerk',
    'netzwerke',
    'plattform',
    'channel',
    'channels',
    'network',
    'platform',
    'socialnetwork',
  ],
  title: ['thema', 'titel', 'title', 'topic', 'subject', 'ueberschrift', 'betreff', 'idee', 'headline'],
  text: [
    'postingtext',
    'posttext',
    'text',
    'copy',
    'beitragstext',
    'caption',
    'inhalt',
    'content',
    'posting',
  ],
  note: [
    'notiz',
    'notizen',
    'bemerkung',
    'bemerkungen',
    'kommentar',
    'note',
    'notes',
    'briefing',
    'beschreibung',
    'description',
    'brief',
  ],
  owner: [
    'verantwortlich',
    'verantwortliche',
    'zustaendig',
    'owner',
    'responsible',
    'autor',
    'author',
    'wer',
    'assignee',
  ],
  status: ['status', 'stand', 'phase', 'stage', 'spalte', 'column'],
  // The post's hashtags (what goes out with it); the card's own tags have a column of their own.
  hashtags: ['hashtags', 'hashtag'],
  tags: ['tags', 'tag', 'schlagworte', 'schlagwoerter', 'stichworte', 'labels'],
  format: ['format', 'formate', 'art', 'typ', 'type', 'contenttype', 'posttype'],
  campaign: ['kampagne', 'campaign', 'aktion'],
  link: ['link', 'links', 'url', 'zielseite'],
  cta: ['calltoaction', 'cta', 'handlungsaufforderung', 'aufforderung'],
  audience: ['zielgruppe', 'zielgruppen', 'audience', 'targetaudience', 'targetgroup'],
  cmNote: [
    'hinweisfuerscommunitymanagement',
    'hinweisfuerdascommunitymanagement',
    'hinweiscommunitymanagement',
    'communitymanagement',
    'cmhinweis',
    'hinweiscm',
    'notetocommunitymanagement',
    'noteforcommunitymanagement',
    'communitymanagementnote',
  ],
  kpi: ['kpi', 'kpis', 'ergebnis', 'kpiergebnis', 'result', 'results', 'kennzahl', 'kennzahlen'],
};

/** A header as compared: lower case, umlauts spelt out, only letters and digits. */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => NAMES[field].map((name) => [name, field] as const)),
);

export function guessField(header: string): ColumnUse {
  return BY_KEY.get(headerKey(header)) ?? 'ignore';
}

/** Rows looked at for the header. */
const HEADER_SEARCH = 10;

/** The index of the header row: of the first rows, the one that names most fields (the first on a tie). */
export function guessHeader(rows: readonly Cell[][]): number {
  let best = 0;
  let bestCount = 0;
  rows.slice(0, HEADER_SEARCH).forEach((row, index) => {
    const count = row.filter((cell) => guessField(cellText(cell)) !== 'ignore').length;
    if (count > bestCount) [best, bestCount] = [index, count];
  });
  return best;
}

/** One use per column from its header; a field claimed by an earlier column is not given twice. */
export function guessMapping(header: readonly Cell[]): ColumnUse[] {
  const taken = new Set<ColumnUse>();
  return header.map((cell) => {
    const use = guessField(cellText(cell));
    if (use === 'ignore' || taken.has(use)) return 'ignore';
    taken.add(use);
    return use;
  });
}
