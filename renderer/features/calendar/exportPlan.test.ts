// The calendar export: a post's campaign and the names of its files in its description.
import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  addCampaign,
  addCard,
  addChannel,
  createWorkspace,
  fillExamplePlan,
  readCards,
  scheduleCard,
  setCardCampaign,
  setPostCopy,
  updatePost,
  type ColumnId,
} from '../../../shared/model';
import { translate, type Translate } from '../../i18n';
import { Session, type StorageFactory } from '../../sync/session';
import { planCalendar } from './exportPlan';

const inMemory: StorageFactory = () => ({
  whenSynced: Promise.resolve(),
  whenWritten: () => Promise.resolve(),
  destroy: () => Promise.resolve(),
});

describe('the calendar file', () => {
  it("names a post's campaign in its description and as a category", async () => {
    const session = new Session('export-plan-test', inMemory);
    createWorkspace(session.doc, { name: 'Test' });
    fillExamplePlan(session.doc, null);
    await session.ready;
    const [post, other] = readCards(session.doc).filter((card) => card.slot);
    const campaign = addCampaign(session.doc, {
      name: 'Winteraktion',
      color: '#1971c2',
      start: '2026-11-01',
      end: '2026-12-31',
    });
    setCardCampaign(session.doc, post!.id, campaign);
    const t: Translate = (key, params) => translate('de', key, params);
    const ics = planCalendar(
      session,
      [post!, other!].map((card) => readCards(session.doc).find((c) => c.id === card.id)!),
      t,
      Date.now(),
    ).replace(/\r\n /g, '');
    const [first, second] = ics.split('BEGIN:VEVENT').slice(1);
    expect(first).toContain('Kampagne: Winteraktion');
    expect(first).toMatch(/CATEGORIES:[^\r\n]*,Winteraktion/);
    expect(second).not.toContain('Kampagne');
    await session.destroy();
  });
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

  it('carries the plan’s fields and the text that goes out on the slot’s channel', async () => {
    const session = new Session('export-post-test', inMemory);
    await session.ready;
    const { doc } = session;
    createWorkspace(doc, { name: 'Redaktion' });
    const instagram = addChannel(doc, { name: 'Instagram', kind: 'instagram' });
    const linkedIn = addChannel(doc, { name: 'LinkedIn', kind: 'linkedin' });
    const card = addCard(doc, { title: 'Sommerfest', columnId: 'col-ideas' as ColumnId, body: 'Brief' });
    scheduleCard(doc, card, { date: '2030-06-03', time: '09:00', channelId: instagram });
    setPostCopy(doc, card, instagram, 'Wir feiern! #Sommerfest');
    setPostCopy(doc, card, linkedIn, 'Nur auf LinkedIn');
    updatePost(doc, card, {
      format: 'carousel',
      link: 'https://example.com/fest',
      cta: 'Jetzt anmelden',
      audience: 'Nachbarschaft',
      cmNote: 'Fragen zum Parken: Seite verlinken',
      kpi: '300 Anmeldungen',
    });
    const ics = planCalendar(
      session,
      [session.card(card)!],
      (key, params) => translate('de', key, params),
      Date.UTC(2030, 5, 1),
    ).replace(/\r\n /g, '');
    for (const line of [
      'Format: Karussell',
      'Link: https://example.com/fest',
      'Call-to-Action: Jetzt anmelden',
      'Zielgruppe: Nachbarschaft',
      'Hinweis fürs Community-Management: Fragen zum Parken: Seite verlinken',
      'KPI / Ergebnis: 300 Anmeldungen',
      'Wir feiern! #Sommerfest',
      'Brief',
    ])
      expect(ics).toContain(line.replace(/[,;]/g, (c) => `\\${c}`));
    expect(ics).not.toContain('Nur auf LinkedIn');
    await session.destroy();
  });
});
