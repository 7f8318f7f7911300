/*
 * The parts contract, checked for every selector of the renderer that names its parts: after a
 * change to any part of the document, what the selector hands out (cached by its parts) is what it
 * reads afresh. A selector that reads a part it does not name fails here, with the part, instead of
 * showing a stale screen; one whose named part never moves fails in changeTracker.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createWorkspace,
  fillExamplePlan,
  readCards,
  readChannels,
  readPeople,
  requestApproval,
  scheduleCard,
  setPlaybook,
  startMeeting,
} from '../../shared/model';
import { Session, type StorageFactory } from '../sync/session';
import { PART_CHANGES, everyDocPart } from '../sync/testing/partChanges';
import type { PartsSelector } from './selectors';

const RENDERER = join(import.meta.dirname, '..');
/** A selector made at module level: `const name = onChangesOf(` or `keptWhileSame(`. */
const DEFINITION = /^(export )?const (\w+)(?:: [\w<>]+)? = (?:onChangesOf|keptWhileSame)\(/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module-level selector of the renderer, by "file: name". */
async function allSelectors(): Promise<Map<string, PartsSelector<unknown>>> {
  const found = new Map<string, PartsSelector<unknown>>();
  for (const file of sourceFiles(RENDERER)) {
    const definitions = [...readFileSync(file, 'utf8').matchAll(DEFINITION)];
    if (definitions.length === 0) continue;
    const module = (await import(/* @vite-ignore */ file)) as { [name: string]: unknown };
    for (const [, exported, name] of definitions) {
      const where = `${relative(RENDERER, file)}: ${name}`;
      // Exported, so that this test reaches it.
      expect(exported, `${where} is not exported`).toBe('export ');
      found.set(where, module[name!] as PartsSelector<unknown>);
    }
  }
  return found;
}

const inMemory: StorageFactory = () => ({
  whenSynced: Promise.resolve(),
  whenWritten: () => Promise.resolve(),
  destroy: () => Promise.resolve(),
});

/**
 * The example plan with a running meeting and crisis, a playbook, an open approval and a post in
 * the slot PART_CHANGES gives the first card, so that each change moves what selectors show.
 */
async function sampleSession(): Promise<Session> {
  const session = new Session('selectors-test', inMemory);
  const { doc } = session;
  createWorkspace(doc, { name: 'Test' });
  fillExamplePlan(doc, null);
  const [anna, ben] = readPeople(doc);
  requestApproval(doc, {
    cardId: readCards(doc)[1]!.id,
    approverIds: [ben!.id],
    fromId: anna!.id,
    why: 'Presse',
    dueDate: null,
  });
  // The slot that PART_CHANGES['cards.slot'] gives the first card: that change makes a conflict.
  scheduleCard(doc, readCards(doc)[2]!.id, {
    date: '2030-01-15',
    time: '09:30',
    channelId: readChannels(doc).at(-1)!.id,
  });
  setPlaybook(doc, 'Pressestelle informieren');
  startMeeting(doc, 'Anna');
  startMeeting(doc, 'Anna', Date.now(), { reason: 'Shitstorm' });
  await session.ready;
  return session;
}

describe('the parts contract of the selectors', async () => {
  const selectors = await allSelectors();

  it('finds the selectors of the renderer', () => {
    expect(selectors.size).toBeGreaterThanOrEqual(10);
    for (const [where, select] of selectors) {
      expect(typeof select, where).toBe('function');
      expect(select.parts.length, where).toBeGreaterThan(0);
    }
  });

  it.each(everyDocPart())(
    'after a change to %s, every selector hands out what it reads afresh',
    async (part) => {
      const session = await sampleSession();
      for (const select of selectors.values()) select(session);
      PART_CHANGES[part].apply(session.doc);
      for (const [where, select] of selectors)
        expect(select(session), `${where} is stale after a change to ${part}: add it to its parts`).toEqual(
          select.read(session),
        );
      await session.destroy();
    },
  );
});
