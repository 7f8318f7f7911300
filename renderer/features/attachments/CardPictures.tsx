import type { Attachment, CardId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import './attachments.css';
import { useCardAttachments, useFileState, useFileUrl, useThumbUrl } from './useFiles';

/**
 * A card's files where a decision is made about it (the approval): the pictures as large as the
 * bytes on this device allow (the thumbnail until they arrived), the other files by name. What an
 * approver approves is text and picture together.
 */
export function CardPictures({ cardId }: { cardId: CardId }) {
  const { t } = useI18n();
  const attachments = useCardAttachments(cardId);
  if (attachments.length === 0) return null;
  return (
    <div className="request-files" aria-label={t('files.title')} role="group">
      {attachments.map((attachment) => (
        <Picture key={attachment.id} attachment={attachment} />
      ))}
    </div>
  );
}

function Picture({ attachment }: { attachment: Attachment }) {
  const { t } = useI18n();
  const isImage = attachment.type.startsWith('image/');
  const state = useFileState(attachment, isImage);
  const url = useFileUrl(attachment, state);
  const thumbUrl = useThumbUrl(attachment);
  if (isImage && url) return <img src={url} alt={attachment.name} />;
  if (thumbUrl) return <img src={thumbUrl} alt={t('files.thumbAlt', { name: attachment.name })} />;
  return <span className="tile-file-count">{attachment.name}</span>;
}
