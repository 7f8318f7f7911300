import './versions.css';
import { useMemo, useState } from 'react';
import {
  addMonthsKey,
  compareOrdered,
  compareSlots,
  longDayLabel,
  monthLabel,
  monthSpan,
  readCards,
  readChannels,
  readColumns,
  readPeople,
  type Card,
  type DateKey,
  type Doc,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { VersionChanges } from './VersionChanges';

type Tab = 'board' | 'calendar' | 'changes';
/** Cards shown per column of the read-only board; more are counted. */
const COLUMN_CARDS = 200;

/** A version opened read-only: its board, its calendar, and what changed since. */
export function VersionView({
  doc,
  at,
  onRestored,
}: {
  doc: Doc;
  at: number;
  onRestored: (count: number) => void;
}) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('board');
  return (
    <div className="version-view">
      <div className="segmented" role="tablist" aria-label={t('versions.title')}>
        {(['board', 'calendar', 'changes'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={`button small${tab === id ? ' active' : ''}`}
            onClick={() => setTab(id)}
          >
            {t(`versions.tab.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(`versions.tab.${tab}`)} className="version-panel">
        {tab === 'board' && <VersionBoard doc={doc} />}
        {tab === 'calendar' && <VersionCalendar doc={doc} at={at} />}
        {tab === 'changes' && <VersionChanges version={doc} onRestored={onRestored} />}
      </div>
    </div>
  );
}

function useNames(doc: Doc) {
  return useMemo(
    () => ({
      channels: new Map(readChannels(doc).map((c) => [c.id as string, c.name])),
      people: new Map(readPeople(doc).map((p) => [p.id as string, p.name])),
    }),
    [doc],
  );
}

function VersionBoard({ doc }: { doc: Doc }) {
  const { t } = useI18n();
  const columns = useMemo(() => {
    const all = readColumns(doc);
    const cards = readCards(doc).filter((c) => !c.archived);
    return all.map((column, index) => ({
      column,
      cards: cards
        .filter(
          (c) => c.pos.columnId === column.id || (index === 0 && !all.some((x) => x.id === c.pos.columnId)),
        )
        .sort((a, b) => compareOrdered({ id: a.id, order: a.pos.order }, { id: b.id, order: b.pos.order })),
    }));
  }, [doc]);
  const names = useNames(doc);
  return (
    // Focusable, so that a keyboard can scroll the columns sideways.
    <div className="version-board" tabIndex={0} role="group" aria-label={t('versions.tab.board')}>
      {columns.map(({ column, cards }) => (
        <section key={column.id} className="version-column" aria-label={column.title}>
          <h3>
            {column.title} <span className="hint">{cards.length}</span>
          </h3>
          <ul className="stack-list">
            {cards.slice(0, COLUMN_CARDS).map((card) => (
              <li key={card.id} className="record-card">
                <strong>{card.title || t('board.untitled')}</strong>
                <CardFacts card={card} names={names} />
              </li>
            ))}
            {cards.length > COLUMN_CARDS && <li className="hint">+ {cards.length - COLUMN_CARDS}</li>}
          </ul>
        </section>
      ))}
    </div>
  );
}

function CardFacts({ card, names }: { card: Card; names: ReturnType<typeof useNames> }) {
  const { locale } = useI18n();
  const facts = [
    card.slot &&
      `${longDayLabel(card.slot.date, locale)} ${card.slot.time} · ${names.channels.get(card.slot.channelId) ?? '?'}`,
    card.ownerId && names.people.get(card.ownerId),
  ].filter(Boolean);
  return facts.length > 0 ? <span className="hint">{facts.join(' · ')}</span> : null;
}

function VersionCalendar({ doc, at }: { doc: Doc; at: number }) {
  const { t, locale } = useI18n();
  const start = new Date(at);
  const [month, setMonth] = useState<DateKey>(
    `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-01` as DateKey,
  );
  const names = useNames(doc);
  const days = useMemo(() => {
    const span = monthSpan(month);
    const posts = readCards(doc)
      .filter((c) => c.slot && !c.archived && c.slot.date >= span.from && c.slot.date <= span.to)
      .sort((a, b) => compareSlots(a.slot!, b.slot!));
    const byDay = new Map<string, Card[]>();
    for (const post of posts) byDay.set(post.slot!.date, [...(byDay.get(post.slot!.date) ?? []), post]);
    return [...byDay];
  }, [doc, month]);
  return (
    <div className="version-calendar">
      <div className="calendar-nav">
        <button
          type="button"
          className="icon-button"
          aria-label={t('calendar.prevMonth')}
          onClick={() => setMonth(addMonthsKey(month, -1))}
        >
          ‹
        </button>
        <h3>{monthLabel(month, locale)}</h3>
        <button
          type="button"
          className="icon-button"
          aria-label={t('calendar.nextMonth')}
          onClick={() => setMonth(addMonthsKey(month, 1))}
        >
          ›
        </button>
      </div>
      {days.length === 0 && <p className="hint">{t('versions.noPosts')}</p>}
      {days.map(([day, posts]) => (
        <section key={day} aria-label={longDayLabel(day as DateKey, locale)}>
          <h4>{longDayLabel(day as DateKey, locale)}</h4>
          <ul className="stack-list">
            {posts.map((post) => (
              <li key={post.id} className="record-card">
                <span>
                  {post.slot!.time} · {names.channels.get(post.slot!.channelId) ?? '?'}
                </span>{' '}
                <strong>{post.title || t('board.untitled')}</strong>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
