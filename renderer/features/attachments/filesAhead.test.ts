// Which files are fetched before anyone opens their card: those of posts due from today on for
// AHEAD_DAYS days, not of posts past or further out, nor of archived cards; each file once.
import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  addCard,
  addChannel,
  addDaysKey,
  createWorkspace,
  scheduleCard,
  setArchived,
  toKey,
  type CardId,
  type ColumnId,
  type DateKey,
} from '../../../shared/model';
import { Session, type StorageFactory } from '../../sync/session';
import { AHEAD_DAYS, selectFilesAhead } from './FilesAhead';

const inMemory: StorageFactory = () => ({
  whenSynced: Promise.resolve(),
  whenWritten: () => Promise.resolve(),
  destroy: () => Promise.resolve(),
});

describe('selectFilesAhead', () => {
  it('takes the files of posts due in the coming days only', async () => {
    const session = new Session('files-ahead-test', inMemory);
    await session.ready;
    const { doc } = session;
    createWorkspace(doc, { name: 'Redaktion' });
    const channel = addChannel(doc, { name: 'Instagram', kind: 'instagram' });
    const today = toKey(new Date()) as DateKey;
    const post = (title: string, days: number | null, hash: string): CardId => {
      const card = addCard(doc, { title, columnId: 'col-ideas' as ColumnId });
      if (days !== null)
        scheduleCard(doc, card, { date: addDaysKey(today, days), time: '09:00', channelId: channel });
      addAttachment(doc, { cardId: card, hash, name: `${title}.png`, type: 'image/png', size: 5, by: null });
      return card;
    };
    post('heute', 0, 'a0'.repeat(32));
    post('zuletzt', AHEAD_DAYS, 'a1'.repeat(32));
    const twice = post('gleiches Bild', 1, 'a2'.repeat(32));
    addAttachment(doc, {
      cardId: twice,
      hash: 'a0'.repeat(32),
      name: 'noch einmal.png',
      type: 'image/png',
      size: 5,
      by: null,
    });
    post('gestern', -1, 'b0'.repeat(32));
    post('später', AHEAD_DAYS + 1, 'b1'.repeat(32));
    post('Idee', null, 'b2'.repeat(32));
    setArchived(doc, post('archiviert', 1, 'b3'.repeat(32)), true);

    const hashes = selectFilesAhead(session).map((a) => a.hash);
    expect(hashes.sort()).toEqual(['a0'.repeat(32), 'a1'.repeat(32), 'a2'.repeat(32)]);
    await session.destroy();
  });
});
