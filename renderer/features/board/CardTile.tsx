import './board.css';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useContext, useId, type PointerEventHandler } from 'react';
import type { CardId } from '../../../shared/model';
import { Avatar } from '../../components/Avatar';
import { ChannelChip, FieldBadge } from '../../components/badges';
import { useI18n } from '../../i18n';
import { cardPart, type Session } from '../../sync/session';
import { useCardPresence } from '../../sync/useConnection';
import { useCard, useDocValue } from '../../sync/useDocValue';
import { TileThumb } from '../attachments/TileThumb';
import { CardSlotBadge } from '../calendar/CardSlotBadge';
import { OverLimitBadge } from '../post/OverLimitBadge';
import { CardRequestBadge } from '../requests/CardRequestBadge';
import { byId, sameRecords, selectChannels, selectPeople } from '../selectors';
import { KeyboardMovesContext } from './useKeyboardMove';

/**
 * One card on the board (inside the list item its column places). Two controls side by side, never nested: the card itself opens the side
 * panel (click, Enter), the grip moves it (mouse drag anywhere on the card, with dnd-kit; keyboard:
 * focus the grip, Space or Enter to pick up, arrows, Space or Enter to drop, Escape to cancel, see
 * keyboardMoveStore.ts).
 */
export const CardTile = memo(function CardTile({
  cardId,
  picked = false,
  onOpen,
}: {
  cardId: CardId;
  /** Picked up with the keyboard. */
  picked?: boolean;
  onOpen: (id: CardId) => void;
}) {
  const { t } = useI18n();
  const keyboard = useContext(KeyboardMovesContext);
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transform, transition, isDragging } =
    useSortable({
      id: cardId,
    });
  const title = useDocValue(
    useCallback((s: Session) => s.card(cardId)?.title ?? '', [cardId]),
    Object.is,
    [cardPart(cardId)],
  );
  const label = title || t('board.untitled');
  const described = useId();
  return (
    <div
      ref={setNodeRef}
      className={`card-slot${isDragging ? ' dragging' : ''}${picked ? ' picked' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <button
        type="button"
        className="card-open"
        onClick={() => onOpen(cardId)}
        aria-label={t('board.openCard', { title: label })}
        aria-describedby={described}
      >
        <CardView cardId={cardId} id={described} />
      </button>
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="card-grip"
        {...attributes}
        aria-roledescription={undefined}
        aria-pressed={isDragging || picked || undefined}
        onKeyDown={(event) => keyboard?.onKeyDown(event, cardId)}
        onBlur={(event) => keyboard?.onBlur(event, cardId)}
        aria-label={t('board.moveCard', { title: label })}
      />
    </div>
  );
});

/**
 * What a card shows at a glance: title, field, channels, owner, tags; also used for the drag overlay.
 * With an `id` it is the description of the button that holds it (whose name is the title): screen
 * readers then say the rest too, which a button's content alone never is.
 */
export const CardView = memo(function CardView({
  cardId,
  overlay = false,
  id,
}: {
  cardId: CardId;
  overlay?: boolean;
  id?: string;
}) {
  const { t } = useI18n();
  const card = useCard(cardId);
  const people = useDocValue(selectPeople, sameRecords);
  const channels = useDocValue(selectChannels, sameRecords);
  if (!card) return null;
  const owner = card.ownerId ? byId(people).get(card.ownerId) : undefined;
  const channelById = byId(channels);
  const cardChannels = card.channelIds.flatMap((id) => channelById.get(id) ?? []);
  const damaged = card.problems.length > 0;
  return (
    <span
      id={id}
      className={`card${overlay ? ' overlay' : ''}${damaged ? ' damaged' : ''}${card.archived ? ' archived' : ''}`}
    >
      {damaged && (
        <span className="damaged-note" title={t('board.damagedHint', { fields: card.problems.join(', ') })}>
          ⚠ {t('board.damaged')}
        </span>
      )}
      <span className="card-title" aria-hidden={id ? true : undefined}>
        {card.title || t('board.untitled')}
      </span>
      {!overlay && <TileThumb cardId={cardId} />}
      <CardSlotBadge card={card} />
      <OverLimitBadge card={card} />
      <span className="card-meta">
        {card.field && <FieldBadge field={card.field} />}
        {card.archived && <span className="archived-badge">{t('board.archived')}</span>}
        {card.tags.length > 0 && (
          <span className="tags">
            {card.tags.slice(0, 3).map((tag) => (
              <span key={tag} className="tag">
                #{tag}
              </span>
            ))}
          </span>
        )}
      </span>
      <CardRequestBadge cardId={cardId} />
      {!overlay && <CardPresence cardId={cardId} />}
      <span className="card-footer">
        <span className="channels">
          {cardChannels.map((channel) => (
            <ChannelChip key={channel.id} channel={channel} />
          ))}
        </span>
        {owner ? (
          <Avatar name={owner.name} color={owner.color} label={t('board.owner', { name: owner.name })} />
        ) : (
          <span
            className="avatar small empty"
            role="img"
            aria-label={t('board.ownerNone')}
            title={t('board.ownerNone')}
          />
        )}
      </span>
    </span>
  );
});

/** Who else has this card open, as small avatars. */
function CardPresence({ cardId }: { cardId: CardId }) {
  const { t } = useI18n();
  const here = useCardPresence(cardId);
  if (here.length === 0) return null;
  const names = here.map((p) => p.name).join(', ');
  return (
    <span
      className="card-presence"
      title={t('sync.alsoOpen', { names })}
      aria-label={t('sync.alsoOpen', { names })}
      role="img"
    >
      {here.map((p) => (
        <span key={p.clientId} className="presence-dot" style={{ backgroundColor: p.color }} />
      ))}
    </span>
  );
}
