// Peers: each one its own Chromium process on its own persistent profile directory, so that
// IndexedDB, caches and WebRTC stacks are as separate as on two laptops. A peer can be closed and
// relaunched on the same profile (persistence tests), gracefully like a user closing the window
// or by SIGKILL like a crash. Profiles live in the OS temp dir and are removed after the test.
//
// Playwright's runner instruments these contexts like its own: with the config's trace and
// screenshot settings, a failed test keeps a trace and a screenshot of every peer page under
// test-results/e2e/.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium';
import { collectErrors } from './errors';

export interface Peer {
  /** The name given to openPeer(); unique within a test. */
  readonly name: string;
  /** The persistent Chromium profile (user-data-dir); survives reopen(). */
  readonly profileDir: string;
  /** The peer's current page. reopen() replaces it: read it again after reopening. */
  readonly page: Page;
  /** The peer's current persistent context (one per Chromium process). */
  readonly context: BrowserContext;
  /** Console errors and uncaught page errors of every launch so far. */
  readonly errors: string[];
  /** How many times this peer's Chromium has been started (1 after openPeer). */
  readonly launches: number;
}

export interface ReopenOptions {
  /** Kill the Chromium process with SIGKILL instead of closing it like a user. */
  crash?: boolean;
  /** Where to go after relaunching; defaults to the URL the page showed before closing. */
  url?: string;
}

class PeerProcess implements Peer {
  errors: string[] = [];
  launches = 0;
  private current: { context: BrowserContext; page: Page } | undefined;

  constructor(
    readonly name: string,
    readonly profileDir: string,
  ) {}

  get page(): Page {
    return this.running().page;
  }

  get context(): BrowserContext {
    return this.running().context;
  }

  get isRunning(): boolean {
    return this.current !== undefined;
  }

  private running(): { context: BrowserContext; page: Page } {
    if (!this.current) throw new Error(`Peer "${this.name}" is not running.`);
    return this.current;
  }

  async launch(url: string): Promise<void> {
    if (this.current) throw new Error(`Peer "${this.name}" is already running.`);
    const context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: chromiumPath,
      args: chromiumArgs(),
      headless: true,
      // Like the `app` fixture (playwright.config.ts): a laptop screen, German locale, Berlin time.
      viewport: { width: 1366, height: 900 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    this.launches += 1;
    const page = context.pages()[0] ?? (await context.newPage());
    this.current = { context, page };
    collectErrors(page, this.errors, `${this.name} #${this.launches}`);
    await page.goto(url);
  }

  /** Closes this peer's Chromium entirely; returns the URL its page showed. */
  async close(options: { crash?: boolean } = {}): Promise<string> {
    const { context, page } = this.running();
    const url = page.url();
    if (options.crash) {
      const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
      await killProfileProcesses(this.profileDir);
      await closed;
    } else {
      for (const p of context.pages()) await closeLikeAUser(p);
      await context.close();
    }
    this.current = undefined;
    return url;
  }

  /** Test teardown: stops Chromium and removes the profile (kept if SENDEPLAN_KEEP_PROFILES=1). */
  async dispose(): Promise<void> {
    if (this.current) await this.close().catch(() => killProfileProcesses(this.profileDir));
    if (process.env.SENDEPLAN_KEEP_PROFILES === '1') return;
    await rm(this.profileDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** Like a user closing the window: beforeunload, pagehide and unload run. */
async function closeLikeAUser(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
  await page.close({ runBeforeUnload: true });
  // A beforeunload prompt keeps the page open; the context close that follows ends it anyway.
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
}

/** SIGKILLs every process started with this profile directory (the browser and its children). */
async function killProfileProcesses(profileDir: string): Promise<void> {
  const marker = `--user-data-dir=${profileDir}`;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.split('\0').includes(marker)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** The peers of one test. */
export class PeerPool {
  private readonly peers = new Map<string, PeerProcess>();

  constructor(private readonly appUrl: string) {}

  async open(name: string, path = '/'): Promise<Peer> {
    if (!/^[\w-]+$/.test(name)) throw new Error(`Peer name "${name}" must be letters, digits, _ or -.`);
    if (this.peers.has(name)) throw new Error(`Peer "${name}" is already open in this test.`);
    const profileDir = await mkdtemp(join(tmpdir(), `sendeplan-peer-${name}-`));
    const peer = new PeerProcess(name, profileDir);
    this.peers.set(name, peer);
    await peer.launch(new URL(path, this.appUrl).href);
    return peer;
  }

  async reopen(peer: Peer, options: ReopenOptions = {}): Promise<Peer> {
    const own = this.peers.get(peer.name);
    if (own !== peer) throw new Error(`Peer "${peer.name}" was not opened by this test.`);
    const lastUrl = await own.close({ crash: options.crash ?? false });
    const url = options.url ?? (lastUrl.startsWith('http') ? lastUrl : this.appUrl);
    await own.launch(new URL(url, this.appUrl).href);
    return own;
  }

  async disposeAll(): Promise<void> {
    await Promise.all([...this.peers.values()].map((peer) => peer.dispose()));
    this.peers.clear();
  }
}
