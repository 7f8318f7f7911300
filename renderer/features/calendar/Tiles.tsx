import { memo } from 'react';
import type { CardId } from '../../../shared/model';
import { Avatar } from '../../components/Avatar';
import { ChannelChip } from '../../components/badges';
import { useI18n } from '../../i18n';
import { useCard, useDocValue } from '../../sync/useDocValue';
import { byId, sameRecords, selectChannels, selectPeople } from '../selectors';
import { useColumns } from '../useColumns';
import { TileThumb } from '../attachments/TileThumb';
import { OverLimitBadge } from '../post/OverLimitBadge';
import { CardRequestBadge } from '../requests/CardRequestBadge';
import { RiskBadges, StatusBadge } from './Badges';
import { DraggableCard } from './DraggableCard';
import { hyphenated, useHyphenation } from './hyphenate';
import { usePostInfo } from './postInfo';
import { AwayBadge, awayHint } from '../absences/StandInNote';

const channelStyle = (color: string | undefined) =>
  ({ '--channel': color ?? 'var(--text-2)' }) as React.CSSProperties;

/** A scheduled card in the week view: time, status, the title on several lines, owner and warnings. */
export const WeekPost = memo(function WeekPost({
  cardId,
  onOpen,
}: {
  cardId: CardId;
  onOpen: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const post = useScheduledPost(cardId);
  if (!post) return null;
  const { card, owner, column, risk, conflict, held, channel, slot, title, warn, away } = post;
  return (
    <DraggableCard
      cardId={cardId}
      className={`week-post ${warn}`}
      style={channelStyle(channel?.color)}
      openLabel={t('calendar.openPost', { title })}
      moveLabel={t('calendar.movePost', { title })}
      onOpen={onOpen}
    >
      {/* The spaces are where a printed post, set in one flow (print.css), may wrap. */}
      <span className="post-head">
        <span className="post-time">{slot.time}</span> <StatusBadge column={column} />
      </span>{' '}
      <Title className="post-title" text={title} /> <TileThumb cardId={card.id} />{' '}
      <span className="post-foot">
        <RiskBadges risk={risk} conflict={conflict} held={held} /> <AwayBadge risks={away} />{' '}
        <CardRequestBadge cardId={card.id} /> <OverLimitBadge card={card} />{' '}
        <span className="post-owner">
          {owner ? (
            <Avatar name={owner.name} color={owner.color} label={t('calendar.owner', { name: owner.name })} />
          ) : (
            <span className="avatar small empty" role="img" aria-label={t('calendar.ownerNone')} />
          )}
        </span>
      </span>
    </DraggableCard>
  );
});

/**
 * A title as the calendar shows it: whole, wrapped between words or at German syllables (the
 * titles are the team's German words whatever the interface language, hence `lang="de"`).
 */
function Title({ className, text, hint }: { className: string; text: string; hint?: string }) {
  // Shown as it is until the patterns are loaded, then again with soft hyphens.
  useHyphenation();
  return (
    <span className={className} lang="de" title={hint}>
      {hyphenated(text)}
    </span>
  );
}

/** A scheduled post as both calendar views show it: its info, slot, title and warning class. */
function useScheduledPost(cardId: CardId) {
  const { t } = useI18n();
  const info = usePostInfo(cardId);
  const slot = info?.card.slot;
  if (!info || !slot) return null;
  const warn = info.risk ?? (info.conflict ? 'conflict' : '');
  return { ...info, slot, title: info.card.title || t('board.untitled'), warn };
}

/** A scheduled card in the month view: the channel's colour and time, then the title on a line of its own. */
export const MonthPost = memo(function MonthPost({
  cardId,
  onOpen,
}: {
  cardId: CardId;
  onOpen: (id: CardId) => void;
}) {
  const { t, locale } = useI18n();
  const post = useScheduledPost(cardId);
  if (!post) return null;
  const { card, risk, conflict, channel, slot, title, warn, away } = post;
  const hint = [
    risk === 'overdue' ? t('calendar.overdue') : risk === 'atRisk' ? t('calendar.atRisk') : '',
    conflict ? t('calendar.conflict') : '',
    away.length > 0 ? awayHint(away, t, locale) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <DraggableCard
      cardId={cardId}
      className={`month-post ${warn}`}
      style={channelStyle(channel?.color)}
      openLabel={t('calendar.openPost', { title })}
      moveLabel={t('calendar.movePost', { title })}
      onOpen={onOpen}
    >
      {channel ? <ChannelChip channel={channel} /> : <span className="channel-chip removed">?</span>}
      <span className="post-time">{slot.time}</span>
      <TileThumb cardId={card.id} compact />
      {warn && <span className={`warn-dot ${warn}`} role="img" aria-label={hint} title={hint} />}
      <Title className="post-line" text={title} hint={hint ? `${title} (${hint})` : title} />
    </DraggableCard>
  );
});

/** An unscheduled card in the idea store. */
export const IdeaTile = memo(function IdeaTile({
  cardId,
  onOpen,
}: {
  cardId: CardId;
  onOpen: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const card = useCard(cardId);
  const channels = useDocValue(selectChannels, sameRecords);
  const people = useDocValue(selectPeople, sameRecords);
  const columns = useColumns();
  if (!card) return null;
  const title = card.title || t('board.untitled');
  const owner = card.ownerId ? byId(people).get(card.ownerId) : undefined;
  const channelById = byId(channels);
  return (
    <DraggableCard
      cardId={cardId}
      className="idea-tile"
      openLabel={t('calendar.openIdea', { title })}
      moveLabel={t('calendar.moveIdea', { title })}
      onOpen={onOpen}
    >
      <Title className="post-title" text={title} />
      <TileThumb cardId={cardId} />
      <span className="post-foot">
        <StatusBadge column={byId(columns).get(card.pos.columnId) ?? columns[0]} />
        <span className="channels">
          {card.channelIds.flatMap((id) => {
            const channel = channelById.get(id);
            return channel ? [<ChannelChip key={id} channel={channel} />] : [];
          })}
        </span>
        {owner && (
          <Avatar name={owner.name} color={owner.color} label={t('calendar.owner', { name: owner.name })} />
        )}
      </span>
    </DraggableCard>
  );
});

/** What follows the pointer while dragging. */
export function DragPreview({ cardId }: { cardId: CardId }) {
  const { t } = useI18n();
  const card = useCard(cardId);
  return <div className="drag-preview">{card?.title || t('board.untitled')}</div>;
}
