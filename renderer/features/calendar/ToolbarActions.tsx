import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../../i18n';

/** An action at the end of the calendar's toolbar: a button on the bar, or an item of its menu. */
export interface ToolbarAction {
  id: string;
  label: string;
  onSelect: () => void;
  /** For a choice such as the density: shown as pressed on the bar and checked in the menu. */
  pressed?: boolean;
  /** Actions of one group sit together on the bar (a segmented control). */
  group?: string;
}

/**
 * The toolbar never wraps onto a second line: the actions that do not fit move, from the last one
 * on, into a "Mehr" menu. `bar` is the toolbar whose overflow is measured; `measureKey` changes
 * when something else on the bar changed its width (badges, the heading, the language).
 */
export function ToolbarActions({
  actions,
  bar,
  measureKey,
}: {
  actions: readonly ToolbarAction[];
  bar: RefObject<HTMLElement | null>;
  measureKey: string;
}) {
  const { t } = useI18n();
  const [shown, setShown] = useState(actions.length);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [bar]);
  // Start from all actions whenever the room may have changed, then give up one at a time.
  useLayoutEffect(() => setShown(actions.length), [width, measureKey, actions.length]);
  // After each render: while something reaches past the edge, one more action goes into the menu.
  useLayoutEffect(() => {
    if (shown > 0 && overflows(bar.current)) setShown(shown - 1);
  }, [shown, bar, width, measureKey]);
  const inline = actions.slice(0, shown);
  const hidden = actions.slice(shown);
  const groups = [...new Set(inline.map((a) => a.group ?? a.id))];
  return (
    <div className="toolbar-actions">
      {groups.map((group) => {
        const members = inline.filter((a) => (a.group ?? a.id) === group);
        const buttons = members.map((action) => (
          <button
            key={action.id}
            type="button"
            className={`button small${action.pressed ? ' active' : ''}`}
            aria-pressed={action.pressed}
            onClick={action.onSelect}
          >
            {action.label}
          </button>
        ));
        return members[0]?.group ? (
          <div
            key={group}
            className="segmented"
            role="group"
            aria-label={t(`calendar.${group}` as 'calendar.density')}
          >
            {buttons}
          </div>
        ) : (
          buttons
        );
      })}
      {hidden.length > 0 && <OverflowMenu actions={hidden} />}
    </div>
  );
}

/** True when an item of the bar reaches past its inner edge (the open menu below it does not count). */
function overflows(bar: HTMLElement | null): boolean {
  if (!bar) return false;
  const edge = bar.getBoundingClientRect().right - parseFloat(getComputedStyle(bar).paddingRight);
  return [...bar.children].some((child) => child.getBoundingClientRect().right > edge + 1);
}

function OverflowMenu({ actions }: { actions: readonly ToolbarAction[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = () => [...(root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  function onKeyDown(event: React.KeyboardEvent) {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      list[(at + step + list.length) % list.length]?.focus();
    }
  }
  return (
    <div className="toolbar-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button small"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('calendar.moreActions')}
      </button>
      {open && (
        <div role="menu" className="toolbar-menu-list" aria-label={t('calendar.moreActions')}>
          {actions.map((action) => (
            <button
              key={action.id}
              type="button"
              role={action.pressed === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={action.pressed}
              className="toolbar-menu-item"
              onClick={() => {
                setOpen(false);
                action.onSelect();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
