/*
 * The whole workspace as readable JSON, for other tools and for audits (docs/export-json.md is
 * its schema). Everything is read through the defensive readers, so the file holds what the app
 * shows; ids tie the parts together (a card's `column`, `channels`, `owner`; a request's `cardId`).
 * It is an export, not a backup: it carries no key and cannot be restored as a workspace.
 */
import type * as Y from 'yjs';
import { readAbsences } from './absences';
import { readCampaigns } from './campaigns';
import { readCards } from './cards';
import { readChannels } from './channels';
import { readColumns } from './columns';
import { importKeyOf } from './importApply';
import { readMeetings } from './meetings';
import { readPeople } from './people';
import { cardProcessChoice, readProcesses } from './processes';
import { readRequests, requestStatus } from './requestReads';
import { readSeries } from './series';
import { readMeta } from './workspace';
import type { ExportNames } from '../transfer/exportRows';

export const JSON_EXPORT_FORMAT = 'sendeplan-workspace';
export const JSON_EXPORT_VERSION = 1;

const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : null);

export function workspaceJson(doc: Y.Doc, now: number): string {
  const meta = readMeta(doc);
  const file = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    workspace: { name: meta.name, timezone: meta.timezone, schemaVersion: meta.schemaVersion },
    columns: readColumns(doc).map(({ id, title, stage }) => ({ id, title, stage })),
    channels: readChannels(doc).map(({ id, name, kind, color, slotTemplate }) => ({
      id,
      name,
      kind,
      color,
      slotTemplate: slotTemplate.map(({ weekday, time }) => ({ weekday, time })),
    })),
    people: readPeople(doc).map(({ id, name, role }) => ({ id, name, role })),
    cards: readCards(doc)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .map((card) => ({
        id: card.id,
        title: card.title,
        brief: card.body,
        column: card.pos.columnId || null,
        slot: card.slot && { date: card.slot.date, time: card.slot.time, channel: card.slot.channelId },
        channels: [...card.channelIds],
        owner: card.ownerId,
        field: card.field,
        tags: [...card.tags],
        archived: card.archived,
        createdAt: iso(card.createdAt),
        createdBy: card.createdBy,
        importKey: importKeyOf(doc, card.id),
        process: cardProcessChoice(doc, card.id),
        damaged: card.problems.length > 0 ? [...card.problems] : undefined,
      })),
    requests: readRequests(doc).requests.map((request) => ({
      id: request.id,
      cardId: request.cardId,
      kind: request.kind,
      status: requestStatus(request),
      from: request.from?.name ?? null,
      to:
        request.kind === 'approval'
          ? request.approvers.map((a) => a.name)
          : request.to
            ? [request.to.name]
            : [],
      what: request.kind === 'approval' ? '' : request.what,
      why: request.why,
      dueDate: request.dueDate,
      dueTime: request.dueTime,
      standIns: request.standIns.map(({ id, forId, forName, kind, until }) => ({
        to: id,
        for: forId,
        forName,
        kind,
        until,
      })),
      createdAt: iso(request.createdAt),
    })),
    meetings: readMeetings(doc).map((meeting) => ({
      id: meeting.id,
      kind: meeting.kind,
      reason: meeting.reason,
      startedAt: iso(meeting.startedAt),
      endedAt: meeting.endedAt === null ? null : iso(meeting.endedAt),
      present: [...meeting.present],
      decisions: meeting.decisions.map((d) => ({ text: d.text, by: d.name, at: iso(d.at) })),
    })),
    processes: readProcesses(doc).map((process) => ({
      id: process.id,
      name: process.name,
      match: process.match,
      timing: process.timing,
      approvals: process.approvals,
      steps: process.steps.map(({ id, type, kind, who, what, why, offset }) => ({
        id,
        type,
        kind: type === 'input' ? kind : null,
        who: 'person' in who ? { person: who.person } : { role: who.role },
        what,
        why,
        offset,
      })),
    })),
    absences: readAbsences(doc).map(({ id, personId, kind, from, to, standInId }) => ({
      id,
      person: personId,
      kind,
      from,
      to,
      standIn: standInId,
    })),
    series: readSeries(doc).map((series) => ({
      id: series.id,
      name: series.name,
      channel: series.channelId,
      weekday: series.weekday,
      time: series.time,
      title: series.title,
      brief: series.brief,
      weeks: series.weeks,
      process: series.processId,
      until: series.until,
      createdAt: iso(series.createdAt),
      endedAt: series.endedAt === null ? null : iso(series.endedAt),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The names a CSV or XLSX export writes for the ids of cards (shared/transfer/exportRows.ts). */
export function exportNames(doc: Y.Doc): ExportNames {
  const columns = readColumns(doc);
  return {
    channels: new Map(readChannels(doc).map((c) => [c.id, c.name])),
    people: new Map(readPeople(doc).map((p) => [p.id, p.name])),
    columns: new Map(columns.map((c) => [c.id, c.title])),
    campaigns: new Map(readCampaigns(doc).map((c) => [c.id, c.name])),
    fallbackColumn: columns[0]?.title ?? '',
  };
}
