/*
 * `npm run bench:files`: files on cards, measured (not a test; it prints and never fails).
 *
 *  In Node: the example-size workspace of bench/workspace.ts (2,000 cards) with 300 pictures of
 *  2 MB attached: how much the document grows (target < 300 KB), and its open (Y.applyUpdate and
 *  reading every card) with and without them, as a ratio in the same run.
 *  In Chromium, inside the network namespace: 50 MB between two pages over WebRTC, once over a raw
 *  data channel and once through the app's file transfer, MB/s and their ratio in the same run.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import * as Y from 'yjs';
import { addAttachment, readAttachments, readCards, type PersonId } from '../shared/model';
import { CHROMIUM, chromiumArgs } from './main';
import { generateWorkspace, seededRandom } from './workspace';

const log = (line: string) => console.log(`[bench:files] ${line}`);
const root = process.argv[2] ?? process.cwd();
const netns = process.env.SENDEPLAN_BENCH_NETNS_CHILD === '1';

function hex(random: () => number): string {
  let out = '';
  for (let i = 0; i < 64; i++) out += Math.floor(random() * 16).toString(16);
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function openMs(state: Uint8Array): number {
  const start = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  readCards(doc);
  readAttachments(doc);
  return performance.now() - start;
}

function documentFigures() {
  const { doc, cards, people } = generateWorkspace({ cards: 2000, seed: 7 });
  const before = Y.encodeStateAsUpdate(doc);
  const random = seededRandom(11);
  for (let i = 0; i < 300; i++) {
    addAttachment(doc, {
      cardId: cards[i * 6]!,
      hash: hex(random),
      name: `IMG_2026${String(1000 + i)}_Motiv.jpg`,
      type: 'image/jpeg',
      size: 2 * 1024 * 1024 + Math.floor(random() * 100_000),
      width: 4032,
      height: 3024,
      thumb: { hash: hex(random), size: 6000 + Math.floor(random() * 2000) },
      by: people[i % people.length] as PersonId,
    });
  }
  const after = Y.encodeStateAsUpdate(doc);
  const growth = after.byteLength - before.byteLength;
  log(
    `document: ${(before.byteLength / 1024).toFixed(0)} KB → ${(after.byteLength / 1024).toFixed(0)} KB with 300 pictures of 2 MB`,
  );
  log(
    `  growth ${(growth / 1024).toFixed(1)} KB (target < 300 KB): ${growth < 300 * 1024 ? 'met' : 'MISSED'}; ${(growth / 300).toFixed(0)} B per picture`,
  );
  const without: number[] = [];
  const withFiles: number[] = [];
  for (let i = 0; i < 9; i++) {
    // Alternating which goes first, so that neither always profits from the other's warm-up.
    if (i % 2 === 0) without.push(openMs(before));
    withFiles.push(openMs(after));
    if (i % 2 === 1) without.push(openMs(before));
  }
  log(
    `  open in Node (applyUpdate + read cards and attachments), median of 9: ${median(without).toFixed(1)} ms without, ${median(withFiles).toFixed(1)} ms with (× ${(median(withFiles) / median(without)).toFixed(2)})`,
  );
}

async function connect(a: Page, b: Page) {
  const offer = await a.evaluate(() => (window as unknown as { offer(): Promise<string> }).offer());
  const answer = await b.evaluate(
    (o) => (window as unknown as { answer(o: string): Promise<string> }).answer(o),
    offer,
  );
  await a.evaluate((s) => (window as unknown as { accept(s: string): Promise<void> }).accept(s), answer);
  await b.evaluate(() => (window as unknown as { ready(): Promise<void> }).ready());
}

type BenchWindow = Window & {
  rawSend(size: number): Promise<number>;
  rawReceive(size: number): Promise<number>;
  startFiles(name: string): Promise<void>;
  addFile(size: number): Promise<string>;
  fetchFile(hash: string, size: number): Promise<[number, number]>;
};

async function transferFigures() {
  if (!netns) return log('transfer: not measured (no network namespace; WebRTC runs only inside one here)');
  const script = await build({
    entryPoints: [join(root, 'bench', 'filesPage.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'warning',
  });
  const code = script.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs(true) });
  try {
    const pages: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await (await browser.newContext()).newPage();
      // A page of its own secure origin (IndexedDB and WebCrypto need one), served by the route below.
      await page.route('http://localhost:9/bench', (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${code}</script>` }),
      );
      await page.goto('http://localhost:9/bench');
      pages.push(page);
    }
    const [a, b] = pages as [Page, Page];
    await connect(a, b);
    const SIZE = 50 * 1024 * 1024;
    const mb = SIZE / (1024 * 1024);
    const [start, end] = await Promise.all([
      a.evaluate((s) => (window as unknown as BenchWindow).rawSend(s), SIZE),
      b.evaluate((s) => (window as unknown as BenchWindow).rawReceive(s), SIZE),
    ]);
    const raw = mb / ((end - start) / 1000);
    await Promise.all([
      a.evaluate(() => (window as unknown as BenchWindow).startFiles('a')),
      b.evaluate(() => (window as unknown as BenchWindow).startFiles('b')),
    ]);
    const hash = await a.evaluate((s) => (window as unknown as BenchWindow).addFile(s), SIZE);
    const [from, to] = await b.evaluate(([h, s]) => (window as unknown as BenchWindow).fetchFile(h, s), [
      hash,
      SIZE,
    ] as const);
    const files = mb / ((to - from) / 1000);
    log(`transfer of 50 MB between two peers over WebRTC (namespace veth):`);
    log(
      `  raw data channel ${raw.toFixed(1)} MB/s, app's file transfer ${files.toFixed(1)} MB/s (stored and checked): ratio ${(files / raw).toFixed(2)}`,
    );
  } finally {
    await browser.close();
  }
}

documentFigures();
await transferFigures();
