import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAbsence } from '../model/absences';
import { addCampaign, setCardCampaign } from '../model/campaigns';
import { addCard, readCards, updateCard } from '../model/cards';
import { readChannels } from '../model/channels';
import { LOCAL_ORIGIN } from '../model/doc';
import type { ColumnId } from '../model/ids';
import { importFile, plannedWorkspace } from '../model/importTesting';
import { exportNames, workspaceJson } from '../model/jsonExport';
import { readPeople } from '../model/people';
import { setPostCopy, updatePost } from '../model/post';
import { applyProcess } from '../model/processPlan';
import { readProcesses } from '../model/processes';
import { fillExamplePlan } from '../model/sample';
import { createSeries } from '../model/series';
import { scheduleCard } from '../model/slots';
import { createWorkspace } from '../model/workspace';
import { guardCell, planCsv, planRows, planSheet } from './exportRows';
import { readXlsxRows } from './xlsxReader';
import { xlsxBytes } from './xlsxWriter';

/** A plan with the hard cases: umlauts, separators, quotes, line breaks, formulas, cards without a slot. */
function samplePlan(): Y.Doc {
  const doc = plannedWorkspace();
  const [instagram, linkedIn] = readChannels(doc);
  const [jonas] = readPeople(doc);
  const add = (title: string, body: string, slot: [string, string, string] | null, column = 'col-ideas') => {
    const id = addCard(doc, {
      title,
      body,
      columnId: column as ColumnId,
      ownerId: jonas!.id,
      tags: ['Sommer', 'Aktion'],
    });
    if (slot) scheduleCard(doc, id, { date: slot[0], time: slot[1], channelId: slot[2] as never });
    return id;
  };
  const greeting = add(
    'Grüße; aus "Köln"',
    'Zeile 1\nZeile 2; mit Semikolon',
    ['2026-12-24', '09:00', instagram!.id],
    'col-approved',
  );
  // A campaign travels by its name: an import into another workspace makes it there.
  const campaign = addCampaign(doc, {
    name: 'Weihnachten',
    color: '#d9480f',
    start: '2026-12-01',
    end: '2026-12-26',
  });
  setCardCampaign(doc, greeting, campaign);
  // The post's hashtags and the card's tags travel in columns of their own.
  updatePost(doc, greeting, { hashtags: ['Weihnachten'] });
  add('=HYPERLINK("http://böse.example";"klick")', '+49 221 123', ['2026-12-28', '12:30', linkedIn!.id]);
  add('-5 % auf alles', '@team bitte prüfen', ['2027-01-02', '07:05', instagram!.id], 'col-review');
  add('Idee ohne Termin', '', null);
  // Format and link travel with the plan (rows.ts reads them back).
  const sale = readCards(doc).find((c) => c.title === '-5 % auf alles')!.id;
  updatePost(doc, sale, {
    format: 'video',
    link: 'https://example.com/aktion?x=1',
    cta: 'Jetzt sichern',
    audience: 'Bestandskunden, 30–50',
    cmNote: 'Fragen zu Versandkosten: auf die FAQ verweisen.\nKeine Rabattcodes im Kommentar.',
    kpi: '1.200 Klicks',
  });
  // The post text per channel: two channels with different texts travel as sections of one cell.
  updateCard(doc, sale, { channelIds: [instagram!.id, linkedIn!.id] });
  setPostCopy(doc, sale, instagram!.id, '5 % weniger auf alles 🎉\n[Nur heute]\n#Sale');
  setPostCopy(doc, sale, linkedIn!.id, 'Fünf Prozent auf das ganze Sortiment; nur bis Sonntag.');
  // One channel: its text alone.
  setPostCopy(doc, greeting, instagram!.id, 'Frohe Weihnachten! "Köln" grüßt.');
  return doc;
}

function visible(doc: Y.Doc) {
  const rows = planRows(readCards(doc), exportNames(doc));
  return rows.map(({ id: _id, ...row }) => row).sort((a, b) => a.title.localeCompare(b.title));
}

describe('the plan as CSV for German Excel', () => {
  it('is semicolon-separated UTF-8 with a BOM, CRLF, dates as dd.mm.yyyy', () => {
    const doc = samplePlan();
    const csv = planCsv(planRows(readCards(doc), exportNames(doc)));
    expect(
      csv.startsWith(
        '\uFEFFID;Datum;Uhrzeit;Kanal;Thema;Posting-Text;Verantwortlich;Status;Hashtags;Tags;Kampagne;Format;Link;' +
          'Call-to-Action;Zielgruppe;Hinweis fürs Community-Management;KPI;Briefing\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(
      ';24.12.2026;09:00;Instagram;"Grüße; aus ""Köln""";"Frohe Weihnachten! ""Köln"" grüßt.";Jonas Weber;Freigegeben;' +
        '#Weihnachten;#Sommer #Aktion;Weihnachten;;;;;;;"Zeile 1\nZeile 2; mit Semikolon"\r\n',
    );
  });

  it('guards every cell Excel would run as a formula', () => {
    for (const cell of ['=1+1', '+49 221', '-5 %', '@team', '\tx', '\rx'])
      expect(guardCell(cell)).toBe(`'${cell}`);
    for (const cell of ['Hallo', '5 - 3', 'a=b', '']) expect(guardCell(cell)).toBe(cell);
    const doc = samplePlan();
    const csv = planCsv(planRows(readCards(doc), exportNames(doc)));
    const cells = csv.split(/[;\r\n]+/).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://böse.example"";""klick"")"`);
  });
});

describe('the post in the plan', () => {
  it('writes the text per channel as "Posting-Text" and the plan\'s fields in their columns', () => {
    const doc = samplePlan();
    const sale = planRows(readCards(doc), exportNames(doc)).find((r) => r.title === '-5 % auf alles')!;
    expect(sale).toMatchObject({
      channels: ['Instagram', 'LinkedIn'],
      text:
        '[Instagram]\n5 % weniger auf alles 🎉\n[Nur heute]\n#Sale\n\n' +
        '[LinkedIn]\nFünf Prozent auf das ganze Sortiment; nur bis Sonntag.',
      cta: 'Jetzt sichern',
      audience: 'Bestandskunden, 30–50',
      kpi: '1.200 Klicks',
      brief: '@team bitte prüfen',
    });
  });

  it('puts each section of an imported "Posting-Text" into its channel\'s copy, the same text into each channel without sections', async () => {
    const doc = samplePlan();
    const csv = planCsv(planRows(readCards(doc), exportNames(doc)));
    const copy = plannedWorkspace();
    await importFile(copy, new TextEncoder().encode(csv));
    const [instagram, linkedIn] = readChannels(copy);
    const sale = readCards(copy).find((c) => c.title === '-5 % auf alles')!;
    expect(sale.post.copy[instagram!.id]).toBe('5 % weniger auf alles 🎉\n[Nur heute]\n#Sale');
    expect(sale.post.copy[linkedIn!.id]).toBe('Fünf Prozent auf das ganze Sortiment; nur bis Sonntag.');
    expect(sale.body).toBe('@team bitte prüfen');
    expect(sale.post).toMatchObject({ cta: 'Jetzt sichern', kpi: '1.200 Klicks', format: 'video' });
    expect(sale.post.cmNote).toBe(
      'Fragen zu Versandkosten: auf die FAQ verweisen.\nKeine Rabattcodes im Kommentar.',
    );

    const both = plannedWorkspace();
    await importFile(
      both,
      new TextEncoder().encode(
        'Datum;Kanal;Thema;Posting-Text;Notiz\r\n24.12.2026;"Instagram, LinkedIn";Gruß;"[Hinweis]\nFrohes Fest";Brief\r\n',
      ),
    );
    const card = readCards(both)[0]!;
    expect(Object.values(card.post.copy)).toEqual(['[Hinweis]\nFrohes Fest', '[Hinweis]\nFrohes Fest']);
    expect(card.body).toBe('Brief');
  });
});

describe('round trips', () => {
  it('CSV: export, then import into an empty workspace, gives the same plan', async () => {
    const doc = samplePlan();
    const csv = planCsv(planRows(readCards(doc), exportNames(doc)));
    const copy = plannedWorkspace();
    expect(await importFile(copy, new TextEncoder().encode(csv))).toEqual({
      created: 4,
      updated: 0,
      skipped: 0,
    });
    expect(visible(copy)).toEqual(visible(doc));
  });

  it('XLSX: export, then import into an empty workspace, gives the same plan', async () => {
    const doc = samplePlan();
    const bytes = await xlsxBytes(planSheet(planRows(readCards(doc), exportNames(doc))));
    const rows = await readXlsxRows(bytes);
    expect(rows[1]![1]).toBeInstanceOf(Date);
    const copy = plannedWorkspace();
    expect(await importFile(copy, bytes)).toEqual({ created: 4, updated: 0, skipped: 0 });
    expect(visible(copy)).toEqual(visible(doc));
  });

  it('importing an export into its own workspace finds every card by its id and changes nothing', async () => {
    const doc = samplePlan();
    const csv = planCsv(planRows(readCards(doc), exportNames(doc)));
    const before = Y.encodeStateVector(doc);
    expect(await importFile(doc, new TextEncoder().encode(csv))).toEqual({
      created: 0,
      updated: 4,
      skipped: 0,
    });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('the workspace as JSON', () => {
  it('holds every part by id, readable, with its format and version', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Müller GmbH' });
    const id = addCard(doc, {
      title: 'Post',
      body: 'Brief',
      columnId: 'col-ideas' as ColumnId,
      now: Date.UTC(2026, 11, 1),
    });
    doc.transact(() => undefined, LOCAL_ORIGIN);
    const file = JSON.parse(workspaceJson(doc, Date.UTC(2026, 11, 7)));
    expect(file).toMatchObject({
      format: 'sendeplan-workspace',
      version: 1,
      exportedAt: '2026-12-07T00:00:00.000Z',
      workspace: { name: 'Müller GmbH', timezone: 'Europe/Berlin' },
      cards: [
        {
          id,
          title: 'Post',
          brief: 'Brief',
          column: 'col-ideas',
          slot: null,
          createdAt: '2026-12-01T00:00:00.000Z',
        },
      ],
    });
    expect(file.columns.map((c: { title: string }) => c.title)).toEqual([
      'Ideen',
      'In Arbeit',
      'Warten auf Input',
      'Zur Freigabe',
      'Freigegeben',
      'Veröffentlicht',
    ]);
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'workspace',
      'columns',
      'channels',
      'people',
      'cards',
      'requests',
      'meetings',
      'processes',
      'absences',
      'series',
    ]);
  });

  it('holds the team’s processes with why each step exists, absences with stand-ins, and series', () => {
    const doc = new Y.Doc();
    createWorkspace(doc, { name: 'Stadtwerke' });
    fillExamplePlan(doc, null);
    const [anna, ben, carla] = readPeople(doc);
    const channel = readChannels(doc)[0]!;
    addAbsence(doc, {
      personId: ben!.id,
      kind: 'vacation',
      from: '2027-03-08',
      to: '2027-03-12',
      standInId: carla!.id,
    });
    const product = readProcesses(doc).find((p) => p.name === 'Produktpost')!;
    createSeries(
      doc,
      {
        name: '#FragDenService',
        channelId: channel.id,
        weekday: 2,
        time: '10:00',
        title: '',
        weeks: 2,
        processId: product.id,
      },
      { date: '2027-03-01', time: '09:00' },
      Date.UTC(2027, 2, 1),
    );
    const card = readCards(doc).find((c) => c.field === 'marketing' && !c.slot)!;
    applyProcess(doc, card.id, { by: anna!.id, processId: product.id });
    const file = JSON.parse(workspaceJson(doc, Date.UTC(2027, 2, 1)));
    expect(file.processes.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['Produktpost', 'Pressemitteilung begleiten', 'Kundenservice-Hinweis', 'Krise']),
    );
    const exported = file.processes.find((p: { id: string }) => p.id === product.id);
    expect(exported).toMatchObject({
      name: 'Produktpost',
      timing: 'workingDays',
      approvals: product.approvals,
    });
    expect(exported.steps).toHaveLength(product.steps.length);
    expect(exported.steps[0]).toMatchObject({ what: product.steps[0]!.what, why: product.steps[0]!.why });
    expect(exported.steps[0].why).not.toBe('');
    expect(file.absences).toEqual([
      {
        id: expect.any(String),
        person: ben!.id,
        kind: 'vacation',
        from: '2027-03-08',
        to: '2027-03-12',
        standIn: carla!.id,
      },
    ]);
    expect(file.series).toMatchObject([
      {
        name: '#FragDenService',
        channel: channel.id,
        weekday: 2,
        time: '10:00',
        weeks: 2,
        process: product.id,
      },
    ]);
    expect(file.cards.find((c: { id: string }) => c.id === card.id).process).toBe(product.id);
  });
});
