import { useDraggable } from '@dnd-kit/core';
import { useId, type KeyboardEventHandler, type PointerEventHandler, type ReactNode } from 'react';
import type { CardId } from '../../../shared/model';

/**
 * A card in the calendar or the idea store, as on the board: two controls side by side, never
 * nested. The card opens the side panel (click, Enter); the grip moves it (mouse drag anywhere on
 * the card; keyboard: focus the grip, Space or Enter to pick up, arrows, Space or Enter to drop).
 * What the card shows describes the button, whose name is the title: a button's content alone is
 * never read out.
 */
export function DraggableCard({
  cardId,
  className,
  style,
  openLabel,
  moveLabel,
  onOpen,
  children,
}: {
  cardId: CardId;
  className: string;
  style?: React.CSSProperties;
  openLabel: string;
  moveLabel: string;
  onOpen: (id: CardId) => void;
  children: ReactNode;
}) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: cardId,
  });
  const described = useId();
  return (
    <div
      ref={setNodeRef}
      className={`${className} draggable-card${isDragging ? ' dragging' : ''}`}
      style={style}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <button
        type="button"
        className="draggable-open"
        onClick={() => onOpen(cardId)}
        aria-label={openLabel}
        aria-describedby={described}
      >
        <span id={described} className="draggable-body">
          {children}
        </span>
      </button>
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="draggable-grip"
        {...attributes}
        aria-roledescription={undefined}
        onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
        aria-label={moveLabel}
      >
        <svg viewBox="0 0 10 16" aria-hidden="true" width="8" height="13">
          {[3, 8, 13].flatMap((y) => [
            <circle key={`a${y}`} cx="2.5" cy={y} r="1.4" />,
            <circle key={`b${y}`} cx="7.5" cy={y} r="1.4" />,
          ])}
        </svg>
      </button>
    </div>
  );
}
