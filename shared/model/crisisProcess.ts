/*
 * The crisis playbook as a process: `meta.crisisProcess` names the process (timed in minutes) that
 * starts when a crisis is declared. Declaring makes a card for the crisis response ("Krise: …") in
 * the "In Arbeit" stage and applies the process to it, so its steps are requests due minutes after
 * the declaration; the crisis record keeps the card (`cardId`), and the crisis log shows its steps.
 * The free-text playbook (`meta.playbook`) stays readable beside it.
 */
import type * as Y from 'yjs';
import { isId } from './bounds';
import { addCard } from './cards';
import { readColumns } from './columns';
import { change, metaMap, recordOf } from './doc';
import type { CardId, PersonId } from './ids';
import { meetingsMap, runningMeeting, startMeeting, type Meeting, type MeetingId } from './meetings';
import { applyProcess } from './processPlan';
import { getProcess, type ProcessId } from './processes';

/** The process that starts with a crisis, if the team chose one that still exists. */
export function readCrisisProcess(doc: Y.Doc): ProcessId | null {
  const id = metaMap(doc).get('crisisProcess');
  return isId(id) && getProcess(doc, id) ? (id as ProcessId) : null;
}

export function setCrisisProcess(doc: Y.Doc, id: ProcessId | null): void {
  change(doc, () => {
    if (id) metaMap(doc).set('crisisProcess', id);
    else metaMap(doc).delete('crisisProcess');
  });
}

/** The card of a crisis's response, if the crisis started a process. */
export function crisisCard(doc: Y.Doc, crisis: Pick<Meeting, 'id'>): CardId | null {
  const id = recordOf(meetingsMap(doc), crisis.id)?.get('cardId');
  return isId(id) ? (id as CardId) : null;
}

/**
 * Declares a crisis (startMeeting) and starts the crisis process on a card of its own, in one step.
 * A crisis that runs already is returned as it is.
 */
export function declareCrisis(
  doc: Y.Doc,
  input: { reason: string; byName: string; by: PersonId | null; title: string; now?: number },
): MeetingId {
  const now = input.now ?? Date.now();
  const running = runningMeeting(doc, 'crisis');
  if (running) return running.id;
  return change(doc, () => {
    const id = startMeeting(doc, input.byName, now, { reason: input.reason });
    const processId = readCrisisProcess(doc);
    const columns = readColumns(doc);
    const column = columns.find((c) => c.stage === 'inProgress') ?? columns[0];
    if (!processId || !column) return id;
    const cardId = addCard(doc, {
      title: input.title,
      columnId: column.id,
      ownerId: input.by,
      createdBy: input.by,
      now,
    });
    recordOf(meetingsMap(doc), id)?.set('cardId', cardId);
    applyProcess(doc, cardId, { by: input.by, processId, now });
    return id;
  });
}
