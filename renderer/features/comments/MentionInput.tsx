import { useId, useState, type KeyboardEvent } from 'react';
import type { Person } from '../../../shared/model';
import { useI18n } from '../../i18n';

/** The `@query` the caret stands after, if any: the `@` must not stand inside a word (an e-mail address). */
export function mentionQuery(text: string, caret: number): { at: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1 || (at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  // A name has at most a few words; a line break ends the query.
  if (query.length > 40 || /\n/.test(query) || query.split(' ').length > 3) return null;
  return { at, query };
}

/**
 * A text area for a comment with @mention autocomplete: typing `@` and the start of a name lists
 * matching people (a listbox the text area controls, its active option named by
 * aria-activedescendant; a textarea may not take the combobox role); the arrow keys move through them, Enter or Tab takes one
 * (its name is written as `@Name `), Escape closes the list. Ctrl+Enter (⌘+Enter) sends.
 */
export function MentionInput({
  value,
  onChange,
  onSubmit,
  people,
  label,
  placeholder,
  autoFocus = false,
}: {
  value: string;
  onChange: (text: string) => void;
  onSubmit: () => void;
  people: readonly Person[];
  label: string;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState<number | null>(null);
  const found = mentionQuery(value, caret);
  const query = found?.query.toLocaleLowerCase('de') ?? '';
  const matches = found
    ? people
        .filter((p) => p.name.toLocaleLowerCase('de').startsWith(query) || (query === '' && p.name))
        .slice(0, 6)
    : [];
  const open = matches.length > 0 && closed !== found?.at;
  const current = Math.min(active, matches.length - 1);

  const take = (person: Person, field: HTMLTextAreaElement) => {
    if (!found) return;
    const next = `${value.slice(0, found.at)}@${person.name} ${value.slice(caret)}`;
    const position = found.at + person.name.length + 2;
    onChange(next);
    setCaret(position);
    setActive(0);
    requestAnimationFrame(() => field.setSelectionRange(position, position));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + matches.length) % matches.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      take(matches[current]!, event.currentTarget);
    } else if (event.key === 'Escape') {
      // Closes the list only, not the card panel around it.
      event.preventDefault();
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      setClosed(found!.at);
    }
  };

  return (
    <div className="mention-input">
      <textarea
        aria-label={label}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        value={value}
        placeholder={placeholder}
        rows={3}
        maxLength={2000}
        autoFocus={autoFocus}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setClosed(found?.at ?? null)}
        onFocus={() => setClosed(null)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('comments.suggestions')}
        className="mention-list"
        hidden={!open}
      >
        {open &&
          matches.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'active' : undefined}
              // mousedown, not click: the text area keeps its focus and caret.
              onMouseDown={(event) => {
                event.preventDefault();
                const field = event.currentTarget.closest('.mention-input')!.querySelector('textarea')!;
                take(person, field);
              }}
            >
              <span className="swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
              {person.name}
            </li>
          ))}
      </ul>
    </div>
  );
}
