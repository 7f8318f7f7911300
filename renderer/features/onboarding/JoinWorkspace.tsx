import './onboarding.css';
import { useId, useState, type FormEvent } from 'react';
import { decodeInvite } from '../../../shared/invite';
import { useI18n } from '../../i18n';
import { hasOtherSecret, rememberInvite } from '../../sync/workspaces';
import { useNavigation } from '../shell/navigation';
import { CreateOrBack } from './CreateOrBack';

/** "Arbeitsbereich beitreten": paste an invite; the board arrives from the colleagues. */
export function JoinWorkspace() {
  const { t } = useI18n();
  const navigation = useNavigation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = decodeInvite(text);
    if (!result.ok) return setError(t(`join.error.${result.error}`));
    if (hasOtherSecret(result.invite)) return setError(t('join.error.otherSecret'));
    navigation.open(rememberInvite(result.invite, t('join.unnamed')));
  }

  return (
    <main className="first-run">
      <form className="first-run-card" onSubmit={submit} noValidate>
        <div className="brand-mark" aria-hidden="true" />
        <h1>{t('join.title')}</h1>
        <p className="lead">{t('join.lead')}</p>
        <label className="field">
          <span>{t('join.invite')}</span>
          <textarea
            value={text}
            rows={4}
            autoFocus
            spellCheck={false}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            placeholder="sendeplan1.…"
          />
        </label>
        {error && (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary large">
          {t('join.submit')}
        </button>
        <CreateOrBack />
      </form>
    </main>
  );
}
