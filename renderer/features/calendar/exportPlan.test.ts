import { describe, expect, it } from 'vitest';
import {
  addCampaign,
  createWorkspace,
  fillExamplePlan,
  readCards,
  setCardCampaign,
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
