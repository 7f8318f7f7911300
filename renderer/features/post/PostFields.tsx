import { useState } from 'react';
import {
  addHashtagSet,
  isPostLink,
  POST_FORMATS,
  readHashtagSets,
  removeHashtagSet,
  updatePost,
  type Card,
  type PostFormat,
  type PostPatch,
} from '../../../shared/model';
import { DraftNotice, useDraft } from '../../components/useDraft';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/de';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { onChangesOf, sameJson } from '../selectors';

export const selectHashtagSets = onChangesOf(['hashtagSets'], (s: Session) => readHashtagSets(s.doc));

/** The plan's fields of a card: Format, Link, Call-to-Action, Hashtags (with the workspace's sets), Zielgruppe, Hinweis fürs Community-Management, KPI. */
export function PostFields({ card, by }: { card: Card; by: string | undefined }) {
  const { t } = useI18n();
  const session = useSession();
  const update = (patch: PostPatch) => updatePost(session.doc, card.id, patch);
  return (
    <div className="post-fields">
      <div className="field-grid">
        <label className="field">
          <span>{t('post.format')}</span>
          <select
            value={card.post.format ?? ''}
            onChange={(e) => update({ format: (e.target.value || null) as PostFormat | null })}
          >
            <option value="">{t('post.formatNone')}</option>
            {POST_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`post.format.${format}`)}
              </option>
            ))}
          </select>
        </label>
        <TextField label="post.cta" value={card.post.cta} by={by} onCommit={(cta) => update({ cta })} />
      </div>
      <LinkField link={card.post.link} by={by} onCommit={(link) => update({ link })} />
      <HashtagsField tags={card.post.hashtags} by={by} onChange={(hashtags) => update({ hashtags })} />
      <div className="field-grid">
        <TextField
          label="post.audience"
          value={card.post.audience}
          by={by}
          onCommit={(audience) => update({ audience })}
        />
        <TextField
          label="post.kpi"
          value={card.post.kpi}
          by={by}
          onCommit={(kpi) => update({ kpi })}
          placeholder={t('post.kpiPlaceholder')}
        />
      </div>
      <TextField
        label="post.cmNote"
        value={card.post.cmNote}
        by={by}
        onCommit={(cmNote) => update({ cmNote })}
        multiline
      />
    </div>
  );
}

function TextField({
  label,
  value,
  by,
  onCommit,
  multiline = false,
  placeholder,
}: {
  label: MessageKey;
  value: string;
  by: string | undefined;
  onCommit: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
}) {
  const { t } = useI18n();
  const draft = useDraft({ value, onCommit, multiline });
  return (
    <>
      <label className="field">
        <span>{t(label)}</span>
        {multiline ? (
          <textarea {...draft.bind} rows={2} placeholder={placeholder} />
        ) : (
          <input {...draft.bind} placeholder={placeholder} />
        )}
      </label>
      <DraftNotice draft={draft} field={t(label)} by={by} />
    </>
  );
}

/** The link: only an http(s) URL is taken; it opens in the system browser (a new window is handed to it). */
function LinkField({
  link,
  by,
  onCommit,
}: {
  link: string;
  by: string | undefined;
  onCommit: (link: string) => void;
}) {
  const { t } = useI18n();
  const [invalid, setInvalid] = useState(false);
  const draft = useDraft({
    value: link,
    onCommit: (next) => {
      const clean = next.trim();
      const ok = clean === '' || isPostLink(clean);
      setInvalid(!ok);
      if (ok) onCommit(clean);
    },
  });
  return (
    <>
      <div className="post-link">
        <label className="field">
          <span>{t('post.link')}</span>
          <input
            {...draft.bind}
            type="url"
            inputMode="url"
            placeholder="https://"
            aria-invalid={invalid || undefined}
          />
        </label>
        {link && (
          // Electron hands every new window to the system browser after checking the address
          // (electron/main/security.ts); in a browser it opens a tab without access to this page.
          <a
            className="button small"
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('post.linkOpen')}
          >
            ↗
          </a>
        )}
      </div>
      {invalid && (
        <p className="field-error" role="alert">
          {t('post.linkInvalid')}
        </p>
      )}
      <DraftNotice draft={draft} field={t('post.link')} by={by} />
    </>
  );
}

function HashtagsField({
  tags,
  by,
  onChange,
}: {
  tags: readonly string[];
  by: string | undefined;
  onChange: (tags: string[]) => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const sets = useDocValue(selectHashtagSets, sameJson);
  const [naming, setNaming] = useState<string | null>(null);
  const draft = useDraft({ value: tags.join(', '), onCommit: (text) => onChange(text.split(',')) });
  return (
    <>
      <label className="field">
        <span>
          {t('post.hashtags')} <small className="hint">({t('post.hashtagsHint')})</small>
        </span>
        <input {...draft.bind} />
      </label>
      <DraftNotice draft={draft} field={t('post.hashtags')} by={by} />
      <div className="post-hashtag-sets" role="group" aria-label={t('post.hashtagSets')}>
        {sets.map((set) => (
          <span key={set.id} className="post-hashtag-set">
            <button
              type="button"
              className="button small"
              title={set.tags.map((tag) => `#${tag}`).join(' ')}
              aria-label={t('post.hashtagSetAdd', { name: set.name })}
              onClick={() => onChange([...tags, ...set.tags])}
            >
              + {set.name}
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('post.hashtagSetRemove', { name: set.name })}
              onClick={() => removeHashtagSet(session.doc, set.id)}
            >
              ✕
            </button>
          </span>
        ))}
        {tags.length > 0 &&
          (naming === null ? (
            <button type="button" className="button small subtle" onClick={() => setNaming('')}>
              {t('post.hashtagSetSave')}
            </button>
          ) : (
            <form
              className="post-hashtag-save"
              onSubmit={(e) => {
                e.preventDefault();
                if (naming.trim()) addHashtagSet(session.doc, { name: naming, tags });
                setNaming(null);
              }}
            >
              <input
                aria-label={t('post.hashtagSetName')}
                value={naming}
                maxLength={100}
                autoFocus
                onChange={(e) => setNaming(e.target.value)}
              />
              <button type="submit" className="button small">
                {t('post.hashtagSetSave')}
              </button>
            </form>
          ))}
      </div>
    </>
  );
}
