import type { Channel, PartMeasure, PostMeasure } from '../../../shared/model';
import { useI18n, type Translate } from '../../i18n';

/** "⚠ Zu lang für X: 312 / 280 Zeichen: 32 über dem Limit", where a post is over its network's limit. */
export function OverLimitWarning({
  channel,
  measure,
  alert = true,
}: {
  channel: Channel;
  measure: PostMeasure;
  /** Announced as it appears (while writing); a list of posts to approve shows it as text. */
  alert?: boolean;
}) {
  const { t } = useI18n();
  if (!measure.over) return null;
  return (
    <p className="post-warning" role={alert ? 'alert' : undefined}>
      ⚠ {t('post.over', { channel: channel.name })}:{' '}
      {measure.parts
        .filter((p) => p.over)
        .map((p) =>
          p.part === 'hashtags'
            ? t('post.overHashtags', { over: p.count - p.max! })
            : `${counterText(p, t)}: ${t('post.overPart', { over: p.count - p.max! })}`,
        )
        .join(' · ')}
    </p>
  );
}

export function counterText(part: PartMeasure, t: Translate): string {
  if (part.max === null) return t('post.count.textFree', { count: part.count });
  return t(`post.count.${part.part}`, { count: part.count, max: part.max });
}
