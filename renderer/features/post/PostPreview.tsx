import { useState } from 'react';
import { foldedStart, networkOf, postTokens, type CardId, type Channel } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { PostMedia } from '../attachments/PostMedia';

/**
 * The post roughly as the network shows it: the channel's name, the text with its line breaks,
 * hashtags, links and mentions highlighted, "… mehr" where the network folds a long text (pressing
 * it shows the rest), the card's pictures and videos, and the link as a preview line where the
 * network shows one.
 */
export function PostPreview({
  cardId,
  channel,
  text,
  link,
}: {
  cardId: CardId;
  channel: Channel;
  text: string;
  link: string;
}) {
  const { t } = useI18n();
  const network = networkOf(channel.kind);
  const [open, setOpen] = useState(false);
  const start = open ? null : foldedStart(network, text);
  const shown = start ?? text;
  return (
    <figure
      className={`post-preview network-${network}`}
      aria-label={t('post.preview', { channel: channel.name })}
    >
      <figcaption className="post-preview-name">
        <span className="swatch" style={{ backgroundColor: channel.color }} aria-hidden="true" />
        {channel.name}
      </figcaption>
      {text ? (
        <p className="post-preview-text">
          {postTokens(shown).map((token, i) =>
            token.kind === 'text' ? (
              <span key={i}>{token.text}</span>
            ) : (
              <span key={i} className={`post-token ${token.kind}`}>
                {token.text}
              </span>
            ),
          )}
          {start !== null && (
            <button type="button" className="post-more" onClick={() => setOpen(true)}>
              {t('post.more')}
            </button>
          )}
        </p>
      ) : (
        <p className="post-preview-text hint">{t('post.emptyPreview')}</p>
      )}
      <PostMedia cardId={cardId} />
      {link && <p className="post-preview-link">{link}</p>}
    </figure>
  );
}
