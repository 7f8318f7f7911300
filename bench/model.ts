/*
 * Model benchmarks in Node: each mutation against a raw Y.Map write of the same fields in one
 * transaction, measured in alternating batches in the same process (the machine is shared and
 * noisy, so only the ratio of medians is judged); document size and growth.
 */
import * as Y from 'yjs';
import * as model from '../shared/model';
import { LOCAL_ORIGIN, type CardId, type ColumnId, type Placement } from '../shared/model';
import { columnSiblings } from '../shared/model/columnIndex';
import { figure, median, type Figure } from './figures';
import { benchClientId, seededRandom, generateWorkspace } from './workspace';

const BATCH = 50;
const ROUNDS = 60;

/** Per-operation time (ms) of `run(i)` over alternating batches: median of the rounds. */
function compare(pairs: { [name: string]: (i: number) => void }): { [name: string]: number } {
  const times: { [name: string]: number[] } = {};
  let i = 0;
  for (let round = -2; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(pairs)) {
      const start = performance.now();
      for (let k = 0; k < BATCH; k++) run(i++);
      const perOp = (performance.now() - start) / BATCH;
      if (round >= 0) (times[name] ??= []).push(perOp); // two warm-up rounds
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

function cardRecord(doc: Y.Doc, id: CardId): Y.Map<unknown> {
  return doc.getMap<unknown>('cards').get(id) as Y.Map<unknown>;
}

export function modelBenchmarks(log: (line: string) => void): Figure[] {
  const figures: Figure[] = [];
  const random = seededRandom(7);
  const ws = generateWorkspace({ cards: 2000 });
  const { doc, columns, cards, channels } = ws;
  const cardsMap = doc.getMap<unknown>('cards');

  // moveCard: a random card to a random column (5 of 6 moves change the column and so stamp who
  // moved it), at the start, the end or before a random sibling.
  const targets = Array.from({ length: 40_000 }, () => {
    const columnId = columns[Math.floor(random() * columns.length)]!;
    const kind = random();
    return { card: cards[Math.floor(random() * cards.length)]!, columnId, kind };
  });
  const placeFor = (columnId: ColumnId, kind: number): Placement => {
    if (kind < 0.3) return 'start';
    if (kind < 0.6) return 'end';
    const siblings = columnSiblings(doc, columnId);
    const anchor = siblings[Math.floor(kind * 7919) % Math.max(1, siblings.length)];
    return anchor ? { before: anchor.id } : 'end';
  };
  const moves = compare({
    moveCard: (i) => {
      const t = targets[i % targets.length]!;
      model.moveCard(doc, t.card, { columnId: t.columnId, place: placeFor(t.columnId, t.kind) });
    },
    // The same write: pos with the stamp of who moved the card into its column and when.
    raw: (i) => {
      const t = targets[i % targets.length]!;
      doc.transact(() => {
        const stamp = { n: 'Lena Hoffmann', s: Math.floor(Date.now() / 1000) };
        const pos = { columnId: t.columnId, order: `a${i.toString(36)}`, ...stamp };
        cardRecord(doc, t.card).set('pos', pos);
      }, LOCAL_ORIGIN);
    },
  });
  log(`moveCard ${moves.moveCard!.toFixed(4)} ms/op, raw pos set ${moves.raw!.toFixed(4)} ms/op`);
  figures.push(
    figure(
      'model.moveCard',
      'model: moveCard vs raw write of pos with its move stamp, 2,000 cards',
      moves.moveCard! / moves.raw!,
      'x',
      2,
      `median of ${ROUNDS} alternating batches of ${BATCH}`,
      { moveCardMs: moves.moveCard!, rawMs: moves.raw! },
    ),
  );

  // scheduleCard vs setting slot and channelIds directly.
  const days = Array.from({ length: 730 }, (_, d) =>
    new Date(Date.UTC(2026, 0, 5 + d)).toISOString().slice(0, 10),
  );
  const schedule = compare({
    scheduleCard: (i) =>
      model.scheduleCard(doc, cards[i % cards.length]!, {
        date: days[i % days.length]!,
        time: '09:30',
        channelId: channels[i % channels.length]!,
      }),
    raw: (i) =>
      doc.transact(() => {
        const record = cardRecord(doc, cards[i % cards.length]!);
        const channelId = channels[i % channels.length]!;
        const stamp = { n: 'Lena Hoffmann', s: Math.floor(Date.now() / 1000) };
        record.set('slot', { date: days[i % days.length]!, time: '09:30', channelId, ...stamp });
        const list = (record.get('channelIds') as string[] | undefined) ?? [];
        if (!list.includes(channelId)) record.set('channelIds', [...list, channelId]);
      }, LOCAL_ORIGIN),
  });
  log(`scheduleCard ${schedule.scheduleCard!.toFixed(4)} ms/op, raw ${schedule.raw!.toFixed(4)} ms/op`);
  figures.push(
    figure(
      'model.scheduleCard',
      'model: scheduleCard vs raw write of slot with its stamp, channelIds',
      schedule.scheduleCard! / schedule.raw!,
      'x',
      2,
      `median of ${ROUNDS} alternating batches of ${BATCH}`,
      { scheduleCardMs: schedule.scheduleCard!, rawMs: schedule.raw! },
    ),
  );

  // addCard vs a raw record with the same fields (on a fresh copy of the 2,000-card workspace).
  const body = 'Freigabe durch die Geschäftsführung nötig, bitte rechtzeitig einplanen. '.repeat(4);
  const adds = compare({
    addCard: (i) =>
      model.addCard(doc, {
        title: `Neue Karte ${i}`,
        columnId: columns[i % columns.length]!,
        body,
        ownerId: ws.me,
        channelIds: [channels[i % channels.length]!],
        field: 'marketing',
        tags: ['Messe'],
        createdBy: ws.me,
      }),
    raw: (i) =>
      doc.transact(() => {
        const text = new Y.Text();
        text.insert(0, body);
        const record = new Y.Map<unknown>();
        for (const [key, value] of Object.entries({
          title: `Neue Karte ${i}`,
          body: text,
          pos: { columnId: columns[i % columns.length]!, order: `a${i.toString(36)}` },
          channelIds: [channels[i % channels.length]!],
          ownerId: ws.me,
          field: 'marketing',
          tags: ['Messe'],
          createdAt: Date.now(),
          createdBy: ws.me,
        }))
          record.set(key, value);
        cardsMap.set(`card-${crypto.randomUUID()}`, record);
      }, LOCAL_ORIGIN),
  });
  log(`addCard ${adds.addCard!.toFixed(4)} ms/op, raw ${adds.raw!.toFixed(4)} ms/op`);
  figures.push(
    figure(
      'model.addCard',
      'model: addCard vs raw Y.Map record with the same fields',
      adds.addCard! / adds.raw!,
      'x',
      2,
      `median of ${ROUNDS} alternating batches of ${BATCH}`,
      { addCardMs: adds.addCard!, rawMs: adds.raw! },
    ),
  );

  // Size of a fresh 2,000-card workspace, and its growth after 10,000 moves.
  const fresh = generateWorkspace({ cards: 2000 });
  const size = (d: Y.Doc) => Y.encodeStateAsUpdate(d).byteLength;
  const initial = size(fresh.doc);
  // What the posts (copy on two channels, format, link, hashtags) add to each card (seedPosts).
  const withoutPosts = size(generateWorkspace({ cards: 2000, posts: false }).doc);
  const bodies = fresh.cards.reduce(
    (sum, id) => sum + new TextEncoder().encode(model.getCard(fresh.doc, id)?.body ?? '').byteLength,
    0,
  );
  figures.push(
    figure(
      'size.doc2000',
      'document size, 2,000 cards, encoded',
      initial / 1024 / 1024,
      'MB',
      1.5,
      'Y.encodeStateAsUpdate of the generated workspace (60 % scheduled, requests, history); 1 MB = 1,048,576 bytes',
      {
        bytes: initial,
        briefBytes: bodies,
        bytesPerCard: Math.round(initial / 2000),
        postBytesPerCard: Math.round((initial - withoutPosts) / 2000),
      },
    ),
  );

  // What the comments on every tenth card add (seedComments), and the document per card.
  const withoutComments = size(generateWorkspace({ cards: 2000, comments: false }).doc);
  const comments = model.readComments(fresh.doc).length;
  figures.push(
    figure(
      'size.perCard',
      'document size per card, 2,000 cards with comments on every tenth',
      initial / 2000,
      'bytes',
      null,
      `the generated workspace over its cards; its ${comments} comments take ${initial - withoutComments} bytes (generateWorkspace({ comments: false }) for the same workspace without them)`,
      {
        bytes: initial,
        withoutComments,
        comments,
        bytesPerComment: Math.round((initial - withoutComments) / comments),
      },
    ),
  );

  // The seed of the moves, and of the later session's client id that makes them.
  const movesSeed = 11;
  const growth = (sameColumn: boolean) => {
    const d = new Y.Doc();
    Y.applyUpdate(d, Y.encodeStateAsUpdate(fresh.doc));
    // The moves are made in a later session (Yjs gives every session a new client id): a fixed one,
    // so that the size is the same from run to run (benchClientId).
    d.clientID = benchClientId(movesSeed);
    model.setActor(d, { id: fresh.me, name: 'Lena Hoffmann' });
    const before = size(d);
    const pick = seededRandom(movesSeed);
    for (let i = 0; i < 10_000; i++) {
      const id = fresh.cards[Math.floor(pick() * fresh.cards.length)]!;
      const columnId = sameColumn
        ? (model.getCard(d, id)!.pos.columnId as ColumnId)
        : fresh.columns[Math.floor(pick() * fresh.columns.length)]!;
      const siblings = columnSiblings(d, columnId);
      const anchor = siblings[Math.floor(pick() * siblings.length)];
      model.moveCard(d, id, { columnId, place: anchor ? { before: anchor.id } : 'end' });
    }
    return size(d) - before;
  };
  const mixed = growth(false);
  const within = growth(true);
  log(`growth after 10,000 moves: ${mixed} bytes (random columns), ${within} bytes (within columns)`);
  figures.push(
    figure(
      'size.growth10kMoves',
      'growth of the encoded document after 10,000 card moves',
      mixed / 1024,
      'KB',
      150,
      '10,000 moveCard to random columns and places on the 2,000-card workspace (5 of 6 change the column); 1 KB = 1,024 bytes',
      { bytes: mixed, withinColumnsBytes: within },
    ),
  );
  return figures;
}
