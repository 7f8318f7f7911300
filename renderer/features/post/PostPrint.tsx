import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Card } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { formatDay, formatMoment } from '../requests/format';
import { byId, sameRecords, selectChannels, selectWorkspaceName } from '../selectors';
import { PostPreviews } from './PostPreviews';

/**
 * "Beitrag drucken": the post on paper for whoever approves it away from the screen — the title,
 * the slot, the plan's fields and the preview on each channel with the whole text (nothing folded)
 * and what is over a limit. The sheet is put beside the app only while printing; print CSS
 * (post.css) then prints it alone, on A4 portrait.
 */
export function PostPrintButton({ card }: { card: Card }) {
  const { t } = useI18n();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-label={t('post.printLabel', { title: card.title || t('board.untitled') })}
        onClick={() => setPrinting(true)}
      >
        {t('post.print')}
      </button>
      {printing && createPortal(<PostSheet card={card} />, document.body)}
    </>
  );
}

function PostSheet({ card }: { card: Card }) {
  const { t, locale } = useI18n();
  const workspace = useDocValue(selectWorkspaceName);
  const channels = byId(useDocValue(selectChannels, sameRecords));
  const slotChannel = card.slot ? channels.get(card.slot.channelId)?.name : undefined;
  const fields: [string, string][] = [
    [
      t('post.field.slot'),
      card.slot
        ? [formatDay(card.slot.date, locale), card.slot.time, slotChannel].filter(Boolean).join(' · ')
        : '',
    ],
    [t('post.format'), card.post.format ? t(`post.format.${card.post.format}`) : ''],
    [t('post.link'), card.post.link],
    [t('post.cta'), card.post.cta],
    [t('post.hashtags'), card.post.hashtags.map((tag) => `#${tag}`).join(' ')],
    [t('post.audience'), card.post.audience],
    [t('post.cmNote'), card.post.cmNote],
    [t('post.kpi'), card.post.kpi],
  ];
  return (
    <article className="post-print" aria-label={t('post.print')}>
      <header className="post-print-head">
        <span>{workspace}</span>
        <span>{t('post.printedAt', { moment: formatMoment(Date.now(), locale) })}</span>
      </header>
      <h1>{card.title || t('board.untitled')}</h1>
      <dl className="post-print-fields">
        {fields
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <PostPreviews cardId={card.id} media />
    </article>
  );
}
