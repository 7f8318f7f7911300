/*
 * The team relay under a company's load: the real relay process (relay/, on Node 22) and 200
 * simulated devices in this process, each a HocuspocusProvider with its own Y.Doc, 10 on each of 20
 * workspaces of 500 cards.
 *
 *   edit → applied   edits round robin over the 200 devices, one every EDIT_EVERY_MS; per edit the
 *                    time until the last of the other 9 devices of its workspace has applied it
 *   restart          the relay is stopped and started again on the same port; the devices come
 *                    back after a random delay (the app's jittered reconnect); the time from the
 *                    restart until all 200 are connected and each workspace's devices have the
 *                    same state
 *   RSS per workspace  the relay's resident memory with the 20 workspaces loaded, minus its memory
 *                    at start, divided by 20
 *
 * All devices share this process's one thread, so the figure includes their own queueing: the
 * relay's share is smaller.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRelayProcess, tempDatabase, type RelayProcess } from '../relay/testing';
import { relayToken } from '../shared/relayToken';
import { newRoom } from '../shared/invite';
import { updateCard, type CardId } from '../shared/model';
import { figure, median, percentile, type Figure } from './figures';
import { generateWorkspace } from './workspace';

const WORKSPACES = 20;
const PER_WORKSPACE = 10;
const CARDS = 500;
const EDITS = 400;
const EDIT_EVERY_MS = 25;

interface Device {
  doc: Y.Doc;
  socket: HocuspocusProviderWebsocket;
  provider: HocuspocusProvider;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms: number, every = 20): Promise<boolean> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) return false;
    await sleep(every);
  }
  return true;
}

/** Polls the 200 devices' sync state this often: comparing state vectors costs this process time. */
const SYNC_POLL_MS = 250;

function rssKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN);
}

async function connect(url: string, room: string, token: string, state: Uint8Array): Promise<Device> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  // The app's reconnect: from 1 s, growing, at a random point (jitter).
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 1000,
    minDelay: 200,
    maxDelay: 5000,
    jitter: true,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, token });
  provider.attach();
  return { doc, socket, provider };
}

const inSync = (group: Device[]) => {
  if (!group.every((d) => d.provider.isSynced && d.provider.unsyncedChanges === 0)) return false;
  const first = Y.encodeStateVector(group[0]!.doc).join();
  return group.every((d) => Y.encodeStateVector(d.doc).join() === first);
};

export async function relayBenchmark(log: (line: string) => void): Promise<Figure[]> {
  let relay: RelayProcess = await startRelayProcess([
    '--port',
    '0',
    '--data',
    tempDatabase(),
    '--max-connections-per-ip',
    '1000',
  ]);
  const database = relay.output.join('').match(/Daten: ([^,)]+)/)?.[1] ?? '';
  const groups: Device[][] = [];
  const cards: CardId[][] = [];
  try {
    const baseRss = rssKb(relay.child.pid!);
    log(`relay: ${WORKSPACES} workspaces of ${CARDS} cards, ${PER_WORKSPACE} devices each`);
    for (let w = 0; w < WORKSPACES; w++) {
      const generated = generateWorkspace({ cards: CARDS, seed: 1000 + w });
      const state = Y.encodeStateAsUpdate(generated.doc);
      const { room, secret } = newRoom();
      const token = await relayToken(room, secret);
      const group: Device[] = [];
      for (let d = 0; d < PER_WORKSPACE; d++) group.push(await connect(relay.url, room, token, state));
      groups.push(group);
      cards.push(generated.cards);
    }
    const all = groups.flat();
    if (!(await until(() => groups.every(inSync), 60_000, SYNC_POLL_MS)))
      throw new Error('the devices did not sync');
    const perWorkspace = (rssKb(relay.child.pid!) - baseRss) / WORKSPACES;
    log(
      `relay: all ${all.length} devices synced; relay RSS ${(rssKb(relay.child.pid!) / 1024).toFixed(1)} MB`,
    );

    // Edits round robin; each receiver notes when it has applied an edit (its card's title).
    const latencies: number[] = [];
    const pending = new Map<
      number,
      { w: number; card: CardId; title: string; at: number; left: Set<Device> }
    >();
    groups.forEach((group, w) =>
      group.forEach((device) =>
        device.doc.on('afterTransaction', (transaction: Y.Transaction) => {
          if (transaction.local) return;
          const now = performance.now();
          for (const [n, edit] of pending) {
            if (edit.w !== w || !edit.left.has(device)) continue;
            const card = device.doc.getMap<Y.Map<unknown>>('cards').get(edit.card);
            if (card?.get('title') !== edit.title) continue;
            edit.left.delete(device);
            if (edit.left.size === 0) {
              latencies.push(now - edit.at);
              pending.delete(n);
            }
          }
        }),
      ),
    );
    for (let n = 0; n < EDITS; n++) {
      const device = all[n % all.length]!;
      const w = Math.floor((n % all.length) / PER_WORKSPACE);
      const card = cards[w]![n % CARDS]!;
      const title = `RELAY-${n} Titel`;
      const left = new Set(groups[w]!.filter((d) => d !== device));
      pending.set(n, { w, card, title, at: performance.now(), left });
      updateCard(device.doc, card, { title });
      await sleep(EDIT_EVERY_MS);
    }
    await until(() => pending.size === 0, 10_000);
    const lost = pending.size;
    log(`relay: ${latencies.length} of ${EDITS} edits arrived everywhere (${lost} not within 10 s)`);

    // Restart on the same port: stop, start again, wait until all are back and in sync.
    const port = relay.port;
    await relay.stop('SIGTERM');
    await sleep(500);
    const restartedAt = performance.now();
    relay = await startRelayProcess([
      '--port',
      String(port),
      '--data',
      database,
      '--max-connections-per-ip',
      '1000',
    ]);
    const back = await until(() => groups.every(inSync), 30_000, SYNC_POLL_MS);
    const restartMs = back ? performance.now() - restartedAt : null;
    log(
      `relay: after the restart ${back ? `all back and in sync in ${restartMs!.toFixed(0)} ms` : 'not all back within 30 s'}`,
    );

    const note = `${latencies.length} edits, one every ${EDIT_EVERY_MS} ms round robin over ${all.length} devices; median of the slowest of 9 receivers`;
    return [
      figure(
        'relay-edit-p50',
        'relay: edit → applied at the other 9, p50',
        latencies.length ? median(latencies) : null,
        'ms',
        100,
        note,
      ),
      figure(
        'relay-edit-p99',
        'relay: edit → applied at the other 9, p99',
        latencies.length ? percentile(latencies, 99) : null,
        'ms',
        300,
        `${note}; ${lost} edits lost`,
      ),
      figure(
        'relay-restart',
        'relay: restart → all 200 back and in sync',
        restartMs,
        'ms',
        15_000,
        'SIGTERM, restart on the same port; devices reconnect after a jittered delay',
      ),
      figure(
        'relay-rss',
        'relay: RSS per loaded workspace (500 cards)',
        perWorkspace / 1024,
        'MB',
        null,
        `relay RSS with ${WORKSPACES} workspaces loaded minus at start, / ${WORKSPACES}`,
      ),
    ];
  } finally {
    groups.flat().forEach((d) => {
      d.provider.destroy();
      d.socket.destroy();
    });
    await relay.stop('SIGKILL');
  }
}
