// A busy week for the printed plan: the example plan as a team meets it on Wednesday 09.12.2026
// (KW 50, 6 posts), with 34 more posts in that week across the five channels, as a backup file to
// restore. Titles of the lengths and words a team writes, long German compounds included.
import * as Y from 'yjs';
import { newRoom } from '../../shared/invite';
import {
  addCard,
  addPerson,
  createWorkspace,
  fillExamplePlan,
  readChannels,
  readColumns,
  scheduleCard,
  writeBackup,
} from '../../shared/model';

const MORE = [
  'Adventskalender Türchen 7: Gewinnspiel mit Verlosung',
  'Kundenstimme der Woche: Familie Schröder aus Halle',
  'Behind the Scenes: Unsere Lagerlogistik im Weihnachtsgeschäft',
  'Tipp: So reklamierst du in drei Schritten',
  'Produktvorstellung EcoLine Wärmepumpe',
  'Umfrage: Welche Themen wünscht ihr euch 2027?',
  'Mitarbeiterporträt: Azubi Leon in der Fertigung',
  'Pressespiegel KW 50',
  'Erinnerung: Öffnungszeiten zwischen den Jahren',
  'Infografik Energieeinsparung im Haushalt',
  'Video: Geschäftsführung zum Jahresrückblick',
  'Karriere: Ausbildungsplätze Industriekaufleute 2027',
  'Servicehinweis: Wartungsarbeiten am Kundenportal',
  'Newsletter-Teaser: Winteraktion',
  'Reel: Drei Fragen an unsere Kundendienstleiterin',
  'Zitat der Woche',
  'Webinar-Ankündigung Förderprogramme',
  'Weihnachtsgrüße des Betriebsrats',
  'Nachhaltigkeitsbericht: Kapitel Lieferkette',
  'Messe-Rückblick: Unser Stand auf der BAU',
  'FAQ: Garantieverlängerung',
  'Kooperationspartner stellen sich vor: Stadtwerke Leipzig',
  'Spendenaktion: Scheckübergabe an die Tafel',
  'Tutorial: Filterwechsel in fünf Minuten',
  'Rückrufinformation Modellreihe K200 (Update)',
  'Sneak Peek: Neue Website',
  'Team-Event: Weihnachtsfeier im Werk',
  'Blogartikel: Heizkosten senken mit Smart Home',
  'Karussell: Fünf Mythen über Wärmepumpen',
  'Dankeschön an 10.000 Follower',
  'LinkedIn-Artikel: Fachkräftesicherung im Mittelstand',
  'Story: Frage des Tages',
  'Gewinnerbekanntgabe Adventsgewinnspiel',
  'Instandhaltungsvertrag: Was ist drin?',
];

/** The busy week's backup text, and the titles of every post in KW 50 (40). */
export function busyWeekBackup(now: Date): string {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Social Media Müller GmbH' });
  const me = addPerson(doc, { name: 'Lena Hoffmann', role: 'social' });
  fillExamplePlan(doc, me, now);
  const channels = readChannels(doc);
  const planned = readColumns(doc).find((c) => c.stage === 'inProgress')!;
  MORE.forEach((title, i) => {
    const card = addCard(doc, { title, columnId: planned.id, ownerId: me, createdBy: me });
    const day = 7 + (i % 7);
    const hour = 8 + ((i * 3) % 10);
    scheduleCard(doc, card, {
      date: `2026-12-${String(day).padStart(2, '0')}`,
      time: `${String(hour).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      channelId: channels[Math.floor(i / 7) % channels.length]!.id,
    });
  });
  return writeBackup(doc, { ...newRoom(), name: 'Social Media Müller GmbH', hubs: [] }, now.getTime());
}
