/*
 * The example plan's processes: how a mid-sized company's team gets a product post, a press
 * release, a customer service notice and a crisis response out. They use roles, not people, so
 * they work for the example's colleagues and for whoever the team adds later.
 */
import type * as Y from 'yjs';
import { metaMap } from './doc';
import { addProcess, type ProcessId, type ProcessInput } from './processes';

// prettier-ignore
const EXAMPLES: ProcessInput[] = [
  {
    name: 'Produktpost',
    match: { field: ['marketing'] },
    approvals: 'sequential',
    steps: [
      { type: 'input', kind: 'text', who: { role: 'marketing' }, what: 'Produkttext mit den drei wichtigsten Vorteilen', why: 'Marketing kennt das Produkt und die Positionierung; ohne freigegebene Aussagen schreiben wir nichts.', offset: 5 },
      { type: 'input', kind: 'visual', who: { role: 'marketing' }, what: 'Produktbild im Hochformat (1080 × 1350)', why: 'Posts mit eigenem Bild werden deutlich öfter gesehen als reine Textposts.', offset: 4 },
      { type: 'approval', who: { role: 'press' }, what: 'Aussagen und Tonalität prüfen', why: 'Die Pressestelle achtet darauf, dass nichts dem widerspricht, was Journalist:innen schon haben.', offset: 2 },
      { type: 'approval', who: { role: 'management' }, what: 'Freigabe der Geschäftsführung', why: 'Preise und Termine sind Zusagen des Unternehmens.', offset: 1 },
    ],
  },
  {
    name: 'Pressemitteilung begleiten',
    match: { field: ['corporate'] },
    approvals: 'together',
    steps: [
      { type: 'input', kind: 'info', who: { role: 'press' }, what: 'Pressemitteilung mit Sperrfrist', why: 'Der Post darf nicht vor der Mitteilung erscheinen und muss dieselben Zahlen nennen.', offset: 3 },
      { type: 'approval', who: { role: 'press' }, what: 'Post-Text abgleichen', why: 'Gleiche Botschaft auf allen Kanälen.', offset: 1 },
      { type: 'approval', who: { role: 'management' }, what: 'Zitat freigeben', why: 'Zitate der Geschäftsführung gibt nur sie selbst frei.', offset: 1 },
    ],
  },
  {
    name: 'Kundenservice-Hinweis',
    match: { field: ['customer'] },
    steps: [
      { type: 'input', kind: 'info', who: { role: 'service' }, what: 'Was Kund:innen konkret tun müssen, und ab wann', why: 'Der Kundenservice bekommt die Rückfragen; er weiß, was unklar ist.', offset: 3 },
      { type: 'approval', who: { role: 'service' }, what: 'Fachlich prüfen', why: 'Falsche Öffnungszeiten oder Fristen kosten mehr Anrufe, als der Post spart.', offset: 1 },
    ],
  },
  {
    name: 'Krise',
    timing: 'minutes',
    approvals: 'together',
    steps: [
      { type: 'input', kind: 'text', who: { role: 'social' }, what: 'Holding Statement entwerfen', why: 'Schweigen wird als Schuldeingeständnis gelesen: innerhalb einer Stunde muss eine erste Antwort stehen.', offset: 30 },
      { type: 'input', kind: 'info', who: { role: 'service' }, what: 'Was Kund:innen gerade melden', why: 'Das Statement muss auf die tatsächlichen Beschwerden eingehen.', offset: 20 },
      { type: 'approval', who: { role: 'press' }, what: 'Holding Statement freigeben', why: 'Die Pressestelle spricht für das Unternehmen.', offset: 60 },
      { type: 'approval', who: { role: 'management' }, what: 'Holding Statement freigeben', why: 'In der Krise entscheidet die Geschäftsführung mit.', offset: 60 },
    ],
  },
];

/** Adds the example processes; the last (Krise) becomes the crisis process. */
export function addExampleProcesses(doc: Y.Doc): ProcessId[] {
  const ids = EXAMPLES.map((input) => addProcess(doc, input));
  metaMap(doc).set('crisisProcess', ids.at(-1));
  return ids;
}
