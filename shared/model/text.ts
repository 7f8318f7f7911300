import * as Y from 'yjs';

/**
 * Brings a Y.Text to `next` by replacing only the changed middle: the common prefix and suffix stay
 * untouched, so two people typing in different places of the same brief both keep their words.
 */
export function applyTextChange(text: Y.Text, next: string): void {
  next = wellFormed(next);
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  // Never cut through a surrogate pair (most emoji): Yjs replaces a split half with U+FFFD.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < max - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The text with every lone surrogate replaced by U+FFFD. Yjs sends text as UTF-8, where a lone
 * surrogate becomes U+FFFD: storing one would leave this peer with a different text than all others.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * The text of a Y.Text up to one character over `max`, without joining all of it: a text a peer
 * filled with megabytes is cut from its first pieces (the same characters toString starts with).
 */
export function textStart(text: Y.Text, max: number): string {
  if (text.length <= max) return text.toString();
  let start = '';
  for (let item = text._start; item && start.length <= max; item = item.right) {
    if (!item.deleted && item.countable && item.content instanceof Y.ContentString) start += item.content.str;
  }
  return start.slice(0, max + 1);
}
