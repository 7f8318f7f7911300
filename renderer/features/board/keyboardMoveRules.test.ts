import { describe, expect, it } from 'vitest';
import type { CardId, ColumnId } from '../../../shared/model';
import type { Layout } from './dragLayout';
import { keyboardTarget, pickUp, step, type KeyboardMove } from './keyboardMoveRules';

const board = (columns: Record<string, string[]>): Layout =>
  new Map(Object.entries(columns).map(([id, cards]) => [id as ColumnId, cards as CardId[]]));
const a = 'a' as CardId;
const layout = board({ ideas: ['a', 'b', 'c'], work: ['x', 'y'], done: [] });

function walk(move: KeyboardMove, ...directions: Parameters<typeof step>[2][]): KeyboardMove {
  return directions.reduce((m, direction) => step(layout, m, direction), move);
}

describe('keyboard move', () => {
  it('picks a card up at its place, and dropping it there changes nothing', () => {
    const move = pickUp(layout, 'b' as CardId)!;
    expect(move).toEqual({ cardId: 'b', columnId: 'ideas', index: 1 });
    expect(keyboardTarget(layout, move)).toMatchObject({ noMove: true, line: null, position: 2, total: 3 });
    expect(pickUp(layout, 'gone' as CardId)).toBeUndefined();
  });

  it('moves down and up inside its column, placed after the card above', () => {
    const down = walk(pickUp(layout, a)!, 'down');
    expect(keyboardTarget(layout, down)).toMatchObject({
      columnId: 'ideas',
      place: { after: 'b' },
      position: 2,
      total: 3,
      noMove: false,
      line: 'c',
    });
    const bottom = walk(down, 'down', 'down', 'down');
    expect(keyboardTarget(layout, bottom)).toMatchObject({ place: { after: 'c' }, position: 3, line: 'end' });
    const top = walk(bottom, 'up', 'up', 'up', 'up');
    expect(keyboardTarget(layout, top)).toMatchObject({ position: 1, noMove: true });
  });

  it('moves to the neighbouring column at the same place, before the card there', () => {
    const right = walk(pickUp(layout, a)!, 'right');
    expect(keyboardTarget(layout, right)).toMatchObject({
      columnId: 'work',
      place: { before: 'x' },
      position: 1,
      total: 3,
      beforeId: 'x',
      line: 'x',
    });
    // From the third place into a column of two: its end.
    const fromBottom = walk({ cardId: 'c' as CardId, columnId: 'ideas' as ColumnId, index: 2 }, 'right');
    expect(keyboardTarget(layout, fromBottom)).toMatchObject({
      place: { after: 'y' },
      position: 3,
      line: 'end',
    });
    const empty = walk(right, 'right');
    expect(keyboardTarget(layout, empty)).toMatchObject({
      columnId: 'done',
      place: 'end',
      position: 1,
      total: 1,
    });
    // No column beyond the last or before the first.
    expect(walk(empty, 'right')).toEqual(empty);
    expect(walk(pickUp(layout, a)!, 'left')).toEqual(pickUp(layout, a));
    expect(keyboardTarget(layout, walk(empty, 'left', 'left'))).toMatchObject({ noMove: true });
  });

  it('follows a layout changed by a peer, and gives no target once the card or column is gone', () => {
    const move = walk(pickUp(layout, a)!, 'right', 'down', 'down');
    const shorter = board({ ideas: ['a', 'b', 'c'], work: ['x'], done: [] });
    expect(keyboardTarget(shorter, move)).toMatchObject({ place: { after: 'x' }, position: 2, total: 2 });
    expect(step(shorter, move, 'up').index).toBe(0);
    const moved = board({ ideas: ['b', 'c'], work: ['x', 'a', 'y'], done: [] });
    expect(keyboardTarget(moved, move)).toMatchObject({ columnId: 'work', position: 3, total: 3 });
    expect(keyboardTarget(board({ ideas: ['b', 'c'], work: ['x', 'y'] }), move)).toBeUndefined();
    expect(keyboardTarget(board({ ideas: ['a', 'b', 'c'] }), move)).toBeUndefined();
  });
});
