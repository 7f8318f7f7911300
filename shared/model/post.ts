/*
 * What a card posts: its text per channel and the plan's fields around it. Stored on the card
 * record, each field its own key so that concurrent edits of different fields all stay:
 *
 *   copy      Y.Map<ChannelId, Y.Text>   the post text per channel, edited character by character
 *                                        like the brief; made when a channel's text is first written
 *   format    one of POST_FORMATS        link   an http(s) URL        cta   Call-to-Action
 *   hashtags  string[] (without #)       audience   Zielgruppe        cmNote   Hinweis fürs Community-Management
 *   kpi       KPI / result after publishing
 *
 * The workspace's saved hashtag sets live in the top-level map `hashtagSets`: id → {name, tags}.
 *
 * Every field is optional (an older card has none), so this was added without a new schema
 * version: older apps leave the keys alone. A copy text made concurrently by two peers for the
 * same channel that had none converges to one of them (Yjs keeps one value per map key); the
 * brief avoids that by being made with the card, which for every channel would cost the size of
 * an empty text per channel and card.
 */
import * as Y from 'yjs';
import { clip, cut, cutProblem, isId, LIMITS } from './bounds';
import { cleanTags } from './cards';
import { leaveApprovedIfChanged } from './approvalChanges';
import { cardsMap, change, newRecord, recordOf } from './doc';
import { newId, type CardId, type ChannelId } from './ids';
import { POST_FORMATS, type Post, type PostFormat } from './schema';
import { applyTextChange, textStart } from './text';

export const hashtagSetsMap = (doc: Y.Doc) => doc.getMap<unknown>('hashtagSets');

export const NO_POST: Post = {
  copy: {},
  format: null,
  link: '',
  cta: '',
  hashtags: [],
  audience: '',
  cmNote: '',
  kpi: '',
};

/** An absolute http(s) URL with a host: what a post may link to (no javascript:, file: or mailto:). */
export function isPostLink(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > LIMITS.link || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const TEXT_FIELDS = {
  cta: LIMITS.title,
  audience: LIMITS.note,
  cmNote: LIMITS.note,
  kpi: LIMITS.note,
} as const;
type TextField = keyof typeof TEXT_FIELDS;

/** The post of a stored card record, read defensively; what was wrong is pushed onto `problems`. */
export function readPost(record: Y.Map<unknown>, problems: string[]): Post {
  const copy = Object.create(null) as { [channelId: string]: string };
  const copyValue = record.get('copy');
  if (copyValue instanceof Y.Map) {
    let count = 0;
    for (const [channelId, text] of copyValue.entries()) {
      if (count++ >= LIMITS.list) {
        problems.push(cutProblem('copy'));
        break;
      }
      if (!isId(channelId) || !(text instanceof Y.Text)) {
        problems.push('copy');
        continue;
      }
      const start = textStart(text, LIMITS.copy);
      if (start.length > LIMITS.copy) problems.push(cutProblem('copy'));
      copy[channelId] = cut(start, LIMITS.copy);
    }
  } else if (copyValue !== undefined) problems.push('copy');
  const post: { -readonly [K in keyof Post]: Post[K] } = { ...NO_POST, copy };
  const format = record.get('format');
  if ((POST_FORMATS as readonly unknown[]).includes(format)) post.format = format as PostFormat;
  else if (format !== undefined && format !== null) problems.push('format');
  const link = record.get('link');
  if (isPostLink(link)) post.link = link;
  else if (link !== undefined && link !== '') problems.push('link');
  for (const key of Object.keys(TEXT_FIELDS) as TextField[]) {
    const value = record.get(key);
    if (typeof value === 'string') {
      if (value.length > TEXT_FIELDS[key]) problems.push(cutProblem(key));
      post[key] = cut(value, TEXT_FIELDS[key]);
    } else if (value !== undefined) problems.push(key);
  }
  const hashtags = record.get('hashtags');
  if (Array.isArray(hashtags)) {
    if (hashtags.length > LIMITS.tags) problems.push(cutProblem('hashtags'));
    const read = hashtags.slice(0, LIMITS.tags).filter((tag): tag is string => typeof tag === 'string');
    if (read.length < Math.min(hashtags.length, LIMITS.tags)) problems.push('hashtags');
    post.hashtags = read.map((tag) => cut(tag, LIMITS.tag));
  } else if (hashtags !== undefined) problems.push('hashtags');
  return post;
}

export type PostErrorCode = 'link';

/** A refused post change: `link` for a link that is no http(s) URL. */
export class PostError extends Error {
  constructor(readonly code: PostErrorCode) {
    super(`Invalid post ${code}`);
    this.name = 'PostError';
  }
}

export interface PostPatch {
  format?: PostFormat | null;
  link?: string;
  cta?: string;
  hashtags?: readonly string[];
  audience?: string;
  cmNote?: string;
  kpi?: string;
}

/**
 * Changes the plan's fields of a card; an empty value removes the key. A link that is no http(s)
 * URL is refused (PostError 'link'). A change of format or link after approval takes the card
 * out of "Freigegeben" (approvalChanges.ts).
 */
export function updatePost(doc: Y.Doc, id: CardId, patch: PostPatch): void {
  const link = patch.link?.trim();
  if (link && !isPostLink(link)) throw new PostError('link');
  change(doc, () => {
    const record = recordOf(cardsMap(doc), id);
    if (!record) return;
    const set = (key: string, value: unknown) => {
      const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
      if (empty) record.delete(key);
      else record.set(key, value);
    };
    if (patch.format !== undefined) set('format', patch.format);
    if (link !== undefined) set('link', link);
    for (const key of Object.keys(TEXT_FIELDS) as TextField[]) {
      const value = patch[key];
      if (value !== undefined) set(key, clip(value, TEXT_FIELDS[key]));
    }
    if (patch.hashtags !== undefined) set('hashtags', cleanTags(patch.hashtags));
    leaveApprovedIfChanged(doc, id);
  });
}

/** The Y.Text of a channel's copy, made when missing (inside a transaction). */
function copyText(record: Y.Map<unknown>, channelId: ChannelId): Y.Text {
  let copy = record.get('copy');
  if (!(copy instanceof Y.Map)) {
    copy = new Y.Map<unknown>();
    record.set('copy', copy);
  }
  const map = copy as Y.Map<unknown>;
  let text = map.get(channelId);
  if (!(text instanceof Y.Text)) {
    text = new Y.Text();
    map.set(channelId, text);
  }
  return text as Y.Text;
}

/** Edits a channel's post text character by character (applyTextChange), like the brief. */
export function setPostCopy(doc: Y.Doc, id: CardId, channelId: ChannelId, next: string): void {
  if (!isId(channelId)) return;
  change(doc, () => {
    const record = recordOf(cardsMap(doc), id);
    if (!record) return;
    applyTextChange(copyText(record, channelId), clip(next, LIMITS.copy, false));
    leaveApprovedIfChanged(doc, id);
  });
}

/** "Von anderem Kanal übernehmen": the text of channel `from` becomes the text of channel `to`. */
export function copyPostFrom(doc: Y.Doc, id: CardId, from: ChannelId, to: ChannelId): void {
  if (from === to || !isId(from) || !isId(to)) return;
  change(doc, () => {
    const record = recordOf(cardsMap(doc), id);
    const source = record?.get('copy');
    if (!record || !(source instanceof Y.Map)) return;
    const text = source.get(from);
    if (!(text instanceof Y.Text)) return;
    applyTextChange(copyText(record, to), textStart(text, LIMITS.copy).slice(0, LIMITS.copy));
    leaveApprovedIfChanged(doc, id);
  });
}

// ---------------------------------------------------------------------------------------------
// Hashtag sets of the workspace

export interface HashtagSet {
  id: string;
  name: string;
  tags: readonly string[];
}

export function readHashtagSets(doc: Y.Doc): HashtagSet[] {
  const sets: HashtagSet[] = [];
  hashtagSetsMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map) || !isId(id) || sets.length >= LIMITS.list) return;
    const name = value.get('name');
    const tags = value.get('tags');
    if (typeof name !== 'string' || !Array.isArray(tags)) return;
    sets.push({
      id,
      name: cut(name, LIMITS.name),
      tags: tags
        .slice(0, LIMITS.tags)
        .filter((tag): tag is string => typeof tag === 'string')
        .map((tag) => cut(tag, LIMITS.tag)),
    });
  });
  return sets.sort((a, b) => a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1));
}

/** Saves the card's hashtags (or any) as a named set of the workspace. */
export function addHashtagSet(doc: Y.Doc, input: { name: string; tags: readonly string[] }): string {
  const id = newId('hs');
  change(doc, () => {
    hashtagSetsMap(doc).set(
      id,
      newRecord({ name: clip(input.name, LIMITS.name), tags: cleanTags(input.tags) }),
    );
  });
  return id;
}

export function removeHashtagSet(doc: Y.Doc, id: string): void {
  change(doc, () => hashtagSetsMap(doc).delete(id));
}
