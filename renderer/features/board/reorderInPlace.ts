/*
 * React reorders a list's children with insertBefore and appendChild, which take a child out of the
 * document and put it back: a focused control inside loses the focus (a blur, then the column
 * focuses the grip again; insertBefore and focus were about 2.5 ms of each keyboard drop in the
 * bench's profile). Element.moveBefore (Chromium 133, so every Electron we ship) moves a child
 * keeping its state, focus included, and fires no blur or focus. This makes a list's own reordering
 * use it; new children and browsers without it take the ordinary path.
 */

interface MovableParent {
  moveBefore?: (node: Node, child: Node | null) => void;
}

/** Makes React's reordering of `list`'s children keep their state (focus) where the browser can. */
export function reorderInPlace(list: HTMLElement): void {
  const moveBefore = (list as MovableParent).moveBefore;
  if (typeof moveBefore !== 'function') return;
  const insertBefore = list.insertBefore;
  const appendChild = list.appendChild;
  Object.assign(list, {
    insertBefore<T extends Node>(node: T, child: Node | null): T {
      if (node.parentNode !== list || !list.isConnected) return insertBefore.call(list, node, child) as T;
      moveBefore.call(list, node, child);
      return node;
    },
    appendChild<T extends Node>(node: T): T {
      if (node.parentNode !== list || !list.isConnected) return appendChild.call(list, node) as T;
      moveBefore.call(list, node, null);
      return node;
    },
  });
}
