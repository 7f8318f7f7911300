import { memo } from 'react';
import type { Attachment, CardId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import './attachments.css';
import { useCardAttachments, useThumbUrl } from './useFiles';

/**
 * A card's first picture on a board or calendar tile, from its thumbnail (a few KB, fetched as soon
 * as the tile shows), and how many files it has. `compact` (the month's one-line posts): the
 * picture as a small square beside the time, or the file sign with the number when there is none.
 */
export const TileThumb = memo(function TileThumb({
  cardId,
  compact = false,
}: {
  cardId: CardId;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const attachments = useCardAttachments(cardId);
  if (attachments.length === 0) return null;
  const first = attachments.find((a) => a.thumb);
  if (compact)
    return (
      <span className="tile-files compact">
        {first ? (
          <Thumb attachment={first} />
        ) : (
          <span
            className="tile-file-count"
            role="img"
            aria-label={t('files.tileCount', { count: attachments.length })}
          />
        )}
      </span>
    );
  return (
    <span className="tile-files">
      {first && <Thumb attachment={first} />}
      <span className="tile-file-count">{t('files.tileCount', { count: attachments.length })}</span>
    </span>
  );
});

/** The thumbnail once its few KB are here; a quiet box of the picture's shape until then. */
function Thumb({ attachment }: { attachment: Attachment }) {
  const { t } = useI18n();
  const url = useThumbUrl(attachment);
  if (url)
    return <img className="tile-thumb" src={url} alt={t('files.thumbAlt', { name: attachment.name })} />;
  const ratio =
    attachment.width && attachment.height ? `${attachment.width} / ${attachment.height}` : '4 / 3';
  return <span className="tile-thumb pending" style={{ aspectRatio: ratio }} aria-hidden="true" />;
}
