/*
 * A field that edits one value of the document keeps what the person types while it has focus
 * (docs/architecture.md, "Editing fields"):
 *
 * - Until the first keystroke the field shows the document's value, colleagues' changes included.
 * - From the first keystroke on it shows the draft, exactly as typed: nothing is trimmed or
 *   normalised, and a colleague's change does not replace it. Their value is shown beside the
 *   field instead, to take over ("Übernehmen") or to overwrite by committing.
 * - The draft is committed as one whole value on Enter (single-line fields), on leaving the field,
 *   when the field disappears and when the page is closed. The model normalises it then (trims).
 *   One commit is one undo step. Escape drops the draft; Ctrl+Z in a draft undoes typing in it.
 * - Committing a draft that was not changed writes nothing, so opening and leaving a field never
 *   overwrites what a colleague wrote meanwhile.
 */
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../sync/useDocValue';

export interface DraftOptions {
  /** The document's value. */
  value: string;
  /** Writes a changed draft (normalising it is the model's job). */
  onCommit: (draft: string) => void;
  /** Called when the edit ends: after a commit, on Escape and when the field is left. */
  onDone?: (committed: boolean) => void;
  /** A textarea: Enter adds a line, only leaving the field commits. */
  multiline?: boolean;
}

interface Draft {
  text: string;
  /** The document's value the draft started from, or the colleague's value last taken note of. */
  base: string;
}

export interface DraftBinding {
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  onBlur: (event: FocusEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  'aria-describedby'?: string;
}

export function useDraft({ value, onCommit, onDone, multiline = false }: DraftOptions) {
  const session = useSession();
  const [draft, setDraftState] = useState<Draft | null>(null);
  const current = useRef<Draft | null>(null);
  const noticeId = useId();
  const element = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const setDraft = (next: Draft | null) => {
    current.current = next;
    setDraftState(next);
  };
  const latest = useRef({ onCommit, onDone, session });
  latest.current = { onCommit, onDone, session };

  /** Writes the draft if it differs from where it started; true when it wrote. */
  const flush = useCallback((): boolean => {
    const pending = current.current;
    current.current = null;
    if (!pending || pending.text === pending.base) return false;
    const { session, onCommit } = latest.current;
    session.stopCapturing();
    onCommit(pending.text);
    session.stopCapturing();
    return true;
  }, []);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const finish = () => {
    const committed = flush();
    setDraftState(null);
    latest.current.onDone?.(committed);
  };

  const incoming = draft && value !== draft.base && value !== draft.text ? value : null;

  const bind: DraftBinding = {
    ref: useCallback((el: HTMLInputElement | HTMLTextAreaElement | null) => {
      element.current = el;
    }, []),
    value: draft ? draft.text : value,
    onChange: (event) => setDraft({ text: event.target.value, base: current.current?.base ?? value }),
    onBlur: (event) => {
      // Moving to the colleague's-change notice of this field is not leaving it.
      if (event.relatedTarget instanceof Element && event.relatedTarget.closest(`[data-draft="${noticeId}"]`))
        return;
      finish();
    },
    onKeyDown: (event) => {
      // While there is a draft, Ctrl+Z takes back typing in the field (the browser's own undo),
      // not the document's last step.
      if ((event.ctrlKey || event.metaKey) && current.current) return event.stopPropagation();
      if (event.key === 'Enter' && !multiline && !event.nativeEvent.isComposing) {
        event.preventDefault();
        finish();
      } else if (event.key === 'Escape') {
        // With a draft, drops it only; a second Escape reaches whatever closes the panel or dialog.
        if (current.current) {
          event.preventDefault();
          event.stopPropagation();
        }
        current.current = null;
        setDraftState(null);
        latest.current.onDone?.(false);
      }
    },
  };
  if (incoming !== null) bind['aria-describedby'] = noticeId;

  const adopt = (take: boolean) => {
    const pending = current.current;
    if (!pending) return;
    setDraft(take ? { text: value, base: value } : { text: pending.text, base: value });
    element.current?.focus();
  };

  /** Focus left the notice: the edit ends unless it went back to the field. */
  const noticeBlur = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (to instanceof Element && (to === element.current || to.closest(`[data-draft="${noticeId}"]`))) return;
    finish();
  };

  return { bind, incoming, adopt, noticeId, noticeBlur, editing: draft !== null };
}

/** Beside a field whose value a colleague changed while it is being edited: take theirs or keep mine. */
export function DraftNotice({
  draft,
  field,
  by,
}: {
  draft: Pick<ReturnType<typeof useDraft>, 'incoming' | 'adopt' | 'noticeId' | 'noticeBlur'>;
  field: string;
  /** Who changed it, when that is known (the one colleague who has the same card open). */
  by?: string;
}) {
  const { t } = useI18n();
  if (draft.incoming === null) return null;
  const value = draft.incoming;
  return (
    <div
      className="draft-notice"
      role="status"
      id={draft.noticeId}
      data-draft={draft.noticeId}
      onBlur={draft.noticeBlur}
    >
      <span>
        {by ? t('draft.changedBy', { name: by, field, value }) : t('draft.changed', { field, value })}
      </span>
      <button type="button" className="button small" onClick={() => draft.adopt(true)}>
        {t('draft.take')}
      </button>
      <button type="button" className="button small subtle" onClick={() => draft.adopt(false)}>
        {t('draft.keep')}
      </button>
    </div>
  );
}
