/*
 * Which tasks to tell the user about, decided without the DOM so it can be tested.
 *
 * What must hold:
 * - each thing is told once per device and person: notified keys are remembered (localStorage);
 * - nothing that happened before this device first saw the workspace as this person is told
 *   (joining a busy workspace, or switching "who am I", must not fire a storm);
 * - many things at once (a sync brought them) become one notification: "3 neue Aufgaben".
 *
 * Keys name the event, not only the request: `new:<id>:<since>` (a request passed on to me again
 * is new again), `overdue:<id>:<dueDate>`, `changes:<id>:<since>`, `reminded:<id>:<at>` (each
 * reminder of the requester is told once), `mention:<comment>` (a comment that mentions me).
 */

export type NotifyKind = 'new' | 'overdue' | 'changes' | 'reminded' | 'mention';

export interface NotifyItem {
  key: string;
  kind: NotifyKind;
  /** When it happened (ms): assigned, became overdue, changes asked for. */
  since: number;
  /** The card's title, for the notification body. */
  title: string;
}

export interface NotifyState {
  firstSeen: number;
  notified: readonly string[];
}

export interface NotifyPlan {
  /** What to tell now, in one notification; empty for nothing. */
  tell: NotifyItem[];
  state: NotifyState;
}

/** Decides what to tell and the state to remember. Keys of items gone are forgotten. */
export function planNotifications(items: readonly NotifyItem[], state: NotifyState): NotifyPlan {
  const known = new Set(state.notified);
  const tell = items.filter((item) => !known.has(item.key) && item.since >= state.firstSeen);
  return { tell, state: { firstSeen: state.firstSeen, notified: items.map((item) => item.key) } };
}

/** The local midnight after a due date: the moment a request becomes overdue. */
export function overdueSince(dueDate: string): number {
  const [y, m, d] = dueDate.split('-').map(Number);
  return new Date(y!, m! - 1, d! + 1).getTime();
}

export interface Summary {
  title: string;
  body: string;
}

/** One notification for everything to tell: counts in the title, card titles in the body. */
export function summarise(
  tell: readonly NotifyItem[],
  /** Each kind's words for a count of items: "Neue Aufgabe", "3 neue Aufgaben". */
  words: { [kind in NotifyKind]: (count: number) => string },
): Summary | null {
  if (tell.length === 0) return null;
  const count = (kind: NotifyKind) => tell.filter((item) => item.kind === kind).length;
  const parts: string[] = [];
  const n = count('new');
  const o = count('overdue');
  const c = count('changes');
  const r = count('reminded');
  const m = count('mention');
  if (n) parts.push(words.new(n));
  if (c) parts.push(words.changes(c));
  if (r) parts.push(words.reminded(r));
  if (m) parts.push(words.mention(m));
  if (o) parts.push(words.overdue(o));
  const titles = [...new Set(tell.map((item) => item.title))];
  const body = titles.slice(0, 3).join(' · ') + (titles.length > 3 ? ` · +${titles.length - 3}` : '');
  return { title: parts.join(' · '), body };
}
