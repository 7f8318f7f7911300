import { useId, useRef } from 'react';
import { useI18n } from '../../i18n';
import './attachments.css';

/** "Datei anhängen" in the form that delivers an input: the file goes onto the request's card. */
export function DeliverFile({ file, onFile }: { file: File | null; onFile: (file: File | null) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const chosen = useId();
  return (
    <span className="deliver-file">
      <button
        type="button"
        className="button small"
        onClick={() => input.current?.click()}
        aria-describedby={chosen}
      >
        {t('files.deliverAttach')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('files.deliverAttach')}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
      {file && (
        <span id={chosen} className="deliver-chosen">
          {t('files.deliverChosen', { name: file.name })}
        </span>
      )}
    </span>
  );
}
