/*
 * A realistic generated workspace for the benchmarks, built with the real model functions and a
 * fixed seed: the same choices every run (ids and Yjs client ids stay random, as in the app).
 *
 *   people    6 colleagues from the departments that feed the channels
 *   channels  6 channels with weekly slot templates
 *   cards     `cards` cards spread over the six default columns (more ideas than published posts),
 *             briefs of 150-450 characters, 1-3 channels, an owner, a field, 0-3 tags;
 *             `scheduled` of them (default 60 %) get a slot on a template day within two years
 *   requests  one input request for every 12th card, one approval for every 20th (when the model
 *             has them)
 */
import * as Y from 'yjs';
import * as model from '../shared/model';
import type { CardId, ChannelId, ColumnId, PersonId } from '../shared/model';

/** mulberry32: a small seeded generator, enough for picking test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  cards: number;
  seed?: number;
  /** Cards with a slot; default 60 % of `cards`. */
  scheduled?: number;
  /** First day of the two years of slots, YYYY-MM-DD. */
  from?: string;
  /** Comments on every tenth card (seedComments); default on. */
  comments?: boolean;
  /** Post texts on two channels of every card and the plan's fields (seedPosts); default on. */
  posts?: boolean;
}

export interface GeneratedWorkspace {
  doc: Y.Doc;
  me: PersonId;
  people: PersonId[];
  channels: ChannelId[];
  columns: ColumnId[];
  cards: CardId[];
  scheduled: CardId[];
}

const PEOPLE = [
  ['Lena Hoffmann', 'social'],
  ['Jonas Weber', 'marketing'],
  ['Sabine Krüger', 'press'],
  ['Dr. Thomas Brandt', 'management'],
  ['Aylin Demir', 'service'],
  ['Mehmet Yilmaz', 'marketing'],
] as const;

const CHANNELS = [
  ['Facebook', 'facebook', [2, 4]],
  ['Instagram', 'instagram', [1, 3, 5]],
  ['LinkedIn', 'linkedin', [2, 4]],
  ['X', 'x', [1, 3, 5]],
  ['Newsletter', 'newsletter', [4]],
  ['Blog', 'blog', [3]],
] as const;

const TOPICS = [
  'Kundenstimme',
  'Produktlaunch EcoLine',
  'Messe-Teaser',
  'Interview mit der Geschäftsführung',
  'FAQ-Karussell',
  'Behind the Scenes',
  'Ausbildungsstart',
  'Nachhaltigkeitsbericht',
  'Gewinnspiel',
  'Service-Tipp',
  'Case Study',
  'Karriere-Post',
];
const ANGLES = ['Teaser', 'Reel', 'Karussell', 'Story', 'Umfrage', 'Zitatkachel', 'Video', 'Beitrag'];
const SENTENCES = [
  'Freigabe durch die Geschäftsführung nötig, bitte rechtzeitig einplanen.',
  'Fotos aus der Werkstatt, Hochformat, Untertitel auf Deutsch.',
  'Zahlen kommen vom Controlling, Sperrfrist bis Donnerstag beachten.',
  'Zitat der Kundin liegt vor, Einverständnis für Name und Foto ist unterschrieben.',
  'Kurzer Text mit drei Kernaussagen, Link zur Landingpage, Hashtags sparsam.',
  'Abstimmung mit dem Kundenservice zu den häufigsten Rückfragen.',
  'Grafik im Stil der Herbstkampagne, Farben aus dem Styleguide.',
  'Für LinkedIn etwas ausführlicher, für Instagram nur die Kachel.',
];
const TAGS = ['Service', 'Karriere', 'Presse', 'EcoLine', 'Messe', 'Reel', 'Zahlen', 'Community', 'Video'];

/** Column weights: many ideas, fewer cards further along the workflow, many published. */
const COLUMN_WEIGHTS = [0.3, 0.15, 0.1, 0.1, 0.1, 0.25];

function addDays(key: string, days: number): string {
  const date = new Date(`${key}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function isoWeekday(key: string): number {
  const day = new Date(`${key}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * A client id for a document of the bench. Yjs draws a random 32-bit client id per document (per
 * session of the app) and writes it, as a varint, into every reference to an item: 15 of 16 random
 * ids take 5 bytes, the rest 1–4, which made the encoded sizes differ from run to run (up to 75 KB
 * for 2,000 cards). A fixed id from a seed, of 5 bytes like most, keeps them the same and
 * representative.
 */
export function benchClientId(seed: number): number {
  return 2 ** 28 + Math.floor(seededRandom(seed + 1)() * (2 ** 32 - 2 ** 28));
}

const COPY_SENTENCES = [
  'Neu bei uns: alles, was ihr zur Lieferung wissen müsst.',
  'Unsere Servicetechniker:innen beantworten eure Fragen live.',
  'Drei Tipps für einen warmen Winter ohne hohe Heizkosten 🔥',
  'Wir sind auf der BAU in München – Halle B2, Stand 311.',
  'Danke für 10.000 Follower! 🎉',
  'Mehr dazu im Link in der Bio.',
];
const FORMATS = ['image', 'carousel', 'video', 'story', 'link', 'text'] as const;

/**
 * The post of every card, as a team that plans posts writes it: a short text for one channel and
 * a longer one for another (a second channel is added where the card has one only), a format, a
 * link on every third card and hashtags, written through the model's mutations.
 */
export function seedPosts(
  doc: Y.Doc,
  cards: readonly CardId[],
  channels: readonly ChannelId[],
  random: () => number,
): void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  cards.forEach((id, i) => {
    const card = model.getCard(doc, id);
    if (!card) return;
    let two = card.channelIds.slice(0, 2);
    if (two.length < 2) {
      const other = channels.find((c) => !two.includes(c))!;
      two = [...two, other];
      model.updateCard(doc, id, { channelIds: [...card.channelIds, other] });
    }
    const short = `${pick(COPY_SENTENCES)} ${pick(COPY_SENTENCES)} #${pick(TAGS)}`;
    const long = Array.from({ length: 4 + Math.floor(random() * 4) }, () => pick(COPY_SENTENCES)).join('\n');
    model.setPostCopy(doc, id, two[0]!, short);
    model.setPostCopy(doc, id, two[1]!, long);
    model.updatePost(doc, id, {
      format: pick(FORMATS),
      link: i % 3 === 0 ? `https://example.com/beitrag/${i + 1}` : '',
      hashtags: [pick(TAGS), pick(TAGS)],
    });
  });
}

export function generateWorkspace(options: GenerateOptions): GeneratedWorkspace {
  const seed = options.seed ?? 20261129;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const doc = new Y.Doc();
  doc.clientID = benchClientId(seed);
  model.createWorkspace(doc, { name: `Bench ${options.cards}` });
  const columns = model.readColumns(doc).map((c) => c.id);
  const people = PEOPLE.map(([name, role]) => model.addPerson(doc, { name, role }));
  const me = people[0]!;
  model.setActor(doc, { id: me, name: PEOPLE[0][0] });
  const channels = CHANNELS.map(([name, kind, days]) =>
    model.addChannel(doc, {
      name,
      kind,
      slotTemplate: days.map((weekday) => ({ weekday, time: kind === 'newsletter' ? '07:00' : '09:30' })),
    }),
  );

  const cards: CardId[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < options.cards; i++) {
    let r = random();
    let column = 0;
    while (column < COLUMN_WEIGHTS.length - 1 && r > COLUMN_WEIGHTS[column]!) r -= COLUMN_WEIGHTS[column++]!;
    const sentences = 2 + Math.floor(random() * 5);
    const body = Array.from({ length: sentences }, () => pick(SENTENCES)).join(' ');
    const channelCount = 1 + Math.floor(random() * 3);
    const cardChannels = [...new Set(Array.from({ length: channelCount }, () => pick(channels)))];
    const tags = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))];
    cards.push(
      model.addCard(doc, {
        title: `${pick(TOPICS)}: ${pick(ANGLES)} #${i + 1}`,
        columnId: columns[column]!,
        body: body.slice(0, 450),
        ownerId: pick(people),
        channelIds: cardChannels,
        field: pick(model.ACTION_FIELDS),
        tags,
        createdBy: pick(people),
        now: start + i * 3_600_000,
      }),
    );
  }

  // Slots on template days over two years, spread evenly.
  const from = options.from ?? '2026-01-05';
  const scheduled = cards.slice(0, options.scheduled ?? Math.round(options.cards * 0.6));
  scheduled.forEach((id, i) => {
    const channelIndex = Math.floor(random() * channels.length);
    const weekdays = CHANNELS[channelIndex]![2] as readonly number[];
    let date = addDays(from, Math.floor((i / scheduled.length) * 730));
    while (!weekdays.includes(isoWeekday(date))) date = addDays(date, 1);
    model.scheduleCard(doc, id, { date, time: '09:30', channelId: channels[channelIndex]! });
  });

  if (options.posts !== false) seedPosts(doc, cards, channels, random);

  // Requests, when the model has them (requests.ts).
  const m = model as unknown as { [name: string]: unknown };
  if (typeof m.requestInput === 'function' && typeof m.requestApproval === 'function') {
    cards.forEach((cardId, i) => {
      try {
        if (i % 12 === 0) {
          model.requestInput(doc, {
            cardId,
            kind: 'visual',
            what: 'Foto vom Stand in Hochformat',
            why: 'Ohne Bild läuft der Post auf Instagram nicht.',
            toId: people[1 + (i % 5)]!,
            fromId: me,
            dueDate: addDays(from, i % 700),
            now: start + i * 3_600_000,
          });
        }
        if (i % 20 === 0) {
          model.requestApproval(doc, {
            cardId,
            approverIds: [people[3]!],
            fromId: me,
            why: 'Zahlen und Zitat der Geschäftsführung',
            dueDate: addDays(from, i % 700),
            now: start + i * 3_600_000,
          });
        }
      } catch {
        // The model refuses some combinations (an approver who owns the card): skip those.
      }
    });
  }
  if (options.comments !== false) seedComments(doc, cards, people, start);
  return { doc, me, people, channels, columns, cards, scheduled };
}

const COMMENTS = [
  'Passt der Text so? @{me} bitte einmal drüberlesen.',
  'Bild kommt morgen, ich habe es beim Fotografen angefragt.',
  'Die Zahlen stimmen, Quelle ist der Geschäftsbericht. @{me}',
] as const;

/**
 * Comments on every tenth card, as a team writes them: a question that mentions the first person,
 * an answer, and on every thirtieth card a third comment that mentions her again.
 */
export function seedComments(
  doc: Y.Doc,
  cards: readonly CardId[],
  people: readonly PersonId[],
  start: number,
) {
  const m = model as unknown as { [name: string]: unknown };
  if (typeof m.addComment !== 'function') return;
  const everyone = model.readPeople(doc);
  const me = everyone.find((p) => p.id === people[0])!;
  cards.forEach((cardId, i) => {
    if (i % 10 !== 0) return;
    const count = i % 30 === 0 ? 3 : 2;
    for (let n = 0; n < count; n++) {
      const author = everyone.find((p) => p.id === people[1 + ((i / 10 + n) % 5)])!;
      model.addComment(doc, {
        cardId,
        author,
        text: COMMENTS[n]!.replace('{me}', me.name),
        people: everyone,
        now: start + i * 3_600_000 + n * 600_000,
      });
    }
  });
}
