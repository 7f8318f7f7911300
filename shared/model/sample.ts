/*
 * A realistic German example plan for a mid-sized company, offered on first start so a team can
 * try the board before entering its own: five channels with weekly slots, colleagues from the
 * departments that feed the channels, and ideas across the three action fields and the workflow.
 *
 * The plan is laid out around the day it is created: two posts went out last week and one of last
 * week's slipped (overdue), this week and next week are planned across the channels (the posts of
 * this week whose time has passed count as published; those of the next three days that are not
 * approved are at risk), inputs and an approval are asked for, one input is overdue, and a few
 * ideas still wait in the idea store. The team's processes come with it (sampleProcesses.ts).
 */
import type * as Y from 'yjs';
import { addDaysKey, weekOf, zonedNow, type DateKey, type WallClock } from './calendarDates';
import { addCard, moveCard } from './cards';
import { addChannel } from './channels';
import { readColumns } from './columns';
import { change } from './doc';
import { defaultDueDate } from './dueDates';
import type { CardId, ChannelId, PersonId } from './ids';
import { addPerson } from './people';
import { requestApproval, requestInput } from './requests';
import type { ActionField, ChannelKind, InputKind, Role, Stage } from './schema';
import { isPastSlot, scheduleCard } from './slots';
import { addExampleProcesses } from './sampleProcesses';
import { readMeta } from './workspace';

// The tables read best one row a line, so the formatter leaves them alone.
// prettier-ignore
const CHANNELS: { key: string; name: string; kind: ChannelKind; slots: [number, string][] }[] = [
  { key: 'fb', name: 'Facebook', kind: 'facebook', slots: [[2, '10:00'], [4, '17:00']] },
  { key: 'ig', name: 'Instagram', kind: 'instagram', slots: [[1, '12:00'], [3, '12:00'], [5, '12:00']] },
  { key: 'li', name: 'LinkedIn', kind: 'linkedin', slots: [[2, '09:00'], [4, '09:00']] },
  { key: 'x', name: 'X', kind: 'x', slots: [[1, '08:30'], [3, '08:30'], [5, '08:30']] },
  { key: 'nl', name: 'Newsletter', kind: 'newsletter', slots: [[4, '07:00']] },
];

const PEOPLE: { key: string; name: string; role: Role }[] = [
  { key: 'mk', name: 'Jonas Weber', role: 'marketing' },
  { key: 'pr', name: 'Sabine Krüger', role: 'press' },
  { key: 'gf', name: 'Dr. Thomas Brandt', role: 'management' },
  { key: 'ks', name: 'Aylin Demir', role: 'service' },
  { key: 'sm', name: 'Lena Hoffmann', role: 'social' },
];

// prettier-ignore
type Idea = [title: string, field: ActionField, stage: Stage, channels: string[], owner: string, tags: string[], body: string];

// prettier-ignore
const IDEAS: Idea[] = [
  ['Neue Öffnungszeiten im Kundenservice ab Januar', 'customer', 'inProgress', ['fb', 'ig', 'nl'], 'ks', ['Service'], 'Ab 2. Januar ist die Hotline werktags bis 20 Uhr erreichbar. Kurzer Post mit Grafik, im Newsletter als Meldung.'],
  ['FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung', 'customer', 'ideas', ['ig', 'fb'], 'ks', ['Service', 'Karussell'], 'Antworten mit dem Kundenservice abstimmen. Fünf Slides, Stil wie die Herbstkampagne.'],
  ['Kundenstimme: Familie Schulz über ihre neue Heizung', 'customer', 'waiting', ['fb', 'ig'], 'sm', ['Testimonial'], 'Freigabe der Familie für Foto und Zitat liegt vor, Zitat fehlt noch in der finalen Fassung.'],
  ['Winterpause: Was Kund:innen zwischen den Jahren wissen müssen', 'customer', 'review', ['fb', 'ig', 'x', 'nl'], 'ks', ['Service', 'Weihnachten'], 'Notdienst, Erreichbarkeit, Lieferzeiten. Muss vor dem 20.12. raus.'],
  ['Tutorial-Reel: Filter richtig wechseln in 30 Sekunden', 'customer', 'ideas', ['ig'], 'mk', ['Reel', 'Tutorial'], 'Dreh in der Werkstatt, Hochformat, Untertitel auf Deutsch.'],
  ['Umfrage: Welche Themen wünscht ihr euch 2027?', 'customer', 'ideas', ['ig', 'li'], 'sm', ['Community'], 'Story-Umfrage plus LinkedIn-Poll, Ergebnisse fließen in die Jahresplanung.'],
  ['Pressemitteilung Quartalszahlen Q4', 'corporate', 'waiting', ['li', 'x'], 'pr', ['Zahlen', 'Presse'], 'Zahlen kommen von der Geschäftsführung, Sperrfrist beachten. LinkedIn-Post mit drei Kernaussagen.'],
  ['Interview mit der Geschäftsführung zur Standorterweiterung', 'corporate', 'inProgress', ['li', 'nl'], 'pr', ['Standort', 'Interview'], 'Fünf Fragen, Antworten schriftlich. Foto vom neuen Gelände.'],
  ['Statement-Vorlage für Journalistenanfragen auf X', 'corporate', 'approved', ['x'], 'pr', ['Presse', 'Vorlage'], 'Kurze, freundliche Antwort mit Verweis auf presse@ und Ansprechpartnerin.'],
  ['Nachhaltigkeitsbericht 2026: die drei wichtigsten Zahlen', 'corporate', 'ideas', ['li', 'fb'], 'gf', ['Nachhaltigkeit', 'Zahlen'], 'Grafik mit CO2-Einsparung, Anteil Ökostrom, Mehrweg-Quote.'],
  ['Ausbildungsstart: Unsere neuen Azubis stellen sich vor', 'corporate', 'published', ['ig', 'li', 'fb'], 'sm', ['Karriere'], 'Gruppenfoto und kurze Steckbriefe, Einverständnis liegt vor.'],
  ['Jubiläum: 75 Jahre am Standort Leipzig', 'corporate', 'ideas', ['fb', 'li', 'nl'], 'gf', ['Jubiläum'], 'Historische Fotos aus dem Archiv, Zitat der Geschäftsführung, Einladung zum Tag der offenen Tür.'],
  ['Messe-Teaser: Wir sind auf der BAU in München', 'marketing', 'inProgress', ['li', 'x', 'ig'], 'mk', ['Messe'], 'Standnummer, Countdown-Story, Terminbuchung für Fachbesucher.'],
  ['Produktlaunch EcoLine: Teaser-Video', 'marketing', 'review', ['ig', 'fb', 'li'], 'mk', ['EcoLine', 'Launch', 'Video'], '15-Sekunden-Teaser, Launch am 14.01. Freigabe durch die Geschäftsführung nötig.'],
  ['Gewinnspiel Adventskalender Tür 12', 'marketing', 'approved', ['ig', 'fb'], 'mk', ['Gewinnspiel', 'Weihnachten'], 'Teilnahmebedingungen verlinken, Gewinn: Wartungsgutschein.'],
  ['Newsletter Dezember: Highlights des Jahres', 'marketing', 'waiting', ['nl'], 'sm', ['Newsletter', 'Jahresrückblick'], 'Beiträge aus allen Abteilungen sammeln, Deadline für Texte 10.12.'],
  ['Behind the Scenes: Ein Tag in der Produktion', 'marketing', 'ideas', ['ig'], 'sm', ['Reel', 'Employer Branding'], 'Mit Einverständnis der Kolleg:innen filmen, Musik lizenzfrei.'],
  ['Case Study Stadtwerke: Sanierung in 6 Wochen', 'marketing', 'inProgress', ['li', 'nl'], 'mk', ['Referenz'], 'Freigabe des Kunden für Namensnennung einholen.'],
  ['Black Week: kein Rabatt-Post, sondern Service-Tipp', 'marketing', 'published', ['fb', 'ig'], 'mk', ['Kampagne'], 'Bewusst gegen den Rabatt-Trend, Tipp zur Wartung vor dem Winter.'],
  ['Karriere-Post: Wir suchen Servicetechniker:innen', 'corporate', 'review', ['li', 'fb', 'ig'], 'sm', ['Karriere'], 'Stellenlink, Benefits in drei Punkten, Foto aus dem Team.'],
];

/** Where an idea of IDEAS (by its index) is scheduled: week relative to this one (-1 last week), weekday, channel, time. */
// prettier-ignore
const SCHEDULE: [idea: number, week: number, weekday: number, channel: string, time: string][] = [
  [18, -1, 2, 'fb', '10:00'], // Black Week: published last week
  [10, -1, 4, 'li', '09:00'], // Ausbildungsstart: published last week
  [2, -1, 5, 'ig', '12:00'], // Kundenstimme: the quote never came, the post is overdue
  [16, 0, 1, 'ig', '12:00'],
  [9, 0, 2, 'li', '09:00'],
  [3, 0, 2, 'fb', '10:00'],
  [15, 0, 4, 'nl', '07:00'],
  [19, 0, 4, 'li', '09:00'],
  [12, 0, 5, 'x', '08:30'],
  [6, 1, 1, 'x', '08:30'],
  [17, 1, 2, 'li', '09:00'],
  [0, 1, 2, 'fb', '10:00'],
  [13, 1, 3, 'ig', '12:00'],
];

/** Open requests: on which idea, what kind, to whom, what and why; `overdue` is due last week. */
// prettier-ignore
const REQUESTS: { idea: number; kind: InputKind | 'approval'; to: string; what: string; why: string; overdue?: boolean }[] = [
  { idea: 2, kind: 'text', to: 'ks', what: 'Zitat der Familie Schulz in der finalen Fassung', why: 'Ohne freigegebenes Zitat dürfen wir den Post nicht veröffentlichen.', overdue: true },
  { idea: 6, kind: 'info', to: 'gf', what: 'Freigegebene Kennzahlen Q4', why: 'Der LinkedIn-Post nennt drei Kernaussagen, die Zahlen müssen vor der Sperrfrist stehen.' },
  { idea: 17, kind: 'visual', to: 'mk', what: 'Vorher-nachher-Foto der Sanierung', why: 'Die Case Study lebt vom Bild, Text allein wird kaum gelesen.' },
  { idea: 13, kind: 'approval', to: 'gf', what: '', why: 'Launch-Video nennt Preise und Termine, die Geschäftsführung gibt sie frei.' },
];

/**
 * Fills a new workspace with the example plan. `me` (the person on this device) owns the social
 * media ideas and asks for the inputs; `instant` is when, on the workspace's wall clock.
 */
export function fillExamplePlan(doc: Y.Doc, me: PersonId | null, instant: Date = new Date()): void {
  const now = zonedNow(readMeta(doc).timezone, instant);
  change(doc, () => {
    const channelIds = new Map<string, ChannelId>();
    for (const channel of CHANNELS) {
      const slotTemplate = channel.slots.map(([weekday, time]) => ({ weekday, time }));
      channelIds.set(channel.key, addChannel(doc, { name: channel.name, kind: channel.kind, slotTemplate }));
    }
    const people = new Map<string, PersonId>();
    for (const person of PEOPLE) {
      people.set(person.key, person.role === 'social' && me ? me : addPerson(doc, person));
    }
    const columnByStage = new Map(readColumns(doc).map((c) => [c.stage, c.id]));
    const firstColumn = readColumns(doc)[0];
    if (!firstColumn) return;
    const cardIds: CardId[] = [];
    for (const [title, field, stage, channels, owner, tags, body] of IDEAS) {
      cardIds.push(
        addCard(doc, {
          title,
          body,
          field,
          tags,
          columnId: columnByStage.get(stage) ?? firstColumn.id,
          channelIds: channels.flatMap((key) => channelIds.get(key) ?? []),
          ownerId: people.get(owner) ?? null,
          createdBy: me,
        }),
      );
    }
    const monday = weekOf(now.date).days[0]!;
    const slotDates = new Map<number, DateKey>();
    for (const [idea, week, weekday, channel, time] of SCHEDULE) {
      const date = addDaysKey(monday, week * 7 + weekday - 1);
      const channelId = channelIds.get(channel);
      const cardId = cardIds[idea];
      if (!channelId || !cardId) continue;
      scheduleCard(doc, cardId, { date, time, channelId });
      slotDates.set(idea, date);
      // What was planned for this week before now went out as planned; last week's stays as it is.
      const published = columnByStage.get('published');
      if (week === 0 && published && isPastSlot({ date, time, channelId }, now))
        moveCard(doc, cardId, { columnId: published });
    }
    addRequests(doc, { me, now, cardIds, people, slotDates });
    addExampleProcesses(doc);
  });
}

function addRequests(
  doc: Y.Doc,
  plan: {
    me: PersonId | null;
    now: WallClock;
    cardIds: CardId[];
    people: Map<string, PersonId>;
    slotDates: Map<number, DateKey>;
  },
): void {
  const { me, now, cardIds, people, slotDates } = plan;
  const lastWeek = addDaysKey(weekOf(now.date).days[0]!, -5);
  for (const { idea, kind, to, what, why, overdue } of REQUESTS) {
    const cardId = cardIds[idea];
    const toId = people.get(to);
    if (!cardId || !toId || toId === me) continue;
    const dueDate = overdue ? lastWeek : defaultDueDate(slotDates.get(idea), now.date);
    if (kind === 'approval') requestApproval(doc, { cardId, approverIds: [toId], fromId: me, why, dueDate });
    else requestInput(doc, { cardId, kind, what, why, toId, fromId: me, dueDate });
  }
}
