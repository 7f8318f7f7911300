/*
 * Sync latency with 10 peers, each its own Chromium with its own profile on disk (as the desktop
 * app has: IndexedDB on disk), seeded with the same workspace (id, secret, state), meeting through
 * the bench server's hub over real WebRTC inside the network namespace (tests/e2e/README.md). Peer k
 * opens card k in its side panel; edit n is made by peer n mod 10, which sets that card's title to
 * "SYNC-n …" in the panel.
 *
 * Times are wall-clock (performance.timeOrigin + now) across processes of one machine: the edit
 * is the editor's Enter in the title field, which commits the typed title (the field keeps a draft
 * while it is typed in: renderer/components/useDraft.tsx); "visible" is when a receiver's DOM first shows the new title (a
 * MutationObserver, then the next painted frame). Per edit the slowest of the nine receivers
 * counts: visible on the others means on all of them. Receivers report that time themselves,
 * through a binding, once it is painted: the bench sends them nothing while they work on an edit
 * (waiting for them with page.evaluate put nine DevTools calls on their main threads at just that
 * moment).
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { profileContext, seed, type Launch, type SeededWorkspace } from './browser';
import { cpuByKind, cpuSince } from './cpu';
import { figure, median, notMeasured, percentile, type Figure } from './figures';

// SENDEPLAN_BENCH_PEERS: another number of peers, to see how the figure grows with them.
const PEERS = Number(process.env.SENDEPLAN_BENCH_PEERS ?? 10);
// SENDEPLAN_BENCH_SYNC_TRACE=file.json, SENDEPLAN_BENCH_SYNC_PROFILE=file.cpuprofile: a Chromium
// trace, a CPU profile of the second peer (a receiver of nine edits in ten) during the measured
// edits, to see where a receiver spends its time. Taken apart: the profiler's sampling shows in
// the trace as the main thread's own time.
const TRACE = process.env.SENDEPLAN_BENCH_SYNC_TRACE;
const PROFILE = process.env.SENDEPLAN_BENCH_SYNC_PROFILE;
const EDITS = 200;

const SYNC_SCRIPT = `(() => {
  const seen = {};
  const edits = (window.__syncEdits = {});
  const now = () => performance.timeOrigin + performance.now();
  const afterPaint = (fn) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn(now());
    channel.port2.postMessage(0);
  });
  new MutationObserver((records) => {
    for (const record of records) {
      const text = record.target.textContent || '';
      for (const match of text.matchAll(/SYNC-(\\d+) /g)) {
        const n = match[1];
        if (seen[n] !== undefined) continue;
        seen[n] = true;
        afterPaint((t) => window.__syncSeen(n + ' ' + t));
      }
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  window.addEventListener('keydown', (e) => {
    const match = e.key === 'Enter' && /^SYNC-(\\d+) /.exec(e.target.value || '');
    if (match) edits[match[1]] = performance.timeOrigin + e.timeStamp;
  }, true);
})();`;

declare global {
  interface Window {
    __syncEdits: { [n: string]: number };
    /** The bench's binding: "n t", edit n was painted here at wall-clock time t. */
    __syncSeen: (seen: string) => void;
  }
}

/** The times at which pages reported an edit as painted (__syncSeen), awaited per edit. */
class Arrivals {
  private readonly expected = new Map<string, { from: Set<Page>; times: number[]; done: () => void }>();

  report(page: Page, n: string, t: number) {
    const edit = this.expected.get(n);
    if (!edit?.from.delete(page)) return;
    edit.times.push(t);
    if (edit.from.size === 0) edit.done();
  }

  /** Resolves with the times of all these pages, or null if one has not reported within 5 s. */
  expect(n: string, pages: Page[]): Promise<number[] | null> {
    return new Promise((resolve) => {
      const times: number[] = [];
      const timer = setTimeout(() => {
        this.expected.delete(n);
        resolve(null);
      }, 5_000);
      this.expected.set(n, {
        from: new Set(pages),
        times,
        done: () => {
          clearTimeout(timer);
          this.expected.delete(n);
          resolve(times);
        },
      });
    });
  }
}

interface Peer {
  context: BrowserContext;
  page: Page;
  title: string;
}

async function startPeer(
  url: string,
  ws: SeededWorkspace & { titles: string[] },
  title: string,
  arrivals: Arrivals,
  launch: Launch,
  k: number,
): Promise<Peer> {
  const context = await profileContext(launch, `sync-${k}`, {
    viewport: { width: 1400, height: 1100 },
    initScript: SYNC_SCRIPT,
  });
  await seed(context, url, ws);
  const page = await context.newPage();
  // A DevTools binding, one way: the page's call is an event here and nothing is sent back to it
  // (Playwright's exposeBinding answers every call with an evaluation in the page).
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== '__syncSeen') return;
    const [n, t] = payload.split(' ');
    arrivals.report(page, n!, Number(t));
  });
  await cdp.send('Runtime.enable'); // without it the binding is neither added nor reported
  await cdp.send('Runtime.addBinding', { name: '__syncSeen' });
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: `Karte öffnen: ${title}`, exact: true }).click({ timeout: 60_000 });
  // Opening a card lower down scrolls its column, and columns are virtualized: scroll back up so
  // that all ten edited cards are rendered here (otherwise this peer could never show some edits).
  await page
    .getByRole('region', { name: 'Ideen', exact: true })
    .locator('.card-list')
    .evaluate((list) => {
      list.scrollTop = 0;
    });
  for (const other of ws.titles.slice(0, PEERS))
    await page.getByRole('button', { name: `Karte öffnen: ${other}`, exact: true }).waitFor();
  return { context, page, title };
}

async function edit(peers: Peer[], arrivals: Arrivals, n: number): Promise<number[] | null> {
  const editor = peers[n % PEERS]!;
  const others = peers.filter((p) => p !== editor);
  const panel = editor.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  const arrived = arrivals.expect(
    String(n),
    others.map((p) => p.page),
  );
  const field = panel.getByLabel('Titel', { exact: true });
  await field.fill(`SYNC-${n} ${editor.title}`);
  await field.press('Enter');
  const seen = await arrived;
  if (!seen) return null;
  const sent = await editor.page.evaluate((k) => window.__syncEdits[k]!, String(n));
  return seen.map((t) => t - sent);
}

const byKind = ({ kinds }: { kinds: [string, number][] }) =>
  kinds.map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`).join(', ');

export async function syncBenchmark(
  url: string,
  ws: SeededWorkspace & { titles: string[] },
  launch: Launch,
  log: (line: string) => void,
): Promise<Figure> {
  const label = `sync: edit on one of ${PEERS} peers to visible on all others, p50 (p99 in details)`;
  const peers: Peer[] = [];
  try {
    const arrivals = new Arrivals();
    for (let k = 0; k < PEERS; k++) peers.push(await startPeer(url, ws, ws.titles[k]!, arrivals, launch, k));
    log(`sync: ${PEERS} peers started, waiting until they all connect`);
    // Until every peer is connected, a first edit does not reach everyone: retry for up to a minute.
    let ready = false;
    for (let attempt = 0; attempt < 6 && !ready; attempt++)
      ready = (await edit(peers, arrivals, 1000 + attempt)) !== null;
    if (!ready)
      return notMeasured(
        'sync.10peers',
        label,
        'ms',
        '≤ 50 / ≤ 200 ms',
        'the first edit did not reach every peer within a minute',
      );
    const idle = cpuByKind();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const idleCpu = cpuSince(idle, 5);
    const traced = peers[1]!;
    if (TRACE)
      await traced.context.browser()!.startTracing(traced.page, {
        path: TRACE,
        categories: (
          process.env.SENDEPLAN_BENCH_TRACE_CATEGORIES ??
          'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink'
        ).split(','),
      });
    const cdp = PROFILE ? await traced.page.context().newCDPSession(traced.page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const cpu = cpuByKind();
    const started = Date.now();
    const slowest: number[] = [];
    const all: number[] = [];
    let lost = 0;
    for (let n = 0; n < EDITS; n++) {
      if (n % 25 === 0) log(`sync: edit ${n} of ${EDITS}`);
      const latencies = await edit(peers, arrivals, n);
      if (!latencies) {
        if (++lost >= 10) break; // something is wrong; report what was measured
        continue;
      }
      slowest.push(Math.max(...latencies));
      all.push(...latencies);
    }
    log(
      `sync ${PEERS} peers: slowest receiver p50 ${median(slowest).toFixed(1)} ms, p99 ${percentile(slowest, 99).toFixed(1)} ms; any receiver p50 ${median(all).toFixed(1)} ms; ${lost} edits not seen by all within 5 s`,
    );
    const used = cpuSince(cpu, slowest.length);
    const perEdit = (Date.now() - started) / slowest.length;
    if (TRACE) {
      await traced.context.browser()!.stopTracing();
      log(`sync: trace of peer 2 written to ${TRACE}`);
    }
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(PROFILE!, JSON.stringify(profile));
      log(`sync: CPU profile of peer 2 written to ${PROFILE}`);
    }
    log(
      `sync: CPU of all processes per edit ${used.total.toFixed(0)} ms in ${perEdit.toFixed(0)} ms of wall time (${byKind(used)}); idle ${idleCpu.total.toFixed(0)} ms per second (${byKind(idleCpu)})`,
    );
    const p50 = median(slowest);
    const p99 = percentile(slowest, 99);
    const f = figure(
      'sync.10peers',
      label,
      p50,
      'ms',
      50,
      `${slowest.length} edits, ${ws.cards}-card workspace; p99 ${p99.toFixed(1)} ms (target ≤ 200); per receiver p50 ${median(all).toFixed(1)} ms; ${lost} lost`,
      { p99, receiverP50: median(all), receiverP99: percentile(all, 99), lost },
    );
    f.target = '≤ 50 ms p50, ≤ 200 ms p99';
    f.pass = lost === 0 && p50 <= 50 && p99 <= 200;
    return f;
  } finally {
    await Promise.all(peers.map((p) => p.context.close()));
  }
}
