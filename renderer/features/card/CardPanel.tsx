import './card.css';
import { useEffect, useId, useRef, useState } from 'react';
import {
  ACTION_FIELDS,
  deleteCard,
  setArchived,
  setCardBody,
  updateCard,
  type ActionField,
  type CardId,
  type ChannelId,
  type ColumnId,
  type PersonId,
} from '../../../shared/model';
import { ConfirmDialog } from '../../components/Dialog';
import { DraftNotice, useDraft } from '../../components/useDraft';
import { useI18n } from '../../i18n';
import { useCardPresence } from '../../sync/useConnection';
import { useCard, useDocValue, useSession } from '../../sync/useDocValue';
import { SlotSection } from '../calendar/SlotSection';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { CommentThread } from '../comments/CommentThread';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { CardProcess } from '../processes/CardProcess';
import { CardRequests } from '../requests/CardRequests';
import { byId, sameRecords, selectChannels, selectPeople } from '../selectors';
import { useColumns } from '../useColumns';
import { BriefEditor } from './BriefEditor';
import { PostSection } from '../post/PostSection';
import { requestMove } from '../access/ApprovalGate';
import { SeriesNote } from '../series/SeriesNote';

/** The side panel in which a card is read and edited; every change is saved as it is made. */
export function CardPanel({ cardId, onClose }: { cardId: CardId; onClose: () => void }) {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const card = useCard(cardId);
  const people = useDocValue(selectPeople, sameRecords);
  const channels = useDocValue(selectChannels, sameRecords);
  const columns = useColumns();
  const alsoHere = useCardPresence(cardId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);

  useEffect(() => {
    panelRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  if (!card) {
    return (
      <aside className="card-panel" aria-label={t('card.panel')}>
        <p>{t('card.gone')}</p>
        <button type="button" className="button" onClick={onClose}>
          {t('card.close')}
        </button>
      </aside>
    );
  }

  // A change to the card arriving while a field is edited comes, as a rule, from the colleague
  // who has it open too; with several, the notice names nobody.
  const changer = alsoHere.length === 1 ? alsoHere[0]!.name : undefined;
  const creator = card.createdBy ? byId(people).get(card.createdBy) : undefined;
  const ownerKnown = card.ownerId === null || people.some((p) => p.id === card.ownerId);
  const toggleChannel = (id: ChannelId, on: boolean) =>
    updateCard(session.doc, cardId, {
      channelIds: on ? [...card.channelIds, id] : card.channelIds.filter((c) => c !== id),
    });

  return (
    <aside className="card-panel" aria-labelledby={titleId} ref={panelRef}>
      <header className="panel-header">
        <h2 id={titleId}>{t('card.panel')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('card.close')}>
          ✕
        </button>
      </header>
      {card.archived && <p className="notice">{t('card.archivedNote')}</p>}
      <SeriesNote seriesId={card.seriesId} />
      {alsoHere.length > 0 && (
        <p className="notice presence-note">
          {t('sync.alsoOpen', { names: alsoHere.map((p) => p.name).join(', ') })}
        </p>
      )}
      <TitleField
        value={card.title}
        onCommit={(title) => updateCard(session.doc, cardId, { title })}
        by={changer}
      />
      <label className="field">
        <span>{t('card.brief')}</span>
        <BriefEditor
          value={card.body}
          label={t('card.brief')}
          placeholder={t('card.briefPlaceholder')}
          onChange={(next) => setCardBody(session.doc, cardId, next)}
        />
      </label>
      <AttachmentsSection cardId={cardId} title={card.title} panelRef={panelRef} />
      <div className="field-grid">
        <label className="field">
          <span>{t('card.column')}</span>
          <select
            value={card.pos.columnId}
            onChange={(e) => requestMove(session, cardId, { columnId: e.target.value as ColumnId })}
          >
            {columns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('card.owner')}</span>
          <select
            value={card.ownerId ?? ''}
            onChange={(e) =>
              updateCard(session.doc, cardId, { ownerId: (e.target.value || null) as PersonId | null })
            }
          >
            <option value="">{t('card.nobody')}</option>
            {!ownerKnown && <option value={card.ownerId!}>{t('card.unknownPerson')}</option>}
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('card.field')}</span>
          <select
            value={card.field ?? ''}
            onChange={(e) =>
              updateCard(session.doc, cardId, { field: (e.target.value || null) as ActionField | null })
            }
          >
            <option value="">{t('field.none')}</option>
            {ACTION_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`field.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <CampaignSelect card={card} />
      </div>
      <fieldset className="channel-choice">
        <legend>{t('card.channels')}</legend>
        {channels.length === 0 && <p className="hint">{t('card.noChannels')}</p>}
        {channels.map((channel) => (
          <label key={channel.id} className="check">
            <input
              type="checkbox"
              checked={card.channelIds.includes(channel.id)}
              onChange={(e) => toggleChannel(channel.id, e.target.checked)}
            />
            <span className="swatch" style={{ backgroundColor: channel.color }} aria-hidden="true" />
            <span>{channel.name}</span>
          </label>
        ))}
      </fieldset>
      <SlotSection card={card} />
      <CardProcess card={card} />
      <PostSection card={card} by={changer} />
      <TagsField
        tags={card.tags}
        onChange={(tags) => updateCard(session.doc, cardId, { tags })}
        by={changer}
      />
      <p className="hint">
        {creator
          ? t('card.created', { date: formatDate(card.createdAt), name: creator.name })
          : t('card.createdAt', { date: formatDate(card.createdAt) })}
      </p>
      <CardRequests cardId={cardId} />
      <CommentThread cardId={cardId} />
      <div className="panel-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setArchived(session.doc, cardId, !card.archived);
            session.stopCapturing();
          }}
        >
          {card.archived ? t('card.restore') : t('card.archive')}
        </button>
        <button type="button" className="button danger" onClick={() => setConfirmDelete(true)}>
          {t('card.delete')}
        </button>
      </div>
      {confirmDelete && (
        <ConfirmDialog
          title={t('card.deleteTitle', { title: card.title || t('board.untitled') })}
          confirmLabel={t('card.deleteConfirm')}
          onConfirm={() => {
            deleteCard(session.doc, cardId);
            session.stopCapturing();
            onClose();
          }}
          onClose={() => setConfirmDelete(false)}
        >
          <p>{t('card.deleteText')}</p>
        </ConfirmDialog>
      )}
    </aside>
  );
}

/** The card's title, kept as typed while the field has focus (useDraft). */
function TitleField({
  value,
  onCommit,
  by,
}: {
  value: string;
  onCommit: (title: string) => void;
  by: string | undefined;
}) {
  const { t } = useI18n();
  const draft = useDraft({ value, onCommit });
  return (
    <>
      <label className="field">
        <span>{t('card.title')}</span>
        <input {...draft.bind} maxLength={300} />
      </label>
      <DraftNotice draft={draft} field={t('card.title')} by={by} />
    </>
  );
}

/** Tags as comma-separated text, saved when the field is left or Enter is pressed. */
function TagsField({
  tags,
  onChange,
  by,
}: {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  by: string | undefined;
}) {
  const { t } = useI18n();
  const draft = useDraft({ value: tags.join(', '), onCommit: (text) => onChange(text.split(',')) });
  return (
    <>
      <label className="field">
        <span>
          {t('card.tags')} <small className="hint">({t('card.tagsHint')})</small>
        </span>
        <input {...draft.bind} />
      </label>
      <DraftNotice draft={draft} field={t('card.tags')} by={by} />
    </>
  );
}
