import {
  copyPostFrom,
  networkOf,
  setPostCopy,
  type Card,
  type Channel,
  type ChannelId,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { BriefEditor } from '../card/BriefEditor';
import { measured } from './measure';
import { counterText, OverLimitWarning } from './OverLimitWarning';
import { PostPreview } from './PostPreview';
import { previewLink } from './PostPreviews';

/**
 * One channel's post text: edited together like the brief (a Y.Text), with a live counter against
 * that network's limits, "Von anderem Kanal übernehmen" and the preview. Over a limit, the counter
 * and a warning say so; the text is never cut.
 */
export function CopyEditor({
  card,
  channel,
  others,
}: {
  card: Card;
  channel: Channel;
  others: readonly Channel[];
}) {
  const { t } = useI18n();
  const session = useSession();
  const copy = card.post.copy[channel.id] ?? '';
  const { text, measure } = measured(channel, card);
  const counterId = `post-count-${card.id}-${channel.id}`;
  const sources = others.filter((other) => (card.post.copy[other.id] ?? '') !== '');
  return (
    <section
      className={`post-channel${measure.over ? ' over' : ''}`}
      aria-label={t('post.copyOf', { channel: channel.name })}
    >
      <div className="post-channel-head">
        <h4>
          <span className="swatch" style={{ backgroundColor: channel.color }} aria-hidden="true" />
          {channel.name}
        </h4>
        {sources.length > 0 && (
          <select
            className="post-copy-from"
            aria-label={t('post.copyFromLabel', { channel: channel.name })}
            value=""
            onChange={(e) => {
              if (e.target.value) {
                copyPostFrom(session.doc, card.id, e.target.value as ChannelId, channel.id);
                session.stopCapturing();
              }
            }}
          >
            <option value="">{t('post.copyFrom')}</option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.name}
              </option>
            ))}
          </select>
        )}
      </div>
      <BriefEditor
        value={copy}
        label={t('post.copyOf', { channel: channel.name })}
        placeholder={t('post.copyPlaceholder', { channel: channel.name })}
        onChange={(next) => setPostCopy(session.doc, card.id, channel.id, next)}
        describedBy={counterId}
        rows={4}
      />
      <p className="post-counter" id={counterId} aria-live="polite">
        {measure.parts.map((part) => (
          <span key={part.part} className={part.over ? 'over' : undefined}>
            {counterText(part, t)}
          </span>
        ))}
        {networkOf(channel.kind) === 'x' && <span className="hint">{t('post.xWeighted')}</span>}
      </p>
      <OverLimitWarning channel={channel} measure={measure} />
      <PostPreview cardId={card.id} channel={channel} text={text} link={previewLink(channel, card)} />
    </section>
  );
}
