import { clip, LIMITS } from './bounds';
import * as Y from 'yjs';
import { applyPatch, cardsMap, change, channelsMap, newRecord, recordOf } from './doc';
import { newId, type ChannelId } from './ids';
import { compareOrdered, keyForPlacement, type Placement } from './ordering';
import { readChannel } from './read';
import type { Channel, ChannelKind, SlotTemplateEntry } from './schema';

export const CHANNEL_COLORS: { [kind in ChannelKind]: string } = {
  facebook: '#1877f2',
  instagram: '#c13584',
  linkedin: '#0a66c2',
  x: '#14171a',
  tiktok: '#ee1d52',
  youtube: '#ff0000',
  threads: '#101010',
  bluesky: '#1185fe',
  newsletter: '#2b8a3e',
  blog: '#e67700',
  other: '#868e96',
};

export function readChannels(doc: Y.Doc): Channel[] {
  const channels: Channel[] = [];
  channelsMap(doc).forEach((value, id) => {
    const channel = readChannel(id, value);
    if (channel) channels.push(channel);
  });
  return channels.sort(compareOrdered);
}

/** Yjs keeps a stored array itself, so a caller's later change to it must not reach the document. */
const copyTemplate = (template: readonly SlotTemplateEntry[]) =>
  template.map(({ weekday, time }) => ({ weekday, time }));

export interface NewChannel {
  name: string;
  kind: ChannelKind;
  color?: string;
  slotTemplate?: SlotTemplateEntry[];
}

export function addChannel(doc: Y.Doc, input: NewChannel): ChannelId {
  const id = newId<ChannelId>('ch');
  change(doc, () => {
    channelsMap(doc).set(
      id,
      newRecord({
        name: clip(input.name, LIMITS.name),
        kind: input.kind,
        color: input.color ?? CHANNEL_COLORS[input.kind],
        order: keyForPlacement(readChannels(doc), 'end'),
        slotTemplate: copyTemplate(input.slotTemplate ?? []),
      }),
    );
  });
  return id;
}

export function updateChannel(doc: Y.Doc, id: ChannelId, patch: Partial<Omit<NewChannel, never>>): void {
  change(doc, () => {
    const record = recordOf(channelsMap(doc), id);
    if (record) {
      applyPatch(record, {
        ...patch,
        name: patch.name === undefined ? undefined : clip(patch.name, LIMITS.name),
        slotTemplate: patch.slotTemplate && copyTemplate(patch.slotTemplate),
      });
    }
  });
}

const without = (ids: unknown[], id: string) => ids.filter((c) => c !== id);

/** Removes a channel; cards keep everything else and simply no longer list it. */
export function removeChannel(doc: Y.Doc, id: ChannelId): void {
  change(doc, () => {
    cardsMap(doc).forEach((value) => {
      if (!(value instanceof Y.Map)) return;
      const ids = value.get('channelIds');
      if (Array.isArray(ids) && ids.includes(id)) value.set('channelIds', without(ids, id));
    });
    channelsMap(doc).delete(id);
  });
}

/** Moves a channel in the calendar's row order (and every other list of channels). */
export function moveChannel(doc: Y.Doc, id: ChannelId, place: Placement): void {
  change(doc, () => {
    const record = recordOf(channelsMap(doc), id);
    if (!record) return;
    record.set(
      'order',
      keyForPlacement(
        readChannels(doc).filter((c) => c.id !== id),
        place,
      ),
    );
  });
}
