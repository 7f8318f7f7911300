/*
 * `npm run bench:transfer`: the figures of importing, exporting and versions (not a test; it prints
 * and never fails on a target: docs/performance.md says why).
 *
 *  In Node: a 5,000-row CSV and XLSX plan read, planned and applied; the 10,000-card workspace's
 *  snapshot (size, encode time, open time) and the diff against it.
 *  In Chromium, through the built app (`npm run build` first): the 5,000-row CSV imported through
 *  the dialog, with the time from choosing the file to the preview and from the click to the done
 *  message, and the longest task of each phase (PerformanceObserver 'longtask', tasks over 50 ms).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import * as Y from 'yjs';
import { compareVersions, deleteCard, readCards, versionDoc, versionState } from '../shared/model';
import { importFile, plannedWorkspace } from '../shared/model/importTesting';
import { planSheet, planRows, GERMAN_HEADERS } from '../shared/transfer/exportRows';
import { xlsxBytes } from '../shared/transfer/xlsxWriter';
import { exportNames } from '../shared/model';
import { CHROMIUM, chromiumArgs } from './main';
import { generateWorkspace } from './workspace';

const log = (line: string) => console.log(`[bench:transfer] ${line}`);
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** A German Excel plan of `rows` rows: semicolon, dates dd.mm.yyyy, times H:mm, five channels. */
export function planCsv(rows: number): string {
  const channels = ['Instagram', 'LinkedIn', 'Facebook', 'Xing', 'Mastodon'];
  const lines = ['Datum;Uhrzeit;Kanal;Thema;Posting-Text;Verantwortlich;Status;Hashtags'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2027, 0, 1 + (i % 365)));
    const date = `${day.getUTCDate()}.${day.getUTCMonth() + 1}.${day.getUTCFullYear()}`;
    lines.push(
      `${date};${8 + (i % 10)}:${i % 2 ? '30' : '00'};${channels[i % 5]};Beitrag ${i + 1};` +
        `Text zu Beitrag ${i + 1} mit Umlauten äöü und etwas mehr Inhalt für ein Briefing.;` +
        `Lena Krüger;${i % 3 ? 'Idee' : 'Freigegeben'};#Plan #Bench`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function nodeFigures() {
  const csv = new TextEncoder().encode(planCsv(5000));
  let start = performance.now();
  const doc = plannedWorkspace();
  const result = await importFile(doc, csv);
  log(
    `CSV 5,000 rows (${(csv.length / 1e6).toFixed(2)} MB) read, planned and applied in Node: ${ms(performance.now() - start)} (${result.created} cards)`,
  );
  start = performance.now();
  const again = await importFile(doc, csv);
  log(
    `the same file again (updates, nothing changes): ${ms(performance.now() - start)} (${again.updated} updated)`,
  );
  const xlsx = await xlsxBytes(planSheet(planRows(readCards(doc), exportNames(doc)), GERMAN_HEADERS));
  start = performance.now();
  const fresh = plannedWorkspace();
  await importFile(fresh, xlsx);
  log(
    `XLSX 5,000 rows (${(xlsx.length / 1e6).toFixed(2)} MB) imported in Node: ${ms(performance.now() - start)}`,
  );

  const ws = generateWorkspace({ cards: 10_000 });
  start = performance.now();
  const state = versionState(ws.doc);
  log(
    `snapshot of the 10,000-card workspace: ${(state.length / 1024).toFixed(0)} KiB in ${ms(performance.now() - start)}`,
  );
  start = performance.now();
  const then = versionDoc(state);
  log(`opening it as a version: ${ms(performance.now() - start)}`);
  for (const card of readCards(ws.doc).slice(0, 100)) deleteCard(ws.doc, card.id);
  start = performance.now();
  const diff = compareVersions(then, ws.doc);
  log(
    `what changed since (100 deleted of 10,000): ${ms(performance.now() - start)} (${diff.deleted.length} deleted)`,
  );
  then.destroy();
  void Y;
}

function startServer(root: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(
    process.execPath,
    [join(root, 'dist/electron/serve.js'), '--host', '127.0.0.1', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /läuft auf (https?:\/\/[^\s)]+)/.exec(seen)?.[1];
      if (url) resolve({ server, url });
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`serve exited (${code}):\n${seen}`)));
  });
}

async function browserFigures(root: string) {
  const { server, url } = await startServer(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs(false) });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.getByLabel('Name des Arbeitsbereichs').fill('Bench');
    await page.getByLabel('Dein Name').fill('Lena Krüger');
    await page.getByRole('button', { name: 'Los geht’s' }).click();
    await page.getByRole('button', { name: 'Kalender', exact: true }).click();
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan importieren' });
    const now = () => page.evaluate(() => performance.now());
    const longest = async (from: number, to: number) =>
      page.evaluate(
        ([a, b]) =>
          Math.max(
            0,
            ...(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
              .filter((t) => t.start >= a! && t.start <= b!)
              .map((t) => t.duration),
          ),
        [from, to],
      );
    let t0 = await now();
    await dialog.getByLabel('Datei wählen (CSV oder Excel)').setInputFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(planCsv(5000)),
    });
    await dialog.getByRole('button', { name: '5000 Karten übernehmen' }).waitFor({ timeout: 120_000 });
    let t1 = await now();
    log(
      `Chromium: 5,000-row CSV chosen -> preview: ${ms(t1 - t0)}, longest task ${ms(await longest(t0, t1))}`,
    );
    t0 = await now();
    await dialog.getByRole('button', { name: '5000 Karten übernehmen' }).click();
    await dialog.getByText('Importiert: 5000 neu').waitFor({ timeout: 120_000 });
    t1 = await now();
    log(
      `Chromium: click -> 5,000 cards imported (a version saved before): ${ms(t1 - t0)}, longest task ${ms(await longest(t0, t1))}`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

const root = process.argv[2] ?? process.cwd();
await nodeFigures();
await browserFigures(root);
