/*
 * Brings the team relay up to what this device has: every file of the workspace's cards that is
 * kept here and that the relay lacks is uploaded to it, whether it was added on this device,
 * received from a colleague over WebRTC, or added while the relay was unreachable. So a colleague
 * who is never online with the device that had the file still gets it from the relay.
 *
 * The relay is asked what it has in one query per STATE_BATCH files (an answer of 200 for a file
 * it lacks, no failed request in the console); each missing file is uploaded once, in parts, going
 * on where an earlier attempt stopped (relayFiles.ts). A file the relay confirmed is not asked
 * about again while the client is the same. A pass runs when the relay becomes reachable and when
 * a file is stored here; one pass at a time, a request for another while one runs runs after it.
 */
import type { FileStore } from './fileStore';
import type { RelayFileResult, RelayFileState } from '../relayFiles';

/** Refusals that concern the one file, not the workspace. */
const FILE_REFUSALS = new Set(['file-too-large', 'hash', 'invalid']);

/** Files named in one state query (the relay takes up to 1,000). */
const STATE_BATCH = 500;

/** What of the relay's file client the uploads use (RelayFiles). */
export interface RelayUploadClient {
  states(hashes: readonly string[]): Promise<RelayFileResult<Map<string, RelayFileState>>>;
  upload(hash: string, blob: Blob): Promise<RelayFileResult<void>>;
}

export type UploadReport = (hash: string, problem: string, message: string) => void;

export class RelayUploads {
  /** Files the current client's relay has (confirmed or uploaded). */
  private readonly onRelay = new Set<string>();
  /** Files the current client's relay refused (too large, workspace full): not tried again. */
  private readonly refused = new Set<string>();
  private client: RelayUploadClient | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: FileStore,
    /** The hashes of the files on the workspace's cards (only these go to the relay). */
    private readonly onCards: () => Iterable<string>,
    /** The relay's file client now, or null without a relay. */
    private readonly relay: () => RelayUploadClient | null,
    private readonly report: UploadReport = () => undefined,
  ) {}

  /** Asks for a pass; resolves when the pass that covers this request ended. */
  sync(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  stop(): void {
    this.stopped = true;
  }

  private async pass(): Promise<void> {
    const client = this.relay();
    if (!client) return;
    if (client !== this.client) {
      this.client = client;
      this.onRelay.clear();
      this.refused.clear();
    }
    const cards = new Set(this.onCards());
    const here = (await this.store.hashes()).filter(
      (hash) => cards.has(hash) && !this.onRelay.has(hash) && !this.refused.has(hash),
    );
    const missing: string[] = [];
    for (let i = 0; i < here.length; i += STATE_BATCH) {
      const batch = here.slice(i, i + STATE_BATCH);
      const states = await client.states(batch);
      // Unreachable or refused: the next pass (relay back, another file) asks again.
      if (!states.ok) return;
      for (const hash of batch)
        if (states.value.get(hash)?.complete) this.onRelay.add(hash);
        else missing.push(hash);
    }
    for (const hash of missing) {
      if (this.stopped || this.relay() !== client) return;
      const blob = await this.store.get(hash);
      if (!blob) continue;
      const result = await client.upload(hash, blob);
      if (result.ok) {
        this.onRelay.add(hash);
        continue;
      }
      if (result.problem === 'unreachable') return;
      this.report(hash, result.problem, result.message);
      // A refusal of this file is final for this relay; one of the workspace (its token, deleted,
      // full) ends the pass, and the next one asks again.
      if (!FILE_REFUSALS.has(result.problem)) return;
      this.refused.add(hash);
    }
  }
}
