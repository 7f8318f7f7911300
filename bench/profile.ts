/*
 * `npm run bench -- --profile`: CPU profiles (CDP Profiler) of one cold open of the 2,000- and
 * 10,000-card workspaces and of 10 keyboard moves, written to test-results/bench/*.cpuprofile
 * (open them in Chromium's DevTools, Performance tab) and summarised as the functions with the
 * most self time. This is what docs/performance.md quotes where a target is not met.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  measureKeyboardMoves,
  profileContext,
  seedAndWarmUp,
  type Launch,
  type SeededWorkspace,
} from './browser';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions with the most self time, as "ms  name  file:line". */
export function summarize(profile: Profile, top = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || '';
    const key = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

async function profiled<T>(page: Page, context: BrowserContext, run: () => Promise<T>): Promise<Profile> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile as unknown as Profile;
}

export async function profileBenchmarks(
  launch: Launch,
  baseUrl: string,
  workspaces: SeededWorkspace[],
  out: string,
  log: (line: string) => void,
): Promise<void> {
  for (const ws of workspaces) {
    const context = await profileContext(launch, `profile-${ws.cards}`);
    await seedAndWarmUp(context, baseUrl, ws);
    const page = await context.newPage();
    await page.goto('about:blank');
    const open = await profiled(page, context, async () => {
      await page.goto(`${baseUrl}/`);
      await page.evaluate(() => withTimeout(window.__bench.opened, 60_000, 'no card shown'));
    });
    writeFileSync(join(out, `open-${ws.cards}.cpuprofile`), JSON.stringify(open));
    log(`open ${ws.cards}: ${await page.evaluate(() => window.__bench.open)} ms; most self time:`);
    summarize(open).forEach((line) => log(line));
    const keys = await profiled(page, context, () => measureKeyboardMoves(page, 10));
    writeFileSync(join(out, `keyboard-${ws.cards}.cpuprofile`), JSON.stringify(keys));
    log(`10 keyboard moves on ${ws.cards} cards; most self time:`);
    summarize(keys).forEach((line) => log(line));
    await context.close();
  }
}
