/*
 * Processes (Abläufe): how the team gets a post out, written down once. A process says when it
 * applies (conditions on the card, or only when chosen by hand) and which steps a post needs:
 * inputs and approvals, each from a person or a role, with what is needed, why, and when.
 *
 *   processes  Y.Map<ProcessId, Y.Map>  name, match {field?, channelKind?, format?, campaign?: [...]},
 *                                       timing 'workingDays' | 'minutes', approvals 'sequential' | 'together',
 *                                       steps [{id, type, kind, who {person} | {role}, what, why, offset}]
 *   cards      processId                 the process chosen for the card (or applied to it), 'none'
 *
 * `offset` is working days before the slot (weekends and German public holidays skipped, as
 * dueDates.ts counts), or, for a process timed in minutes (the crisis), minutes after its card was
 * made. The steps are one value, written whole: two colleagues editing a process at once keep one
 * of the two whole lists, never a mix. Applying a process to a card is processPlan.ts.
 *
 * `match` is open: a condition on something this version does not know (a key not in MATCH_KEYS)
 * is kept, and such a process is only chosen by hand here, never wrongly applied.
 */
import * as Y from 'yjs';
import { clip, cut, inRange, isId, LIMITS } from './bounds';
import { cardsMap, change, newRecord, recordOf } from './doc';
import { newId, type Brand, type CampaignId, type CardId, type PersonId } from './ids';
import { readChannel } from './read';
import {
  ACTION_FIELDS,
  CHANNEL_KINDS,
  INPUT_KINDS,
  POST_FORMATS,
  ROLES,
  type ActionField,
  type Card,
  type ChannelKind,
  type InputKind,
  type Role,
} from './schema';

export type ProcessId = Brand<string, 'ProcessId'>;
export type StepId = Brand<string, 'StepId'>;

export const STEP_TYPES = ['input', 'approval'] as const;
export type StepType = (typeof STEP_TYPES)[number];
export const PROCESS_TIMINGS = ['workingDays', 'minutes'] as const;
export type ProcessTiming = (typeof PROCESS_TIMINGS)[number];
/** Approvals one after another (the next opens when the previous approved) or all together. */
export const APPROVAL_FLOWS = ['sequential', 'together'] as const;
export type ApprovalFlow = (typeof APPROVAL_FLOWS)[number];

/** What a process may be matched on, with the values each may take. Add a card's new facet here. */
/** Conditions on the card with a fixed list of values; `campaign` takes the ids of campaigns. */
export const MATCH_KEYS = { field: ACTION_FIELDS, channelKind: CHANNEL_KINDS, format: POST_FORMATS } as const;
type ListKey = keyof typeof MATCH_KEYS;
export type MatchKey = ListKey | 'campaign';
export const MATCH_KEY_NAMES: readonly MatchKey[] = [...(Object.keys(MATCH_KEYS) as ListKey[]), 'campaign'];
export type Match = { readonly [K in ListKey]?: readonly (typeof MATCH_KEYS)[K][number][] } & {
  readonly campaign?: readonly CampaignId[];
};

const isMatchKey = (key: string): key is MatchKey => (MATCH_KEY_NAMES as readonly string[]).includes(key);
const isMatchValue = (key: MatchKey, v: unknown) =>
  key === 'campaign' ? isId(v) : oneOf<string>(MATCH_KEYS[key], v);

/** The card field that holds the chosen process; NO_PROCESS opts the card out of matching. */
export const NO_PROCESS = 'none';

/** Steps of a process, and the offsets a step may take. */
export const STEP_LIMIT = 30;
export const MAX_OFFSET = { workingDays: 60, minutes: 7 * 24 * 60 } as const;

export type StepWho = { readonly person: PersonId } | { readonly role: Role };

export interface ProcessStep {
  id: StepId;
  type: StepType;
  /** What kind of input (an approval's is 'other' and unused). */
  kind: InputKind;
  who: StepWho;
  what: string;
  why: string;
  offset: number;
}

export interface Process {
  id: ProcessId;
  name: string;
  match: Match;
  /** Conditions this version cannot check: the process is then only chosen by hand. */
  unknownMatch: boolean;
  timing: ProcessTiming;
  approvals: ApprovalFlow;
  steps: readonly ProcessStep[];
  problems: readonly string[];
}

export const processesMap = (doc: Y.Doc) => doc.getMap<unknown>('processes');

const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

function readWho(value: unknown): StepWho | null {
  if (typeof value !== 'object' || value === null) return null;
  const { person, role } = value as { [key: string]: unknown };
  if (isId(person)) return { person: person as PersonId };
  if (oneOf(ROLES, role)) return { role };
  return null;
}

function readStep(value: unknown, timing: ProcessTiming): ProcessStep | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as { [key: string]: unknown };
  const who = readWho(v.who);
  if (!isId(v.id) || !oneOf(STEP_TYPES, v.type) || !who) return null;
  if (!Number.isInteger(v.offset) || !inRange(v.offset, 0, MAX_OFFSET[timing])) return null;
  return {
    id: v.id as StepId,
    type: v.type,
    kind: oneOf(INPUT_KINDS, v.kind) ? v.kind : 'other',
    who,
    what: typeof v.what === 'string' ? cut(v.what, LIMITS.note) : '',
    why: typeof v.why === 'string' ? cut(v.why, LIMITS.note) : '',
    offset: v.offset as number,
  };
}

function readMatch(value: unknown, problems: string[]): { match: Match; unknownMatch: boolean } {
  const match: { [key: string]: string[] } = {};
  let unknownMatch = false;
  if (value === undefined) return { match, unknownMatch };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push('match');
    return { match, unknownMatch: true };
  }
  for (const [key, values] of Object.entries(value as { [key: string]: unknown })) {
    if (!isMatchKey(key)) {
      unknownMatch = true;
      continue;
    }
    if (!Array.isArray(values)) {
      problems.push('match');
      continue;
    }
    const kept = values.slice(0, LIMITS.list).filter((v) => isMatchValue(key, v));
    if (kept.length !== values.length) problems.push('match');
    if (kept.length > 0) match[key] = kept;
  }
  return { match: match as Match, unknownMatch };
}

/** A stored process, read defensively; null when the value is no record at all. */
export function readProcess(id: string, value: unknown): Process | null {
  if (!(value instanceof Y.Map) || !isId(id)) return null;
  const problems: string[] = [];
  const name = value.get('name');
  const timing = oneOf(PROCESS_TIMINGS, value.get('timing')) ? value.get('timing') : 'workingDays';
  const approvals = oneOf(APPROVAL_FLOWS, value.get('approvals')) ? value.get('approvals') : 'sequential';
  const stored = value.get('steps');
  const steps: ProcessStep[] = [];
  if (Array.isArray(stored)) {
    if (stored.length > STEP_LIMIT) problems.push('steps…');
    const ids = new Set<string>();
    for (const entry of stored.slice(0, STEP_LIMIT)) {
      const step = readStep(entry, timing as ProcessTiming);
      if (step && !ids.has(step.id)) {
        ids.add(step.id);
        steps.push(step);
      } else problems.push('steps');
    }
  } else if (stored !== undefined) problems.push('steps');
  if (typeof name !== 'string') problems.push('name');
  return {
    id: id as ProcessId,
    name: typeof name === 'string' ? cut(name, LIMITS.name) : '',
    ...readMatch(value.get('match'), problems),
    timing: timing as ProcessTiming,
    approvals: approvals as ApprovalFlow,
    steps,
    problems,
  };
}

/** All processes, by name. */
export function readProcesses(doc: Y.Doc): Process[] {
  const processes: Process[] = [];
  processesMap(doc).forEach((value, id) => {
    const process = readProcess(id, value);
    if (process) processes.push(process);
  });
  return processes.sort((a, b) => a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1));
}

export function getProcess(doc: Y.Doc, id: string): Process | null {
  return readProcess(id, processesMap(doc).get(id));
}

// ---------------------------------------------------------------------------------------------
// Editing

export interface StepInput {
  id?: StepId;
  type: StepType;
  kind?: InputKind;
  who: StepWho;
  what: string;
  why: string;
  offset: number;
}

export interface ProcessInput {
  name: string;
  match?: Match;
  timing?: ProcessTiming;
  approvals?: ApprovalFlow;
  steps?: readonly StepInput[];
}

export const newStepId = () => newId<StepId>('s');

function stepValue(step: StepInput, timing: ProcessTiming) {
  const offset = Math.min(Math.max(0, Math.round(step.offset) || 0), MAX_OFFSET[timing]);
  const who = 'person' in step.who ? { person: step.who.person } : { role: step.who.role };
  return {
    id: step.id ?? newStepId(),
    type: step.type,
    kind: step.type === 'input' ? (step.kind ?? 'text') : 'other',
    who,
    what: clip(step.what, LIMITS.note),
    why: clip(step.why, LIMITS.note),
    offset,
  };
}

function matchValue(match: Match): { [key: string]: string[] } {
  const value: { [key: string]: string[] } = {};
  for (const key of MATCH_KEY_NAMES) {
    const values = match[key] as readonly string[] | undefined;
    if (values && values.length > 0) value[key] = [...new Set(values)].slice(0, LIMITS.list);
  }
  return value;
}

export function addProcess(doc: Y.Doc, input: ProcessInput, id = newId<ProcessId>('a')): ProcessId {
  const timing = input.timing ?? 'workingDays';
  change(doc, () => {
    processesMap(doc).set(
      id,
      newRecord({
        name: clip(input.name, LIMITS.name),
        match: matchValue(input.match ?? {}),
        timing,
        approvals: input.approvals ?? 'sequential',
        steps: (input.steps ?? []).slice(0, STEP_LIMIT).map((s) => stepValue(s, timing)),
      }),
    );
  });
  return id;
}

/** Changes a process; `steps` replaces the whole list (see the top of this file). */
export function updateProcess(doc: Y.Doc, id: ProcessId, patch: Partial<ProcessInput>): void {
  change(doc, () => {
    const record = recordOf(processesMap(doc), id);
    if (!record) return;
    const timing = patch.timing ?? getProcess(doc, id)?.timing ?? 'workingDays';
    if (patch.name !== undefined) record.set('name', clip(patch.name, LIMITS.name));
    if (patch.match !== undefined) record.set('match', matchValue(patch.match));
    if (patch.timing !== undefined) record.set('timing', patch.timing);
    if (patch.approvals !== undefined) record.set('approvals', patch.approvals);
    if (patch.steps !== undefined)
      record.set(
        'steps',
        patch.steps.slice(0, STEP_LIMIT).map((s) => stepValue(s, timing)),
      );
  });
}

/** Removes a process. Requests it made stay; cards that named it have no process any more. */
export function removeProcess(doc: Y.Doc, id: ProcessId): void {
  change(doc, () => processesMap(doc).delete(id));
}

// ---------------------------------------------------------------------------------------------
// Which process a card follows

/** The process stored on a card: an id, NO_PROCESS, or null when none was chosen or applied. */
export function cardProcessChoice(doc: Y.Doc, cardId: CardId): ProcessId | typeof NO_PROCESS | null {
  const value = recordOf(cardsMap(doc), cardId)?.get('processId');
  if (value === NO_PROCESS) return NO_PROCESS;
  return isId(value) ? (value as ProcessId) : null;
}

/** What a process's conditions are checked against: facets of the card and its slot's channel. */
export type MatchFacts = { readonly [K in MatchKey]: string | null };

export function matchFactsOf(doc: Y.Doc, card: Card): MatchFacts {
  const channelId = card.slot?.channelId ?? card.channelIds[0];
  const channel = channelId ? readChannel(channelId, doc.getMap<unknown>('channels').get(channelId)) : null;
  return {
    field: card.field as ActionField | null,
    channelKind: (channel?.kind ?? null) as ChannelKind | null,
    format: card.post.format,
    campaign: card.campaignId,
  };
}

/** Whether every condition of the process holds; a process without conditions is only chosen by hand. */
export function processMatches(process: Process, facts: MatchFacts): boolean {
  const keys = MATCH_KEY_NAMES.filter((k) => process.match[k]);
  if (keys.length === 0 || process.unknownMatch) return false;
  return keys.every((k) => {
    const fact = facts[k];
    return fact !== null && (process.match[k] as readonly string[]).includes(fact);
  });
}

/** The process that applies by itself: the matching one with the most conditions, then by name. */
export function matchingProcess(processes: readonly Process[], facts: MatchFacts): Process | null {
  const conditions = (p: Process) => Object.values(p.match).reduce((n, v) => n + (v ? 1 : 0), 0);
  const matching = processes.filter((p) => processMatches(p, facts));
  matching.sort((a, b) => conditions(b) - conditions(a));
  return matching[0] ?? null;
}

/** The people a step asks, in name order: the named person, or everyone with the role. */
export function candidatesOf(who: StepWho, people: readonly { id: PersonId; role: Role }[]): PersonId[] {
  if ('person' in who) return people.some((p) => p.id === who.person) ? [who.person] : [];
  return people.filter((p) => p.role === who.role).map((p) => p.id);
}
