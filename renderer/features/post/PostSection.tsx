import './post.css';
import type { Card } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { byId, sameRecords, selectChannels } from '../selectors';
import { ApprovalChanges } from './ApprovalChanges';
import { CopyEditor } from './CopyEditor';
import { PostFields } from './PostFields';
import { PostPrintButton } from './PostPrint';

/**
 * The post in the card panel: whether it changed after its approval, the text per channel with
 * counter and preview, and the plan's fields.
 */
export function PostSection({ card, by }: { card: Card; by: string | undefined }) {
  const { t } = useI18n();
  const channels = useDocValue(selectChannels, sameRecords);
  const channelById = byId(channels);
  const mine = card.channelIds.flatMap((id) => channelById.get(id) ?? []);
  return (
    <section className="post-section" aria-label={t('post.section')}>
      <div className="post-section-head">
        <h3>{t('post.section')}</h3>
        <PostPrintButton card={card} />
      </div>
      <ApprovalChanges cardId={card.id} />
      {mine.length === 0 && <p className="hint">{t('post.noChannels')}</p>}
      {mine.map((channel) => (
        <CopyEditor
          key={channel.id}
          card={card}
          channel={channel}
          others={mine.filter((c) => c.id !== channel.id)}
        />
      ))}
      <PostFields card={card} by={by} />
    </section>
  );
}
