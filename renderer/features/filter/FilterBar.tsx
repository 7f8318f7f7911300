import './filter.css';
import { useCallback } from 'react';
import {
  ACTION_FIELDS,
  POST_FORMATS,
  type PostFormat,
  EMPTY_FILTER,
  isFilterActive,
  matchesFilter,
  tagsInUse,
  type ActionField,
  type BoardFilter,
  type ChannelId,
  type PersonId,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { onChangesOf, sameRecords, selectChannels, selectPeople } from '../selectors';
import { CampaignFilter } from '../campaigns/CampaignFilter';
import { useFirstPaintDone } from '../shell/firstPaint';

export const selectTags = onChangesOf(['cards', 'cards.tags'], (s: Session) => tagsInUse(s.cards()));
const NO_TAGS: string[] = [];
const selectNoTags = () => NO_TAGS;

/** Filters by channel, owner, action field and tag, plus a text search; always visible and clearable. */
export function FilterBar({
  filter,
  onChange,
}: {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
}) {
  const { t } = useI18n();
  const channels = useDocValue(selectChannels, sameRecords);
  const people = useDocValue(selectPeople, sameRecords);
  // All tags in use means reading every card: offered once the first frame is painted (firstPaint.ts).
  const tags = useDocValue(useFirstPaintDone() ? selectTags : selectNoTags, sameRecords);
  const active = isFilterActive(filter);
  // The count is shown only while a filter is on; without one, an edit need not re-read every card.
  const selectCounts = useCallback(
    (s: Session) => {
      if (!active) return '';
      const cards = s.cards().filter((card) => card.archived === filter.showArchived);
      return `${cards.filter((card) => matchesFilter(card, filter)).length}/${cards.length}`;
    },
    [filter, active],
  );
  const [count, total] = useDocValue(selectCounts).split('/');
  const set = (patch: Partial<BoardFilter>) => onChange({ ...filter, ...patch });
  const one = <T extends string>(value: string): T[] => (value ? [value as T] : []);

  return (
    <div className={`filter-bar${active ? ' active' : ''}`} role="search" aria-label={t('filter.label')}>
      <input
        type="search"
        className="search"
        aria-label={t('filter.search')}
        placeholder={t('filter.searchPlaceholder')}
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <FilterSelect
        label={t('filter.channel')}
        value={filter.channelIds[0] ?? ''}
        onChange={(v) => set({ channelIds: one<ChannelId>(v) })}
      >
        {channels.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('filter.owner')}
        value={filter.ownerIds[0] ?? ''}
        onChange={(v) => set({ ownerIds: one<PersonId>(v) })}
      >
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('filter.field')}
        value={filter.fields[0] ?? ''}
        onChange={(v) => set({ fields: one<ActionField>(v) })}
      >
        {ACTION_FIELDS.map((f) => (
          <option key={f} value={f}>
            {t(`field.${f}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('post.format')}
        value={filter.formats[0] ?? ''}
        onChange={(v) => set({ formats: one<PostFormat>(v) })}
      >
        {POST_FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(`post.format.${f}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('filter.tag')}
        value={filter.tags[0] ?? ''}
        onChange={(v) => set({ tags: one<string>(v) })}
      >
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            #{tag}
          </option>
        ))}
      </FilterSelect>
      <CampaignFilter filter={filter} onChange={onChange} />
      <label className="check">
        <input
          type="checkbox"
          checked={filter.showArchived}
          onChange={(e) => set({ showArchived: e.target.checked })}
        />
        <span>{t('filter.archived')}</span>
      </label>
      {active && (
        <>
          <output className="filter-status">
            {t('filter.active', { count: Number(count), total: Number(total) })}
          </output>
          <button type="button" className="button small" onClick={() => onChange(EMPTY_FILTER)}>
            {t('filter.clear')}
          </button>
        </>
      )}
    </div>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <label className={`filter-select${value ? ' set' : ''}`}>
      <span>{label}</span>
      <select value={value} aria-label={label} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filter.all')}</option>
        {children}
      </select>
    </label>
  );
}
