import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCampaign, readCampaigns } from '../model/campaigns';
import { readCards } from '../model/cards';
import { readChannels } from '../model/channels';
import { readColumns } from '../model/columns';
import { LOCAL_ORIGIN } from '../model/doc';
import { applyImport, importKeyOf, importSteps } from '../model/importApply';
import { readPeople } from '../model/people';
import type { Card } from '../model/schema';
import { nameKey, type Decisions } from './plan';
import { importFile, planFile, plannedWorkspace, utf8 } from '../model/importTesting';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/** What a person sees of a card in a plan: independent of ids and of the order keys. */
function seen(doc: Y.Doc) {
  const channels = new Map(readChannels(doc).map((c) => [c.id as string, c.name]));
  const people = new Map(readPeople(doc).map((p) => [p.id as string, p.name]));
  const columns = new Map(readColumns(doc).map((c) => [c.id as string, c.title]));
  return readCards(doc)
    .map((card: Card) => ({
      title: card.title,
      body: card.body,
      slot: card.slot && `${card.slot.date} ${card.slot.time} ${channels.get(card.slot.channelId)}`,
      channels: card.channelIds.map((id) => channels.get(id)).sort(),
      owner: card.ownerId && people.get(card.ownerId),
      column: columns.get(card.pos.columnId),
      tags: [...card.tags],
      hashtags: [...card.post.hashtags],
    }))
    .sort((a, b) => `${a.slot}${a.title}`.localeCompare(`${b.slot}${b.title}`));
}

describe('plans as Excel and LibreOffice write them', () => {
  const files = ['excel-windows-1252.csv', 'excel-utf8-bom.csv', 'plan-libreoffice.xlsx'];

  it.each(files)('%s: every row at its day and time, umlauts right, unknown names listed', async (name) => {
    const doc = plannedWorkspace();
    const planned = await planFile(doc, fixture(name));
    if (!planned.ok) throw new Error(planned.error);
    const { plan } = planned;
    expect(plan.counts).toEqual({ create: 5, update: 0, skip: 0 });
    expect(plan.unknown).toEqual({
      channels: ['Xing', 'Mastodon'],
      people: ['Sophie Müller'],
      statuses: [],
      campaigns: ['Weihnachten', 'Recruiting'],
    });
    const first = plan.rows[0]!;
    expect(first).toMatchObject({
      line: 4,
      title: 'Frohe Weihnachten',
      body: 'Grüße aus Köln',
      copy: [{ channel: null, text: 'Wir wünschen frohe Festtage – Ihr Team' }],
      date: '2026-12-24',
      time: '09:00',
      channels: ['Instagram'],
      owner: 'Lena Krüger',
      // A plan's "Hashtags" are the post's; the card's own tags stay as they are.
      hashtags: ['Weihnachten', 'Team'],
      tags: null,
      campaign: 'Weihnachten',
      format: 'image',
      link: 'https://example.de/x',
    });
    // Format, link and campaign all have their place on a card now.
    expect(first.notTaken).toEqual([]);
    expect(plan.rows[1]).toMatchObject({ format: 'carousel', link: null });
    expect(plan.rows[2]!.problems).toEqual([
      { kind: 'unknownChannel', name: 'Xing' },
      { kind: 'unknownPerson', name: 'Sophie Müller' },
    ]);
    expect(plan.rows[3]!.copy[0]!.text).toContain(
      'Am 31.12. haben wir bis 14 Uhr geöffnet.\nBitte weitersagen!',
    );
  });

  it('all three read the same plan', async () => {
    const plans = await Promise.all(
      files.map(async (name) => {
        const doc = plannedWorkspace();
        await importFile(doc, fixture(name));
        return seen(doc);
      }),
    );
    expect(plans[1]).toEqual(plans[0]);
    expect(plans[2]).toEqual(plans[0]);
  });

  it('reads an English plan LibreOffice wrote with commas and ISO dates', async () => {
    const doc = plannedWorkspace();
    const result = await importFile(doc, fixture('libreoffice-english-comma.csv'));
    expect(result).toEqual({ created: 2, updated: 0, skipped: 0 });
    expect(seen(doc)[0]).toMatchObject({
      title: 'Merry Christmas',
      slot: '2026-12-24 09:00 Instagram',
      column: 'Freigegeben',
      tags: ['christmas', 'team'],
      owner: 'Lena Krüger',
    });
  });
});

describe('applying an import', () => {
  it('creates or maps unknown channels and people as decided, in one undo step', async () => {
    const doc = plannedWorkspace();
    const linkedIn = readChannels(doc).find((c) => c.name === 'LinkedIn')!.id;
    const decisions: Decisions = {
      channels: {
        [nameKey('Xing')]: { kind: 'map', id: linkedIn },
        [nameKey('Mastodon')]: { kind: 'create' },
      },
      people: { [nameKey('Sophie Müller')]: { kind: 'skip' } },
      statuses: {},
    };
    const undo = new Y.UndoManager([doc.getMap('cards'), doc.getMap('channels'), doc.getMap('people')], {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
    });
    const before = Y.encodeStateVector(doc);
    await importFile(doc, fixture('excel-utf8-bom.csv'), decisions);
    expect(readChannels(doc).map((c) => c.name)).toEqual(['Instagram', 'LinkedIn', 'Facebook', 'Mastodon']);
    expect(readPeople(doc).map((p) => p.name)).toEqual(['Jonas Weber', 'Lena Krüger']);
    const job = seen(doc).find((c) => c.title === 'Stellenanzeige Social Media')!;
    expect(job).toMatchObject({ slot: '2026-12-29 09:00 LinkedIn', owner: null, column: 'Ideen' });
    expect(seen(doc).find((c) => c.title === 'Neujahrsgruß')).toMatchObject({ column: 'Freigegeben' });
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readCards(doc)).toEqual([]);
    expect(readChannels(doc)).toHaveLength(3);
    expect(Y.encodeStateVector(doc)).not.toEqual(before);
  });

  it('makes the campaigns a plan names over the days of their rows, and finds them again by name', async () => {
    const doc = plannedWorkspace();
    const existing = addCampaign(doc, {
      name: 'recruiting',
      color: '#2f9e44',
      start: '2026-12-01',
      end: '2026-12-31',
    });
    const csv = utf8(
      [
        'Datum;Kanal;Thema;Kampagne',
        '24.12.2026;Instagram;Frohe Weihnachten;Weihnachten',
        '20.12.2026;Instagram;Adventsgruß;Weihnachten',
        '29.12.2026;Instagram;Stellenanzeige;Recruiting',
        '30.12.2026;Instagram;Ohne;',
      ].join('\n'),
    );
    const planned = await planFile(doc, csv);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.plan.unknown.campaigns).toEqual(['Weihnachten']);
    await importFile(doc, csv);
    const campaigns = readCampaigns(doc);
    const christmas = campaigns.find((c) => c.name === 'Weihnachten')!;
    expect(christmas).toMatchObject({ start: '2026-12-20', end: '2026-12-24' });
    expect(campaigns).toHaveLength(2);
    const byTitle = new Map(readCards(doc).map((card) => [card.title, card.campaignId]));
    expect(byTitle.get('Frohe Weihnachten')).toBe(christmas.id);
    expect(byTitle.get('Adventsgruß')).toBe(christmas.id);
    expect(byTitle.get('Stellenanzeige')).toBe(existing);
    expect(byTitle.get('Ohne')).toBeNull();
    // The same file again: no second campaign, the cards keep theirs.
    await importFile(doc, csv);
    expect(readCampaigns(doc)).toHaveLength(2);
    expect(new Map(readCards(doc).map((card) => [card.title, card.campaignId]))).toEqual(byTitle);
  });

  it('in steps: one transaction per step, the progress after each, the same cards as at once', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `${(i % 28) + 1}.03.2027;9:00;Instagram;Post ${i}`);
    const csv = utf8(['Datum;Uhrzeit;Kanal;Thema', ...rows].join('\n'));
    const doc = plannedWorkspace();
    const planned = await planFile(doc, csv);
    if (!planned.ok) throw new Error(planned.error);
    let transactions = 0;
    doc.on('afterTransaction', (t: Y.Transaction) => t.origin === LOCAL_ORIGIN && transactions++);
    const steps = importSteps(doc, planned.plan, { channels: {}, people: {}, statuses: {} }, {}, 10);
    const progress: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) progress.push(step.value);
    expect(progress).toEqual([10, 20]);
    expect(transactions).toBe(3);
    expect(step.value).toEqual({ created: 25, updated: 0, skipped: 0 });
    const once = plannedWorkspace();
    await importFile(once, csv);
    expect(seen(doc)).toEqual(seen(once));
  });

  it('a mapped name is no problem any more; a name to create still asks', async () => {
    const doc = plannedWorkspace();
    const linkedIn = readChannels(doc).find((c) => c.name === 'LinkedIn')!.id;
    const decisions: Decisions = {
      channels: { xing: { kind: 'map', id: linkedIn } },
      people: {},
      statuses: {},
    };
    const planned = await planFile(doc, fixture('excel-utf8-bom.csv'), decisions);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.plan.rows[2]!.problems).toEqual([{ kind: 'unknownPerson', name: 'Sophie Müller' }]);
    expect(planned.plan.rows[4]!.problems).toEqual([{ kind: 'unknownChannel', name: 'Mastodon' }]);
    expect(planned.plan.unknown.channels).toEqual(['Xing', 'Mastodon']);
  });

  it('skips the rows of a channel the user chose to skip, saying so for each row', async () => {
    const doc = plannedWorkspace();
    const decisions: Decisions = { channels: { xing: { kind: 'skip' } }, people: {}, statuses: {} };
    const planned = await planFile(doc, fixture('excel-utf8-bom.csv'), decisions);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.plan.rows[2]).toMatchObject({
      action: 'skip',
      problems: [{ kind: 'skippedChannel', name: 'Xing' }, expect.anything()],
    });
    expect(applyImport(doc, planned.plan, decisions)).toEqual({ created: 4, updated: 0, skipped: 1 });
  });

  it('creates a column for an unknown status unless it is mapped', async () => {
    const doc = plannedWorkspace();
    const csv =
      'Datum;Kanal;Thema;Status\n01.03.2027;Instagram;A;Korrektur\n02.03.2027;Instagram;B;korrektur\n';
    await importFile(doc, utf8(csv));
    expect(readColumns(doc).map((c) => c.title)).toContain('Korrektur');
    expect(new Set(seen(doc).map((c) => c.column))).toEqual(new Set(['Korrektur']));
  });

  it('stores the row key on the card, and the id column finds the card again', async () => {
    const doc = plannedWorkspace();
    await importFile(doc, utf8('ID;Thema;Datum;Kanal\nX-1;Alt;01.03.2027;Instagram\n'));
    const [card] = readCards(doc);
    expect(importKeyOf(doc, card!.id)).toBe('id:X-1');
    const result = await importFile(doc, utf8('ID;Thema;Datum;Kanal\nX-1;Neu;05.03.2027;Facebook\n'));
    expect(result).toEqual({ created: 0, updated: 1, skipped: 0 });
    expect(seen(doc)).toMatchObject([{ title: 'Neu', slot: '2027-03-05 09:00 Facebook' }]);
  });

  it('merges a row that repeats an earlier one of the same file', async () => {
    const doc = plannedWorkspace();
    const csv = 'Datum;Kanal;Thema;Notiz\n01.03.2027;Instagram;A;erste\n01.03.2027;Instagram;A;zweite\n';
    const planned = await planFile(doc, utf8(csv));
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.plan.rows[1]!.problems).toEqual([{ kind: 'duplicate', line: 2 }]);
    await importFile(doc, utf8(csv));
    expect(seen(doc)).toMatchObject([{ title: 'A', body: 'zweite' }]);
  });
});

/** A random plan as CSV text: titles with umlauts, quotes and separators, random days and times. */
const planRow = fc.record({
  title: fc
    .stringMatching(/^[A-Za-zÄÖÜäöüß0-9 ;,"'!?.-]{1,30}$/)
    .filter((t) => t.trim().length > 0 && !/^[=+\-@']/.test(t.trim())),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  hour: fc.integer({ min: 0, max: 23 }),
  channel: fc.constantFrom('Instagram', 'LinkedIn', 'Facebook', 'Xing'),
  text: fc.stringMatching(/^[A-Za-zäöü \n;"]{0,40}$/),
});
const csvCell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

describe('importing the same file again', () => {
  it('updates instead of duplicating: the second import changes nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(planRow, { minLength: 1, maxLength: 15 }), async (rows) => {
        const csv = [
          'Datum;Uhrzeit;Kanal;Thema;Posting-Text',
          ...rows.map((r) =>
            [`${r.day}.${r.month}.2027`, `${r.hour}:00`, r.channel, r.title, r.text].map(csvCell).join(';'),
          ),
        ].join('\r\n');
        const doc = plannedWorkspace();
        await importFile(doc, utf8(csv));
        const once = seen(doc);
        const count = readCards(doc).length;
        const stateBefore = Y.encodeStateVector(doc);
        const again = await importFile(doc, utf8(csv));
        expect(again.created).toBe(0);
        expect(readCards(doc)).toHaveLength(count);
        expect(seen(doc)).toEqual(once);
        // Nothing was written: an unchanged file leaves the document as it was.
        expect(Y.encodeStateVector(doc)).toEqual(stateBefore);
      }),
      { numRuns: 40 },
    );
  });

  it('updates the cards after they were moved and renamed in the app', async () => {
    const doc = plannedWorkspace();
    await importFile(doc, fixture('excel-utf8-bom.csv'));
    const cards = readCards(doc);
    doc.transact(() => {
      const record = doc.getMap('cards').get(cards[0]!.id) as Y.Map<unknown>;
      record.set('title', 'Umbenannt');
    }, LOCAL_ORIGIN);
    const result = await importFile(doc, fixture('excel-utf8-bom.csv'));
    expect(result).toEqual({ created: 0, updated: 5, skipped: 0 });
    expect(readCards(doc)).toHaveLength(5);
    expect(seen(doc).map((c) => c.title)).not.toContain('Umbenannt');
  });
});
