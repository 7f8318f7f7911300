// The minutes of an editorial meeting as Markdown text: who was there, what was decided, which
// inputs and approvals were asked for (with due dates and reasons), and what happened on the board.
import {
  cardAttachments,
  getCard,
  readAttachments,
  readMeta,
  requestsDuring,
  stepsDuring,
  type CardId,
  type Doc,
  type HistoryType,
  type Meeting,
  type Request,
} from '../../../shared/model';
import type { Locale, Translate } from '../../i18n';
import { historySentence } from '../requests/CardHistory';
import { formatDay, formatTime } from '../requests/format';

/** The steps listed under "Auf dem Board"; asking for inputs and approvals are the action items. */
const BOARD_STEPS: ReadonlySet<HistoryType> = new Set<HistoryType>([
  'created',
  'moved',
  'scheduled',
  'unscheduled',
  'delivered',
  'declined',
  'approved',
  'changesRequested',
  'approvedAll',
]);

export interface MinutesWords {
  t: Translate;
  locale: Locale;
  formatDate: (date: Date | number) => string;
}

/** The minutes as parts: the dialog shows them as headings and lists, Markdown joins them as text. */
export interface Minutes {
  title: string;
  workspace: string;
  /** `line`: the items on one line (those present); otherwise a bulleted or numbered list. */
  /** `decisions` marks the section of the decisions (the crisis log shows whether each is signed). */
  sections: {
    heading: string;
    items: string[];
    style: 'line' | 'bullets' | 'numbers';
    decisions?: true;
  }[];
}

/** The minutes of `meeting`; one that still runs is read up to `now`. */
export function minutesOf(doc: Doc, meeting: Meeting, words: MinutesWords, now: number): Minutes {
  const { t, formatDate } = words;
  const end = meeting.endedAt ?? now;
  // A request keeps the title its card had; the minutes say the one it has now.
  const cardTitle = (id: CardId, stored: string) => getCard(doc, id)?.title || stored || t('board.untitled');
  const decisions = meeting.decisions.map((d) =>
    t('minutes.decision', {
      text: d.text.replace(/\s*\n\s*/g, ' '),
      name: d.name || t('history.someone'),
      time: formatTime(d.at),
    }),
  );
  // A card's files by name, after what was asked for or delivered on it.
  const attachments = readAttachments(doc);
  const withFiles = (line: string, cardId: CardId) => {
    const names = cardAttachments(attachments, cardId).map((a) => a.name);
    return names.length > 0 ? `${line} ${t('files.minutesFiles', { names: names.join(', ') })}` : line;
  };
  const tasks = requestsDuring(doc, meeting.startedAt, end).map((r) =>
    withFiles(requestLine(r, cardTitle(r.cardId, r.cardTitle), words), r.cardId),
  );
  const steps = stepsDuring(doc, meeting.startedAt, end)
    .filter((step) => BOARD_STEPS.has(step.entry.type))
    .map((step) => {
      const line = t('minutes.step', {
        time: formatTime(step.entry.at),
        card: step.title || t('board.untitled'),
        sentence: historySentence(t, step.entry, formatDate),
      });
      return step.entry.type === 'delivered' ? withFiles(line, step.cardId) : line;
    });
  const crisis = meeting.kind === 'crisis';
  const when = {
    date: formatDate(meeting.startedAt),
    from: formatTime(meeting.startedAt),
    to: formatTime(end),
  };
  return {
    title: t(crisis ? 'minutes.crisisHeading' : 'minutes.heading', when),
    workspace: t('minutes.workspace', { workspace: readMeta(doc).name }),
    sections: [
      ...(crisis ? [{ heading: t('minutes.reason'), items: [meeting.reason], style: 'line' as const }] : []),
      { heading: t('minutes.present'), items: meeting.present, style: 'line' },
      {
        heading: t(crisis ? 'minutes.crisisDecisions' : 'minutes.decisions'),
        items: decisions,
        style: 'numbers',
        decisions: true,
      },
      { heading: t('minutes.tasks'), items: tasks, style: 'bullets' },
      { heading: t('minutes.board'), items: steps, style: 'bullets' },
    ],
  };
}

/** The minutes as Markdown, to copy into an e-mail or save as a file. */
export function minutesMarkdown(minutes: Minutes, none: string): string {
  const lines = [`# ${minutes.title}`, '', minutes.workspace];
  for (const { heading, items, style } of minutes.sections) {
    lines.push('', `## ${heading}`, '');
    if (items.length === 0) lines.push(none);
    else if (style === 'line') lines.push(items.join(', '));
    else lines.push(...items.map((item, i) => `${style === 'numbers' ? `${i + 1}.` : '-'} ${item}`));
  }
  return `${lines.join('\n')}\n`;
}

function requestLine(request: Request, card: string, { t, locale }: MinutesWords): string {
  const due = request.dueDate ? t('minutes.due', { date: formatDay(request.dueDate, locale) }) : '';
  const from = request.from?.name || t('history.someone');
  if (request.kind === 'approval')
    return t('minutes.approval', {
      card,
      approvers: request.approvers.map((a) => a.name).join(', '),
      due,
      from,
    });
  return t('minutes.input', {
    to: request.to?.name || t('history.someone'),
    what: request.what,
    card,
    due,
    why: request.why,
    from,
  });
}
