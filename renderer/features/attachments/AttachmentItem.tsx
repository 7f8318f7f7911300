import type { Attachment } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { usePersonName } from '../requests/usePeopleNames';
import { formatSize, useFileState, useFileUrl, useThumbUrl } from './useFiles';

/**
 * One file of a card as the card panel shows it: the picture or a video player once the bytes are
 * here, with the thumbnail and the transfer's progress meanwhile; where no reachable device has the
 * file, whose it is ("Datei liegt bei Ben Schulz, noch nicht übertragen"), never a broken image.
 */
export function AttachmentItem({ attachment, onRemove }: { attachment: Attachment; onRemove?: () => void }) {
  const { t, locale, formatDate } = useI18n();
  const nameOf = usePersonName();
  const state = useFileState(attachment, true);
  const url = useFileUrl(attachment, state);
  const thumbUrl = useThumbUrl(attachment);
  const { name, type } = attachment;
  const by = attachment.by ? nameOf({ id: attachment.by, name: '' }) : null;
  const isImage = type.startsWith('image/');
  const isVideo = type.startsWith('video/');
  return (
    <li className="attachment" aria-label={name}>
      <div className="attachment-view">
        {url && isImage && <img className="attachment-full" src={url} alt={name} />}
        {url && isVideo && (
          <video className="attachment-full" src={url} controls preload="metadata" aria-label={name} />
        )}
        {!url && thumbUrl && (
          <img className="attachment-thumb" src={thumbUrl} alt={t('files.thumbAlt', { name })} />
        )}
        {!url && !thumbUrl && <span className="attachment-icon" aria-hidden="true" />}
        {state.kind === 'fetching' && (
          <div className="attachment-progress">
            <progress
              max={state.size}
              value={state.received}
              aria-label={t('files.progressLabel', { name })}
            />
            <span>
              {t('files.progress', {
                done: formatSize(state.received, locale),
                total: formatSize(state.size, locale),
              })}
            </span>
          </div>
        )}
        {state.kind === 'missing' && (
          <p className="attachment-away" role="status">
            {by ? t('files.at', { name: by }) : t('files.atUnknown')}
          </p>
        )}
        {state.kind === 'unknown' && <p className="attachment-away">{t('files.checking')}</p>}
        {state.kind === 'refused' && (
          <p className="attachment-refused" role="alert">
            {state.reason === 'full' ? t('files.noRoom', { name }) : t('files.refused', { name })}
          </p>
        )}
      </div>
      <div className="attachment-meta">
        <span className="attachment-name">{name}</span>
        <span className="attachment-facts">
          {t('files.meta', {
            size: formatSize(attachment.size, locale),
            name: by ?? t('request.someone'),
            date: formatDate(attachment.at),
          })}
        </span>
        <span className="attachment-actions">
          {url && (
            <a
              className="button small subtle"
              href={url}
              download={name}
              aria-label={t('files.saveLabel', { name })}
            >
              {t('files.save')}
            </a>
          )}
          {onRemove && (
            <button
              type="button"
              className="button small subtle"
              onClick={onRemove}
              aria-label={t('files.remove', { name })}
            >
              ✕
            </button>
          )}
        </span>
      </div>
    </li>
  );
}
