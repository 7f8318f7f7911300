/*
 * One change of each part of the parts contract (changeTracker.ts), made as the app or a peer makes
 * it, for the tests of the change tracking and of the selectors. `alsoTouches` lists the other
 * parts the same change moves (scheduling a card on a new channel also adds it to channelIds).
 */
import type * as Y from 'yjs';
import {
  CARD_FIELDS,
  addProcess,
  applyProcess,
  NO_PROCESS,
  LOCAL_ORIGIN,
  addAbsence,
  TOP_LEVEL_MAPS,
  addCampaign,
  addAttachment,
  addCard,
  addComment,
  appendHistory,
  moveCard,
  readCards,
  readChannels,
  readColumns,
  readPeople,
  renameColumn,
  renameWorkspace,
  requestInput,
  scheduleCard,
  setArchived,
  setCardBody,
  setCardCampaign,
  startMeeting,
  updateCard,
  updateChannel,
  updatePerson,
  type CampaignId,
  type Card,
  addHashtagSet,
  setPostCopy,
  updatePost,
} from '../../../shared/model';
import type { DocPart } from '../changeTracker';

export interface PartChange {
  apply(doc: Y.Doc): void;
  alsoTouches: readonly DocPart[];
}

/** Every part of the document the contract names. */
export function everyDocPart(): DocPart[] {
  return [...TOP_LEVEL_MAPS, ...CARD_FIELDS.map((field) => `cards.${field}` as const)];
}

/** The first card of the example plan: scheduled or not, it is there. */
const firstCard = (doc: Y.Doc): Card => readCards(doc)[0]!;

/** A write to a card field no mutation changes (only a peer or an older version would). */
function writeCardField(doc: Y.Doc, field: string, value: unknown) {
  doc.transact(() => {
    (doc.getMap('cards').get(firstCard(doc).id) as Y.Map<unknown>).set(field, value);
  }, LOCAL_ORIGIN);
}

/** A plain record in a top-level map, as a peer's app writes one. */
function writeRecord(doc: Y.Doc, map: 'deviceKeys' | 'signatures' | 'series', key: string, value: object) {
  doc.transact(() => doc.getMap(map).set(key, value), LOCAL_ORIGIN);
}

const only = (apply: (doc: Y.Doc) => void): PartChange => ({ apply, alsoTouches: [] });

export const PART_CHANGES: { readonly [part in DocPart]: PartChange } = {
  meta: only((doc) => renameWorkspace(doc, 'Umbenannt')),
  columns: only((doc) => renameColumn(doc, readColumns(doc)[0]!.id, 'Neue Ideen')),
  channels: only((doc) => updateChannel(doc, readChannels(doc)[0]!.id, { name: 'Umbenannt' })),
  people: only((doc) => updatePerson(doc, readPeople(doc)[0]!.id, { name: 'Umbenannt' })),
  requests: {
    apply: (doc) =>
      requestInput(doc, {
        cardId: firstCard(doc).id,
        kind: 'visual',
        what: 'Ein Bild',
        why: 'Für den Post',
        toId: readPeople(doc)[0]!.id,
        fromId: readPeople(doc)[1]!.id,
        dueDate: '2030-01-10',
      }),
    alsoTouches: ['history'],
  },
  history: only((doc) => appendHistory(doc, firstCard(doc).id, { type: 'moved', detail: 'Test' })),
  meetings: only((doc) => startMeeting(doc, 'Anna')),
  // Written as another device would: a key and a signature record (signatures.ts has the shapes).
  deviceKeys: only((doc) => writeRecord(doc, 'deviceKeys', 'key-test', { personId: readPeople(doc)[0]!.id })),
  signatures: only((doc) => writeRecord(doc, 'signatures', 'approval:r-test:p-test', { keyId: 'key-test' })),
  absences: only((doc) =>
    addAbsence(doc, {
      personId: readPeople(doc)[0]!.id,
      kind: 'vacation',
      from: '2030-01-07',
      to: '2030-01-11',
      standInId: readPeople(doc)[1]!.id,
    }),
  ),
  // Written as another device would: creating a series also makes cards.
  series: only((doc) => writeRecord(doc, 'series', 'sr-test', { channelId: readChannels(doc)[0]!.id })),
  campaigns: only((doc) =>
    addCampaign(doc, { name: 'Herbst', color: '#d9480f', start: '2030-01-01', end: '2030-01-31' }),
  ),
  comments: only((doc) =>
    addComment(doc, {
      cardId: firstCard(doc).id,
      author: readPeople(doc)[0]!,
      text: `@${readPeople(doc)[1]!.name} bitte ansehen`,
      people: readPeople(doc),
    }),
  ),
  attachments: only((doc) =>
    addAttachment(doc, {
      cardId: firstCard(doc).id,
      hash: 'a'.repeat(64),
      name: 'bild.png',
      type: 'image/png',
      size: 10,
      by: null,
    }),
  ),
  cards: only((doc) => addCard(doc, { title: 'Neue Karte', columnId: readColumns(doc)[0]!.id })),
  'cards.title': only((doc) => updateCard(doc, firstCard(doc).id, { title: 'Neuer Titel' })),
  'cards.body': only((doc) => setCardBody(doc, firstCard(doc).id, 'Neues Briefing')),
  'cards.pos': only((doc) => moveCard(doc, firstCard(doc).id, { columnId: readColumns(doc)[2]!.id })),
  'cards.channelIds': only((doc) =>
    updateCard(doc, firstCard(doc).id, { channelIds: readChannels(doc).map((c) => c.id) }),
  ),
  'cards.slot': {
    apply: (doc) =>
      scheduleCard(doc, firstCard(doc).id, {
        date: '2030-01-15',
        time: '09:30',
        channelId: readChannels(doc).at(-1)!.id,
      }),
    alsoTouches: ['cards.channelIds'],
  },
  'cards.ownerId': only((doc) => updateCard(doc, firstCard(doc).id, { ownerId: readPeople(doc).at(-1)!.id })),
  'cards.field': only((doc) => updateCard(doc, firstCard(doc).id, { field: 'corporate' })),
  'cards.tags': only((doc) => updateCard(doc, firstCard(doc).id, { tags: ['Neu', 'Reel'] })),
  'cards.createdAt': only((doc) => writeCardField(doc, 'createdAt', Date.UTC(2026, 0, 5))),
  'cards.createdBy': only((doc) => writeCardField(doc, 'createdBy', readPeople(doc).at(-1)!.id)),
  'cards.archived': only((doc) => setArchived(doc, firstCard(doc).id, true)),
  'cards.seriesId': only((doc) => writeCardField(doc, 'seriesId', 'sr-test')),
  // A card is put into a campaign a colleague made: the campaign itself is another part.
  'cards.campaignId': only((doc) => setCardCampaign(doc, firstCard(doc).id, 'k-herbst' as CampaignId)),
  processes: only((doc) => addProcess(doc, { name: 'Produktpost' })),
  'cards.processId': only((doc) => applyProcess(doc, firstCard(doc).id, { by: null, processId: NO_PROCESS })),
  'cards.copy': only((doc) => setPostCopy(doc, firstCard(doc).id, readChannels(doc)[0]!.id, 'Neuer Text')),
  'cards.format': only((doc) => updatePost(doc, firstCard(doc).id, { format: 'carousel' })),
  'cards.link': only((doc) => updatePost(doc, firstCard(doc).id, { link: 'https://example.com/neu' })),
  'cards.cta': only((doc) => updatePost(doc, firstCard(doc).id, { cta: 'Jetzt lesen' })),
  'cards.hashtags': only((doc) => updatePost(doc, firstCard(doc).id, { hashtags: ['Neu'] })),
  'cards.audience': only((doc) => updatePost(doc, firstCard(doc).id, { audience: 'Fachkräfte' })),
  'cards.cmNote': only((doc) => updatePost(doc, firstCard(doc).id, { cmNote: 'Fragen zum Preis' })),
  'cards.kpi': only((doc) => updatePost(doc, firstCard(doc).id, { kpi: '1.200 Klicks' })),
  hashtagSets: only((doc) => addHashtagSet(doc, { name: 'Messe', tags: ['Messe2027'] })),
};
