// Helpers of the import and export tests and the bench: a workspace, and a file run through every
// step of an import as the dialog runs it.
import * as Y from 'yjs';
import { createWorkspace } from './workspace';
import { addChannel } from './channels';
import { addPerson } from './people';
import { applyImport, importTarget, type ImportResult } from './importApply';
import { draftsOf, readPlanFile, type ImportError } from '../transfer/pipeline';
import { NO_DECISIONS, planImport, type Decisions, type ImportPlan } from '../transfer/plan';
import { readXlsxRows } from '../transfer/xlsxReader';

/** A workspace with Instagram, LinkedIn and Facebook, and Lena Krüger and Jonas Weber. */
export function plannedWorkspace(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Test' });
  addChannel(doc, { name: 'Instagram', kind: 'instagram' });
  addChannel(doc, { name: 'LinkedIn', kind: 'linkedin' });
  addChannel(doc, { name: 'Facebook', kind: 'facebook' });
  addPerson(doc, { name: 'Lena Krüger', role: 'social' });
  addPerson(doc, { name: 'Jonas Weber', role: 'marketing' });
  return doc;
}

export async function planFile(
  doc: Y.Doc,
  bytes: Uint8Array,
  decisions: Decisions = NO_DECISIONS,
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; error: ImportError }> {
  const read = await readPlanFile(bytes, readXlsxRows);
  if (!read.ok) return read;
  const drafts = draftsOf(read.plan, read.plan.uses);
  if (!drafts.ok) return drafts;
  return { ok: true, plan: planImport(drafts.drafts, importTarget(doc), decisions) };
}

/** Imports a file with the guessed columns; throws with the reason when it is refused. */
export async function importFile(
  doc: Y.Doc,
  bytes: Uint8Array,
  decisions: Decisions = NO_DECISIONS,
): Promise<ImportResult> {
  const planned = await planFile(doc, bytes, decisions);
  if (!planned.ok) throw new Error(`refused: ${planned.error}`);
  return applyImport(doc, planned.plan, decisions);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
