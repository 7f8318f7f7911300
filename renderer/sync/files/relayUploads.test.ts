// Bringing the relay up to what a device has, against a relay client in memory: what is asked,
// what is uploaded, once; an unreachable relay and refusals. relay/files.test.ts runs the same
// against the real relay process.
import { describe, expect, it } from 'vitest';
import type { RelayFileResult, RelayFileState } from '../relayFiles';
import { FileStore } from './fileStore';
import { RelayUploads, type RelayUploadClient } from './relayUploads';
import { MemoryBackend } from './testing/memoryBackend';

const blob = (text: string) => new Blob([new TextEncoder().encode(text)]);

/** A relay in memory that records what it was asked and sent. */
class FakeRelay implements RelayUploadClient {
  readonly has = new Set<string>();
  readonly asked: string[][] = [];
  readonly uploads: string[] = [];
  reachable = true;
  refuse: RelayFileResult<void> | null = null;

  states(hashes: readonly string[]): Promise<RelayFileResult<Map<string, RelayFileState>>> {
    if (!this.reachable)
      return Promise.resolve({ ok: false, problem: 'unreachable', message: 'nicht erreichbar' });
    this.asked.push([...hashes]);
    return Promise.resolve({
      ok: true,
      value: new Map(hashes.map((h) => [h, { complete: this.has.has(h), offset: 0 }])),
    });
  }

  upload(hash: string): Promise<RelayFileResult<void>> {
    if (!this.reachable)
      return Promise.resolve({ ok: false, problem: 'unreachable', message: 'nicht erreichbar' });
    if (this.refuse) return Promise.resolve(this.refuse);
    this.uploads.push(hash);
    this.has.add(hash);
    return Promise.resolve({ ok: true, value: undefined });
  }
}

async function setUp() {
  const store = new FileStore(new MemoryBackend());
  const [picture, video, removed] = await Promise.all(
    ['Bild', 'Video', 'entfernt'].map((text) => store.put(blob(text))),
  );
  const relay = new FakeRelay();
  const onCards = new Set([picture!, video!]);
  const reports: string[] = [];
  const uploads = new RelayUploads(
    store,
    () => onCards,
    () => relay,
    (_hash, problem) => reports.push(problem),
  );
  return { store, relay, uploads, onCards, reports, picture: picture!, video: video!, removed: removed! };
}

describe('RelayUploads', () => {
  it('uploads each file on the cards the relay lacks once, asks once, and leaves the rest', async () => {
    const { relay, uploads, picture, video } = await setUp();
    relay.has.add(picture);
    await uploads.sync();
    expect(relay.asked.map((hashes) => [...hashes].sort())).toEqual([[picture, video].sort()]);
    expect(relay.uploads).toEqual([video]);
    await uploads.sync();
    // Everything is confirmed: nothing asked, nothing sent again.
    expect(relay.asked).toHaveLength(1);
    expect(relay.uploads).toEqual([video]);
  });

  it('a file stored later (received from a colleague) goes up on the next pass', async () => {
    const { store, relay, uploads, onCards } = await setUp();
    await uploads.sync();
    const received = await store.put(blob('von Ben empfangen'));
    onCards.add(received);
    await uploads.sync();
    expect(relay.uploads.at(-1)).toBe(received);
    expect(relay.asked.at(-1)).toEqual([received]);
  });

  it('while the relay is unreachable nothing is confirmed; when it is back, the files go up', async () => {
    const { relay, uploads, picture, video } = await setUp();
    relay.reachable = false;
    await uploads.sync();
    expect(relay.uploads).toEqual([]);
    relay.reachable = true;
    await uploads.sync();
    expect(relay.uploads.sort()).toEqual([picture, video].sort());
  });

  it('a file the relay refuses is reported and not tried again; a workspace refusal ends the pass', async () => {
    const { relay, uploads, reports } = await setUp();
    relay.refuse = { ok: false, problem: 'file-too-large', message: 'zu groß' };
    await uploads.sync();
    expect(reports).toEqual(['file-too-large', 'file-too-large']);
    await uploads.sync();
    expect(reports).toHaveLength(2);

    const other = await setUp();
    other.relay.refuse = { ok: false, problem: 'workspace-full', message: 'voll' };
    await other.uploads.sync();
    expect(other.reports).toEqual(['workspace-full']);
    other.relay.refuse = null;
    await other.uploads.sync();
    expect(other.relay.uploads).toHaveLength(2);
  });

  it('passes asked for while one runs run after it, one at a time', async () => {
    const { relay, uploads } = await setUp();
    await Promise.all([uploads.sync(), uploads.sync(), uploads.sync()]);
    expect(relay.uploads).toHaveLength(2);
    expect(new Set(relay.uploads).size).toBe(2);
  });
});
