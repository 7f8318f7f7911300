import { useCallback, useState } from 'react';
import {
  addChannel,
  CHANNEL_COLORS,
  CHANNEL_KINDS,
  isColor,
  isTime,
  moveChannel,
  removeChannel,
  updateChannel,
  type Channel,
  type ChannelKind,
  type SlotTemplateEntry,
} from '../../../shared/model';
import { ChannelChip } from '../../components/badges';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { DraftNotice, useDraft } from '../../components/useDraft';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameRecords, selectChannels } from '../selectors';
import './channels.css';

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

const bySlot = (a: SlotTemplateEntry, b: SlotTemplateEntry) =>
  a.weekday - b.weekday || a.time.localeCompare(b.time);

/** Channels and their weekly slots: add, rename, kind and colour, order, slots, remove. */
export function ChannelsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const channels = useDocValue(selectChannels, sameRecords);
  const [removing, setRemoving] = useState<Channel | null>(null);
  return (
    <Dialog
      title={t('channels.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button primary" onClick={onClose}>
          {t('channels.done')}
        </button>
      }
    >
      <p className="hint">{t('channels.hint')}</p>
      <ul className="channel-list" aria-label={t('channels.list')}>
        {channels.map((channel, i) => (
          <ChannelRow
            key={channel.id}
            channel={channel}
            previous={channels[i - 1]}
            next={channels[i + 1]}
            onRemove={() => setRemoving(channel)}
          />
        ))}
      </ul>
      <NewChannel />
      {removing && <RemoveChannel channel={removing} onClose={() => setRemoving(null)} />}
    </Dialog>
  );
}

function ChannelRow({
  channel,
  previous,
  next,
  onRemove,
}: {
  channel: Channel;
  previous: Channel | undefined;
  next: Channel | undefined;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const name = useDraft({
    value: channel.name,
    onCommit: (next) => next.trim() && updateChannel(session.doc, channel.id, { name: next }),
  });
  return (
    <li className="channel-row">
      <div className="channel-row-main">
        <ChannelChip channel={channel} />
        <label className="field">
          <span>{t('channels.name')}</span>
          <input {...name.bind} maxLength={60} />
        </label>
        <DraftNotice draft={name} field={t('channels.name')} />
        <label className="field">
          <span>{t('channels.kind')}</span>
          <ChoiceSelect
            value={channel.kind}
            choices={CHANNEL_KINDS}
            labelOf={(kind) => t(`kind.${kind}`)}
            onChoose={(kind) => {
              const color = channel.color === CHANNEL_COLORS[channel.kind] ? CHANNEL_COLORS[kind] : undefined;
              updateChannel(session.doc, channel.id, { kind, color });
            }}
          />
        </label>
        <label className="field color-field">
          <span>{t('channels.color')}</span>
          <input
            type="color"
            value={channel.color}
            onChange={(e) =>
              isColor(e.target.value) && updateChannel(session.doc, channel.id, { color: e.target.value })
            }
          />
        </label>
        <div className="channel-row-actions">
          <button
            type="button"
            className="icon-button"
            disabled={!previous}
            onClick={() => previous && moveChannel(session.doc, channel.id, { before: previous.id })}
            aria-label={t('channels.moveUp', { name: channel.name })}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={!next}
            onClick={() => next && moveChannel(session.doc, channel.id, { after: next.id })}
            aria-label={t('channels.moveDown', { name: channel.name })}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon-button danger"
            onClick={onRemove}
            aria-label={t('channels.remove', { name: channel.name })}
          >
            ✕
          </button>
        </div>
      </div>
      <SlotTemplate channel={channel} />
    </li>
  );
}

function SlotTemplate({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  const session = useSession();
  const [weekday, setWeekday] = useState<Weekday>(1);
  const [time, setTime] = useState('09:00');
  const entries = [...channel.slotTemplate].sort(bySlot);
  const save = (slotTemplate: SlotTemplateEntry[]) =>
    updateChannel(session.doc, channel.id, { slotTemplate: slotTemplate.sort(bySlot) });
  const exists = entries.some((e) => e.weekday === weekday && e.time === time);
  return (
    <div className="slot-template" role="group" aria-label={t('channels.slots', { name: channel.name })}>
      {entries.length === 0 && <span className="hint">{t('channels.noSlots')}</span>}
      {entries.map((entry) => {
        const day = t(`weekday.${entry.weekday as Weekday}`);
        return (
          <span key={`${entry.weekday}-${entry.time}`} className="template-entry">
            {day} {entry.time}
            <button
              type="button"
              className="icon-button tiny"
              onClick={() => save(entries.filter((e) => e !== entry))}
              aria-label={t('channels.removeSlot', { weekday: day, time: entry.time })}
            >
              ✕
            </button>
          </span>
        );
      })}
      <span className="template-add">
        <select
          aria-label={t('channels.weekday')}
          value={weekday}
          onChange={(e) => setWeekday(Number(e.target.value) as Weekday)}
        >
          {WEEKDAYS.map((d) => (
            <option key={d} value={d}>
              {t(`weekday.${d}`)}
            </option>
          ))}
        </select>
        <input
          type="time"
          aria-label={t('channels.time')}
          value={time}
          onChange={(e) => setTime(e.target.value)}
        />
        <button
          type="button"
          className="button small"
          disabled={!isTime(time) || exists}
          onClick={() => save([...entries, { weekday, time }])}
        >
          {t('channels.addSlot')}
        </button>
      </span>
    </div>
  );
}

function NewChannel() {
  const { t } = useI18n();
  const session = useSession();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ChannelKind>('instagram');
  return (
    <form
      className="row new-channel"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        addChannel(session.doc, { name, kind });
        setName('');
      }}
    >
      <label className="field">
        <span>{t('channels.newName')}</span>
        <input value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('channels.kind')}</span>
        <ChoiceSelect
          value={kind}
          choices={CHANNEL_KINDS}
          labelOf={(k) => t(`kind.${k}`)}
          onChoose={setKind}
        />
      </label>
      <button type="submit" className="button" disabled={!name.trim()}>
        {t('channels.add')}
      </button>
    </form>
  );
}

function RemoveChannel({ channel, onClose }: { channel: Channel; onClose: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const count = useDocValue(
    useCallback(
      (s: Session) => s.cards().filter((c) => !c.archived && c.slot?.channelId === channel.id).length,
      [channel.id],
    ),
  );
  return (
    <ConfirmDialog
      title={t('channels.removeTitle', { name: channel.name })}
      confirmLabel={t('channels.removeConfirm')}
      onConfirm={() => {
        removeChannel(session.doc, channel.id);
        session.stopCapturing();
      }}
      onClose={onClose}
    >
      <p>{t('channels.removeText', { count })}</p>
    </ConfirmDialog>
  );
}
