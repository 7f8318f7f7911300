// The calendar export names the files of a post in its description.
import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  addCard,
  addChannel,
  createWorkspace,
  scheduleCard,
  type ColumnId,
} from '../../../shared/model';
import { translate } from '../../i18n';
import { Session, type StorageFactory } from '../../sync/session';
import { planCalendar } from './exportPlan';

const inMemory: StorageFactory = () => ({
  whenSynced: Promise.resolve(),
  whenWritten: () => Promise.resolve(),
  destroy: () => Promise.resolve(),
});

describe('planCalendar', () => {
  it('lists the names of a post’s files in its description', async () => {
    const session = new Session('export-test', inMemory);
    await session.ready;
    const { doc } = session;
    createWorkspace(doc, { name: 'Redaktion' });
    const channel = addChannel(doc, { name: 'Instagram', kind: 'instagram' });
    const card = addCard(doc, { title: 'Sommerfest', columnId: 'col-ideas' as ColumnId });
    scheduleCard(doc, card, { date: '2030-06-03', time: '09:00', channelId: channel });
    addAttachment(doc, {
      cardId: card,
      hash: 'ab'.repeat(32),
      name: 'buehne.png',
      type: 'image/png',
      size: 5,
      by: null,
    });
    const ics = planCalendar(
      session,
      [session.card(card)!],
      (key, params) => translate('de', key, params),
      Date.UTC(2030, 5, 1),
    );
    expect(ics.replace(/\r\n /g, '')).toContain('Dateien: buehne.png');
    await session.destroy();
  });
});
