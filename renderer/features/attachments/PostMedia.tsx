import type { Attachment, CardId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import './attachments.css';
import { useCardAttachments, useFileState, useFileUrl, useThumbUrl } from './useFiles';

/** Pictures a network shows under a post at most; the rest are counted ("+2"). */
const SHOWN = 4;

const isMedia = (a: Attachment) => a.type.startsWith('image/') || a.type.startsWith('video/');

/**
 * The card's pictures and videos in the post preview, under the text as the networks show them:
 * the full image or a video player once the bytes are here, the thumbnail until then.
 */
export function PostMedia({ cardId }: { cardId: CardId }) {
  const { t } = useI18n();
  const media = useCardAttachments(cardId).filter(isMedia);
  if (media.length === 0) return null;
  const more = media.length - SHOWN;
  return (
    <div
      className={`post-media count-${Math.min(media.length, SHOWN)}`}
      role="group"
      aria-label={t('files.postMedia')}
    >
      {media.slice(0, SHOWN).map((attachment) => (
        <Medium key={attachment.id} attachment={attachment} />
      ))}
      {more > 0 && <span className="post-media-more">{t('files.postMediaMore', { count: more })}</span>}
    </div>
  );
}

function Medium({ attachment }: { attachment: Attachment }) {
  const { t } = useI18n();
  const state = useFileState(attachment, true);
  const url = useFileUrl(attachment, state);
  const thumbUrl = useThumbUrl(attachment);
  const { name, type } = attachment;
  if (url && type.startsWith('video/'))
    return <video src={url} controls preload="metadata" aria-label={name} />;
  if (url) return <img src={url} alt={name} />;
  if (thumbUrl) return <img src={thumbUrl} alt={t('files.thumbAlt', { name })} />;
  return <span className="post-media-pending">{name}</span>;
}
