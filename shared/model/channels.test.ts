import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, getCard } from './cards';
import { CHANNEL_COLORS, addChannel, readChannels, removeChannel, updateChannel } from './channels';
import type { ColumnId } from './ids';
import type { SlotTemplateEntry } from './schema';
import { createWorkspace } from './workspace';

const IDEAS = 'col-ideas' as ColumnId;

function workspace(): Y.Doc {
  const doc = new Y.Doc();
  createWorkspace(doc, { name: 'Redaktion' });
  return doc;
}

describe('channels', () => {
  it('adds a channel with a trimmed name, the colour of its kind and its weekly slots', () => {
    const doc = workspace();
    const slotTemplate = [
      { weekday: 1, time: '09:00' },
      { weekday: 3, time: '12:00' },
    ];
    const id = addChannel(doc, { name: ' Instagram ', kind: 'instagram', slotTemplate });
    expect(readChannels(doc)).toEqual([
      {
        id,
        name: 'Instagram',
        kind: 'instagram',
        color: CHANNEL_COLORS.instagram,
        order: expect.any(String),
        slotTemplate,
      },
    ]);
  });

  it('does not keep a reference to the caller’s slot template', () => {
    const doc = workspace();
    const slotTemplate: SlotTemplateEntry[] = [{ weekday: 1, time: '09:00' }];
    const id = addChannel(doc, { name: 'X', kind: 'x', slotTemplate });
    slotTemplate.push({ weekday: 2, time: '10:00' });
    slotTemplate[0]!.time = '23:00';
    const update: SlotTemplateEntry[] = [{ weekday: 5, time: '08:30' }];
    expect(readChannels(doc)[0]!.slotTemplate).toEqual([{ weekday: 1, time: '09:00' }]);
    updateChannel(doc, id, { slotTemplate: update });
    update[0]!.weekday = 7;
    expect(readChannels(doc)[0]!.slotTemplate).toEqual([{ weekday: 5, time: '08:30' }]);
  });

  it('lists channels in the order they were added, then by their order key', () => {
    const doc = workspace();
    const names = ['Facebook', 'Instagram', 'LinkedIn', 'X', 'Newsletter'];
    for (const name of names) addChannel(doc, { name, kind: 'other' });
    expect(readChannels(doc).map((c) => c.name)).toEqual(names);
    const record = doc.getMap('channels').get(readChannels(doc)[0]!.id) as Y.Map<unknown>;
    record.set('order', 42);
    expect(readChannels(doc).map((c) => c.name)).toEqual([...names.slice(1), 'Facebook']);
  });

  it('updates only the given fields', () => {
    const doc = workspace();
    const id = addChannel(doc, { name: 'Blog', kind: 'blog', slotTemplate: [{ weekday: 4, time: '07:00' }] });
    const before = readChannels(doc)[0]!;
    updateChannel(doc, id, { name: '  Firmenblog ' });
    expect(readChannels(doc)[0]).toEqual({ ...before, name: 'Firmenblog' });
    updateChannel(doc, id, { color: '#000000' });
    expect(readChannels(doc)[0]).toEqual({ ...before, name: 'Firmenblog', color: '#000000' });
  });

  it('removes a channel and takes it off every card, keeping the other channels', () => {
    const doc = workspace();
    const fb = addChannel(doc, { name: 'Facebook', kind: 'facebook' });
    const ig = addChannel(doc, { name: 'Instagram', kind: 'instagram' });
    const both = addCard(doc, { title: 'Beide', columnId: IDEAS, channelIds: [fb, ig] });
    const onlyFb = addCard(doc, { title: 'FB', columnId: IDEAS, channelIds: [fb] });
    const onlyIg = addCard(doc, { title: 'IG', columnId: IDEAS, channelIds: [ig] });
    removeChannel(doc, fb);
    expect(readChannels(doc).map((c) => c.id)).toEqual([ig]);
    expect(getCard(doc, both)!.channelIds).toEqual([ig]);
    expect(getCard(doc, onlyFb)).toMatchObject({ channelIds: [], problems: [] });
    expect(getCard(doc, onlyIg)!.channelIds).toEqual([ig]);
  });

  it('reads a damaged channel with safe defaults', () => {
    const doc = workspace();
    const record = new Y.Map<unknown>();
    record.set('name', 'Mastodon');
    record.set('kind', 'mastodon');
    record.set('slotTemplate', [{ weekday: 8, time: '09:00' }]);
    doc.getMap('channels').set('channel-bad', record);
    doc.getMap('channels').set('channel-garbage', 3);
    expect(readChannels(doc)).toEqual([
      { id: 'channel-bad', name: 'Mastodon', kind: 'other', color: '#888888', order: '~', slotTemplate: [] },
    ]);
  });
});
