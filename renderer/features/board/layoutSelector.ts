/*
 * The board's layout (each column's visible card ids, in order) as one selector that its readers
 * share: each column selects its own ids, the keyboard move follows the whole layout, and the
 * Board reads it in its drag handlers and, during a mouse drag, in its render. None of them holds
 * it for the others, so a move re-renders the columns whose ids changed and neither the Board nor
 * DndContext (whose every render is a new context value, which React looks for consumers of in
 * the whole board).
 *
 * What must hold: however many read it, the layout is computed once per change of what it reads,
 * and the same object is returned until then (the keyboard move compares it by identity). A
 * column's ids may be a new array with the same ids (filtered): columns compare them by content.
 */
import { boardLayout, isFilterActive, readColumns, type BoardFilter } from '../../../shared/model';
import { indexedBoardLayout } from '../../../shared/model/columnIndex';
import type { Session } from '../../sync/session';
import type { Selector } from '../../sync/useDocValue';
import { onChangesOf } from '../selectors';
import { sameLayout, type Layout } from './dragLayout';

export type LayoutSelector = Selector<Layout>;

/**
 * Unfiltered, from the column index: read again only when what the index follows (columnIndex.ts)
 * or the columns changed, and a column's ids keep their identity while it does not change.
 */
export const selectIndexedLayout = onChangesOf(
  ['columns', 'cards', 'cards.pos', 'cards.archived'],
  (s: Session): Layout =>
    indexedBoardLayout(
      s.doc,
      readColumns(s.doc).map((c) => c.id),
    ),
);

/** The selector of the board's layout under `filter` (make one per filter, not per render). */
export function layoutSelector(filter: BoardFilter): LayoutSelector {
  return isFilterActive(filter) ? filteredLayout(filter) : selectIndexedLayout;
}

/**
 * A filter needs every card: read once per document version (any change may change what matches),
 * and kept as it was while it comes out the same.
 */
function filteredLayout(filter: BoardFilter): LayoutSelector {
  let last: { session: Session; version: number; layout: Layout } | undefined;
  return (s: Session): Layout => {
    if (last?.session === s && last.version === s.version) return last.layout;
    const next = boardLayout(readColumns(s.doc), s.cards(), filter);
    const layout = last?.session === s && sameLayout(last.layout, next) ? last.layout : next;
    last = { session: s, version: s.version, layout };
    return layout;
  };
}
