import { useState } from 'react';
import {
  foldedStart,
  networkOf,
  postTokens,
  type CardId,
  type Channel,
  type PostToken,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { PostMedia } from '../attachments/PostMedia';

/**
 * The post roughly as the network shows it: the channel's name, the text with its line breaks,
 * hashtags, links and mentions highlighted, "… mehr" where the network folds a long text (pressing
 * it shows the rest), the card's pictures and videos (unless `media` is false: where they are shown
 * once beside the previews), and the link as a preview line where the network shows one. The folded
 * rest is in the page all the same: a printed preview shows the whole text (post.css).
 */
export function PostPreview({
  cardId,
  channel,
  text,
  link,
  media = true,
}: {
  cardId: CardId;
  channel: Channel;
  text: string;
  link: string;
  media?: boolean;
}) {
  const { t } = useI18n();
  const network = networkOf(channel.kind);
  const [open, setOpen] = useState(false);
  const start = open ? null : foldedStart(network, text);
  const tokens = postTokens(text);
  const [shown, rest] = start === null ? [tokens, []] : splitTokens(tokens, start.length);
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
          <Tokens tokens={shown} />
          {start !== null && (
            <>
              <span className="post-rest">
                <Tokens tokens={rest} />
              </span>
              <button type="button" className="post-more" onClick={() => setOpen(true)}>
                {t('post.more')}
              </button>
            </>
          )}
        </p>
      ) : (
        <p className="post-preview-text hint">{t('post.emptyPreview')}</p>
      )}
      {media && <PostMedia cardId={cardId} />}
      {link && <p className="post-preview-link">{link}</p>}
    </figure>
  );
}

function Tokens({ tokens }: { tokens: readonly PostToken[] }) {
  return tokens.map((token, i) =>
    token.kind === 'text' ? (
      <span key={i}>{token.text}</span>
    ) : (
      <span key={i} className={`post-token ${token.kind}`}>
        {token.text}
      </span>
    ),
  );
}

/** The tokens before and after `at` characters of their text; a token across it is cut in two. */
function splitTokens(tokens: readonly PostToken[], at: number): [PostToken[], PostToken[]] {
  const before: PostToken[] = [];
  const after: PostToken[] = [];
  let offset = 0;
  for (const token of tokens) {
    const end = offset + token.text.length;
    if (end <= at) before.push(token);
    else if (offset >= at) after.push(token);
    else {
      before.push({ kind: token.kind, text: token.text.slice(0, at - offset) });
      after.push({ kind: token.kind, text: token.text.slice(at - offset) });
    }
    offset = end;
  }
  return [before, after];
}
