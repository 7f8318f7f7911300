import { memo } from 'react';
import type { CardId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import './attachments.css';
import { useCardAttachments } from './useFiles';

/**
 * A card's first picture on a board or calendar tile, from the thumbnail in the document (no
 * bytes needed), and how many files it has.
 */
export const TileThumb = memo(function TileThumb({ cardId }: { cardId: CardId }) {
  const { t } = useI18n();
  const attachments = useCardAttachments(cardId);
  if (attachments.length === 0) return null;
  const first = attachments.find((a) => a.thumb);
  return (
    <span className="tile-files">
      {first && (
        <img className="tile-thumb" src={first.thumb!} alt={t('files.thumbAlt', { name: first.name })} />
      )}
      <span className="tile-file-count">{t('files.tileCount', { count: attachments.length })}</span>
    </span>
  );
});
