import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { FILE_LIMIT_BYTES, removeAttachment, type CardId } from '../../../shared/model';
import { useI18n, type Translate } from '../../i18n';
import { STORE_LIMIT_BYTES } from '../../sync/files';
import { useSession } from '../../sync/useDocValue';
import { useIdentity } from '../shell/identity';
import { AttachmentItem } from './AttachmentItem';
import './attachments.css';
import { addFilesToCard, formatSize, useCardAttachments, type AddProblem } from './useFiles';

/** What a refused file's problem says. */
export function problemText(problem: AddProblem, t: Translate, locale: string): string {
  const limit = formatSize(FILE_LIMIT_BYTES, locale);
  if (problem.code === 'tooLarge')
    return t('files.tooLarge', { name: problem.name, size: formatSize(problem.size, locale), limit });
  if (problem.code === 'full')
    return t('files.full', { name: problem.name, limit: formatSize(STORE_LIMIT_BYTES, locale) });
  return t('files.failed', { name: problem.name });
}

/**
 * The card panel's files: dropped onto the panel or chosen with the file dialog, shown as they
 * arrive (AttachmentItem). The bytes stay on this device and travel to colleagues when they open
 * the card; the document gets only each file's record.
 */
export function AttachmentsSection({
  cardId,
  title,
  panelRef,
}: {
  cardId: CardId;
  title: string;
  /** The whole card panel takes dropped files. */
  panelRef: RefObject<HTMLElement | null>;
}) {
  const { t, locale } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const attachments = useCardAttachments(cardId);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const headingId = useId();

  const add = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(files.map((f) => f.name).join(', '));
    const refused = await addFilesToCard(session, cardId, files, me);
    setBusy(null);
    setProblems(refused.map((problem) => problemText(problem, t, locale)));
  };

  const addRef = useRef(add);
  addRef.current = add;
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!panel.contains(event.relatedTarget as Node | null)) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(false);
      void addRef.current([...(event.dataTransfer?.files ?? [])]);
    };
    panel.addEventListener('dragover', onDragOver);
    panel.addEventListener('dragleave', onDragLeave);
    panel.addEventListener('drop', onDrop);
    return () => {
      panel.removeEventListener('dragover', onDragOver);
      panel.removeEventListener('dragleave', onDragLeave);
      panel.removeEventListener('drop', onDrop);
    };
  }, [panelRef]);

  return (
    <section className={`attachments${over ? ' drop-over' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('files.title')}</h3>
      {attachments.length > 0 && (
        <ul className="attachment-list">
          {attachments.map((attachment) => (
            <AttachmentItem
              key={attachment.id}
              attachment={attachment}
              onRemove={() => removeAttachment(session.doc, attachment.id)}
            />
          ))}
        </ul>
      )}
      <div className="attachment-drop">
        <span>{t('files.drop')}</span>{' '}
        <button
          type="button"
          className="button small"
          onClick={() => input.current?.click()}
          aria-label={t('files.chooseLabel', { title })}
        >
          {t('files.choose')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          onChange={(event) => {
            void add([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <span className="attachment-limit">
          {t('files.limit', { size: formatSize(FILE_LIMIT_BYTES, locale) })}
        </span>
      </div>
      {busy && (
        <p className="attachment-busy" role="status">
          {t('files.adding', { name: busy })}
        </p>
      )}
      {problems.map((problem) => (
        <p key={problem} className="form-error" role="alert">
          {problem}
        </p>
      ))}
    </section>
  );
}
