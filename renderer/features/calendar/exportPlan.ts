// The calendar's export: the posts of a period that pass the board's filter, as an iCalendar file
// worded in the user's language (shared/ics.ts writes the format).
import { calendarFile, type CalendarPost } from '../../../shared/ics';
import {
  campaignOf,
  cardAttachments,
  readAttachments,
  compareSlots,
  isHeld,
  postsOnHold,
  matchesFilter,
  readCampaigns,
  readChannels,
  readColumns,
  readMeta,
  readPeople,
  zonedNow,
  type BoardFilter,
  type Card,
  type DateKey,
} from '../../../shared/model';
import { columnTitle, type Translate } from '../../i18n';
import type { Session } from '../../sync/session';

/** The first and last day of the posts to export; null is open-ended. */
export interface ExportPeriod {
  from: DateKey | null;
  to: DateKey | null;
}

/** Scheduled, live cards in the period that pass the filter, in the calendar's order. */
export function postsIn(cards: readonly Card[], filter: BoardFilter, period: ExportPeriod): Card[] {
  const inPeriod = (date: DateKey) =>
    (!period.from || date >= period.from) && (!period.to || date <= period.to);
  return cards
    .filter((c) => c.slot && !c.archived && inPeriod(c.slot.date) && matchesFilter(c, filter))
    .sort((a, b) => compareSlots(a.slot!, b.slot!) || a.id.localeCompare(b.id));
}

/**
 * The file of these posts. Each event is named "Kanal: Titel" and says the card's column
 * ("Stand"), who is responsible and its campaign, then the brief; approved and published posts are confirmed.
 */
export function planCalendar(session: Session, posts: readonly Card[], t: Translate, now: number): string {
  const { doc } = session;
  const meta = readMeta(doc);
  const channels = new Map(readChannels(doc).map((c) => [c.id as string, c.name]));
  const columns = readColumns(doc);
  const columnOf = new Map(columns.map((c) => [c.id as string, c]));
  const people = new Map(readPeople(doc).map((p) => [p.id as string, p.name]));
  const campaigns = readCampaigns(doc);
  const onHold = postsOnHold(doc);
  const attachments = readAttachments(doc);
  const wallClock = zonedNow(meta.timezone, new Date(now));
  const calendarPost = (card: Card): CalendarPost => {
    const slot = card.slot!;
    const channel = channels.get(slot.channelId) ?? t('calendar.removedChannel');
    // A card in a column that was removed is shown in the first one (displayColumnOf).
    const column = columnOf.get(card.pos.columnId) ?? columns[0];
    const owner = card.ownerId ? people.get(card.ownerId) : undefined;
    const campaign = campaignOf(campaigns, card.campaignId)?.name;
    const files = cardAttachments(attachments, card.id).map((a) => a.name);
    const post = card.post;
    const facts = [
      column && t('export.stage', { column: columnTitle(column, t) }),
      owner && t('export.owner', { name: owner }),
      campaign && t('export.campaign', { name: campaign }),
      post.format && `${t('post.format')}: ${t(`post.format.${post.format}`)}`,
      post.link && `${t('post.link')}: ${post.link}`,
      post.cta && `${t('post.cta')}: ${post.cta}`,
      post.hashtags.length > 0 && post.hashtags.map((tag) => `#${tag}`).join(' '),
      post.audience && `${t('post.audience')}: ${post.audience}`,
      post.cmNote && `${t('post.cmNote')}: ${post.cmNote}`,
      post.kpi && `${t('post.kpi')}: ${post.kpi}`,
      files.length > 0 && t('files.minutesFiles', { names: files.join(', ') }),
    ].filter(Boolean);
    // The text that goes out on the slot's channel, when the card has one for it.
    const copy = post.copy[slot.channelId]?.trim() ?? '';
    const summary = `${channel}: ${card.title.trim() || t('board.untitled')}`;
    // A post a crisis holds back is not confirmed, and its name says so.
    const held = isHeld(onHold, card, column?.stage ?? null, wallClock);
    return {
      uid: `${card.id}@sendeplan`,
      date: slot.date,
      time: slot.time,
      summary: held ? t('export.onHold', { title: summary }) : summary,
      description: [facts.join('\n'), copy, card.body.trim()].filter(Boolean).join('\n\n'),
      categories: campaign ? [channel, campaign] : [channel],
      confirmed: !held && (column?.stage === 'approved' || column?.stage === 'published'),
    };
  };
  return calendarFile({ name: meta.name, timeZone: meta.timezone, posts: posts.map(calendarPost), now });
}
