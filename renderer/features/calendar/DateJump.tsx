import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { isDateKey, toDate, type DateKey } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { readTypedDate } from './typedDate';

/**
 * "Gehe zu Datum": the date in the app's language format (31.12.2026, 31 Dec 2026), to type over or
 * to pick. Chromium shows an <input type="date"> in the browser's own locale whatever the page's
 * language (12/31/2026 in an English Chromium beside a German interface), so the field is text, read
 * on Enter or when it loses focus; the button beside it opens the browser's date picker.
 */
export function DateJump({ anchor, onAnchor }: { anchor: DateKey; onAnchor: (key: DateKey) => void }) {
  const { t, locale, formatDate } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const typed = draft === null ? null : readTypedDate(draft, locale);
  const invalid = draft !== null && draft.trim() !== '' && typed === null;

  function commit() {
    if (typed) onAnchor(typed);
    if (!invalid) setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape' && draft !== null) {
      event.stopPropagation();
      setDraft(null);
    }
  }

  return (
    <span className="jump">
      <label>
        <span className="visually-hidden">{t('calendar.jump')}</span>
        <input
          type="text"
          inputMode="numeric"
          size={11}
          value={draft ?? formatDate(toDate(anchor))}
          aria-invalid={invalid}
          aria-describedby={invalid ? hintId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      </label>
      {invalid && (
        <span id={hintId} className="visually-hidden">
          {t('calendar.jumpInvalid')}
        </span>
      )}
      <button
        type="button"
        className="icon-button jump-pick"
        aria-label={t('calendar.jumpPick')}
        onClick={() => picker.current?.showPicker()}
      >
        <span aria-hidden="true">▾</span>
      </button>
      {/* The browser's picker, opened by the button; it is not a field of its own. */}
      <input
        ref={picker}
        type="date"
        className="jump-picker"
        tabIndex={-1}
        aria-hidden="true"
        value={anchor}
        onChange={(e) => isDateKey(e.target.value) && onAnchor(e.target.value)}
      />
    </span>
  );
}
