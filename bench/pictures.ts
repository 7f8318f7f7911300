/*
 * The open with pictures, in Chromium: the 2,000-card workspace of the open figure, once as it is
 * and once with 300 pictures of 2 MB on its cards (the first 30 cards of the first column, which
 * the board shows without scrolling, and 270 further ones), their thumbnails in the device's file
 * store as after a colleague delivered them. The originals are not on the device (they are fetched
 * when a card is opened), as for a colleague who has not opened those cards yet.
 *
 * Figures: the open of each (navigation start to the first card painted, median of 5 cold opens,
 * alternating with load-only opens as the open figure does) and their ratio in the same run; and
 * when the thumbnails of the tiles in view are all painted (after the open, not part of it).
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { addAttachment, type CardId, type PersonId } from '../shared/model';
import { columnSiblings } from '../shared/model/columnIndex';
import { measureOpen, profileContext, type Launch, type SeededWorkspace } from './browser';
import { figure, median, type Figure } from './figures';
import { generateWorkspace } from './workspace';

const PICTURES = 300;
const CARDS = 2_000;

/** 300 JPEG thumbnails as the app makes them (160 px, quality 0.72), each of other shapes. */
async function thumbnails(page: Page): Promise<Buffer[]> {
  const encoded = await page.evaluate(async (count) => {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const canvas = document.createElement('canvas');
      canvas.width = 160;
      canvas.height = 120;
      const c = canvas.getContext('2d')!;
      c.fillStyle = `hsl(${(i * 47) % 360} 60% 55%)`;
      c.fillRect(0, 0, 160, 120);
      for (let j = 0; j < 40; j++) {
        c.fillStyle = `hsl(${(i * 13 + j * 29) % 360} 70% ${30 + (j % 5) * 10}%)`;
        c.fillRect((j * 37 + i) % 160, (j * 23 + i * 3) % 120, 12 + (j % 7) * 3, 8 + (j % 5) * 4);
      }
      const blob = await new Promise<Blob>((resolve) =>
        canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.72),
      );
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      out.push(btoa(text));
    }
    return out;
  }, PICTURES);
  return encoded.map((text) => Buffer.from(text, 'base64'));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The workspace's state, with the pictures when `thumbs` are given; written for the bench server. */
function prepare(out: string, name: string, thumbs: Buffer[] | null): SeededWorkspace {
  const ws = generateWorkspace({ cards: CARDS, scheduled: CARDS, from: '2025-12-01' });
  if (thumbs) {
    const inView = columnSiblings(ws.doc, ws.columns[0]!)
      .slice(0, 30)
      .map((s) => s.id as CardId);
    const others = ws.cards.filter((id) => !inView.includes(id));
    thumbs.forEach((thumb, i) => {
      const cardId = i < inView.length ? inView[i]! : others[(i * 6) % others.length]!;
      addAttachment(ws.doc, {
        cardId,
        hash: sha256(Buffer.from(`original ${i}`)),
        name: `IMG_2026${String(1000 + i)}_Motiv.jpg`,
        type: 'image/jpeg',
        size: 2 * 1024 * 1024 + i * 997,
        width: 4032,
        height: 3024,
        thumb: { hash: sha256(thumb), size: thumb.length },
        by: ws.me as PersonId,
      });
    });
  }
  const file = `bench-seed-${name}.bin`;
  writeFileSync(join(out, 'renderer', file), Y.encodeStateAsUpdate(ws.doc));
  return {
    id: `bench-${name}-${Date.now().toString(36)}`,
    name: `Bench ${name}`,
    secret: `secret-${name}-0123456789abcdef`,
    me: ws.me,
    file: `/${file}`,
    cards: CARDS,
  };
}

/** Puts the thumbnails into the workspace's file store (idbBackend.ts), as after they arrived. */
async function storeThumbnails(context: BrowserContext, baseUrl: string, id: string, thumbs: Buffer[]) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/hub-info.json`);
  await page.evaluate(
    async ({ id, files }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(`sendeplan-files-${id}`, 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('files');
          open.result.createObjectStore('parts');
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('files', 'readwrite');
      for (const [hash, base64] of files) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        tx.objectStore('files').put(new Blob([bytes], { type: 'image/jpeg' }), hash);
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { id, files: thumbs.map((t) => [sha256(t), t.toString('base64')] as const) },
  );
  await page.close();
}

/** Milliseconds from navigation start until every thumbnail in view is painted. */
function thumbnailsShown(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const inView = [...document.querySelectorAll<HTMLElement>('.tile-thumb')].filter((el) => {
            const r = el.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
          });
          const done =
            inView.length > 0 &&
            inView.every((el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0);
          if (done) return requestAnimationFrame(() => resolve(performance.now()));
          if (performance.now() - started > 30_000) return reject(new Error('thumbnails not shown'));
          setTimeout(check, 5);
        };
        check();
      }),
  );
}

export async function picturesBenchmark(
  launch: Launch,
  baseUrl: string,
  out: string,
  log: (line: string) => void,
): Promise<Figure[]> {
  const plain = prepare(out, 'plain-2000', null);
  const scratch = await profileContext(launch, 'pictures-thumbs');
  let thumbs: Buffer[];
  try {
    const page = await scratch.newPage();
    await page.goto(`${baseUrl}/hub-info.json`);
    thumbs = await thumbnails(page);
  } finally {
    await scratch.close();
  }
  const pictures = prepare(out, 'pictures-2000', thumbs);
  log(
    `pictures: ${PICTURES} thumbnails of ${(thumbs.reduce((s, t) => s + t.length, 0) / PICTURES / 1024).toFixed(1)} KB on average`,
  );

  const plainContext = await profileContext(launch, 'open-plain-2000');
  const plainOpen = await measureOpen(plainContext, baseUrl, plain, 5, log).finally(() =>
    plainContext.close(),
  );
  const picturesContext = await profileContext(launch, 'open-pictures-2000');
  let shown: number;
  let opens: { open: number[]; baseline: number[] };
  try {
    await storeThumbnails(picturesContext, baseUrl, pictures.id, thumbs);
    const run = await measureOpen(picturesContext, baseUrl, pictures, 5, log);
    opens = run.opens;
    await run.page.close();
    // A further cold open, to time the thumbnails (the last measured page had them from before).
    const page = await picturesContext.newPage();
    await page.goto(`${baseUrl}/`);
    shown = await thumbnailsShown(page);
    await page.close();
  } finally {
    await picturesContext.close();
  }
  const withPictures = median(opens.open);
  const without = median(plainOpen.opens.open);
  const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  return [
    figure(
      'open.2000.pictures',
      'open 2,000 cards with 300 pictures of 2 MB (thumbnails in view)',
      withPictures,
      'ms',
      400,
      `median of 5 cold opens: ${list(opens.open)} ms; the same workspace without pictures in the same run ${without.toFixed(0)} ms (${list(plainOpen.opens.open)}); thumbnails in view painted at ${shown.toFixed(0)} ms`,
      { withoutMs: without, thumbnailsShownMs: shown },
    ),
    figure(
      'open.2000.pictures.ratio',
      'open with 300 pictures vs without (same run)',
      withPictures / without,
      'x',
      null,
      'medians of 5 cold opens each',
    ),
  ];
}
