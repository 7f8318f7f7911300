/*
 * A realistic German example plan for a mid-sized company, offered on first start so a team can
 * try the board before entering its own: five channels with weekly slots, colleagues from the
 * departments that feed the channels, and ideas across the three action fields and the workflow.
 */
import type * as Y from 'yjs';
import { addCard } from './cards';
import { addChannel } from './channels';
import { readColumns } from './columns';
import { change } from './doc';
import type { ChannelId, PersonId } from './ids';
import { addPerson } from './people';
import type { ActionField, ChannelKind, Role, Stage } from './schema';

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

/** Fills a new workspace with the example plan. `me` (the person on this device) owns the social media ideas. */
export function fillExamplePlan(doc: Y.Doc, me: PersonId | null): void {
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
    for (const [title, field, stage, channels, owner, tags, body] of IDEAS) {
      addCard(doc, {
        title,
        body,
        field,
        tags,
        columnId: columnByStage.get(stage) ?? firstColumn.id,
        channelIds: channels.flatMap((key) => channelIds.get(key) ?? []),
        ownerId: people.get(owner) ?? null,
        createdBy: me,
      });
    }
  });
}
