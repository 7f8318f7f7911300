import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSession } from '../../sync/useDocValue';

/**
 * A textarea bound to the card's brief (a Y.Text). Local typing is written as a character-level
 * change; when a colleague's edit arrives while the user is typing, the caret is shifted by what
 * was inserted or removed before it, so both keep writing where they were.
 */
export function BriefEditor({
  value,
  onChange,
  label,
  placeholder,
  describedBy,
  rows = 8,
}: {
  value: string;
  onChange: (next: string) => void;
  label: string;
  placeholder: string;
  /** The id of what describes the text (a post's counter). */
  describedBy?: string;
  rows?: number;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const shown = useRef(value);
  const session = useSession();

  // Everything typed while the brief has focus is one undo step (Session.beginTextEdit).
  const focused = useRef(false);
  useEffect(
    () => () => {
      if (focused.current) session.endTextEdit();
    },
    [session],
  );

  useLayoutEffect(() => {
    const textarea = ref.current;
    const previous = shown.current;
    shown.current = value;
    if (!textarea || textarea.value === value) return;
    const { selectionStart, selectionEnd } = textarea;
    textarea.value = value;
    if (document.activeElement === textarea) {
      textarea.setSelectionRange(
        shiftCaret(previous, value, selectionStart),
        shiftCaret(previous, value, selectionEnd),
      );
    }
  }, [value]);

  return (
    <textarea
      ref={ref}
      className="brief"
      aria-label={label}
      aria-describedby={describedBy}
      placeholder={placeholder}
      defaultValue={value}
      rows={rows}
      onFocus={() => {
        focused.current = true;
        session.beginTextEdit();
      }}
      onBlur={() => {
        focused.current = false;
        session.endTextEdit();
      }}
      onChange={(e) => {
        shown.current = e.target.value;
        onChange(e.target.value);
      }}
    />
  );
}

/** Where a caret at `caret` in `before` belongs in `after`, given that only one middle part changed. */
export function shiftCaret(before: string, after: string, caret: number): number {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  if (caret <= start) return caret;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (caret >= before.length - end) return caret + (after.length - before.length);
  return after.length - end;
}
