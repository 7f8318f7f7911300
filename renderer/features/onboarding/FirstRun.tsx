import './onboarding.css';
import { useId, useState, type FormEvent } from 'react';
import { newRoom } from '../../../shared/invite';
import { addPerson, createWorkspace, fillExamplePlan, type Role } from '../../../shared/model';
import { RoleField } from '../../components/RoleField';
import { useI18n } from '../../i18n';
import { rememberWorkspace, sessionFor, setIdentity } from '../../sync/workspaces';
import { useNavigation } from '../shell/navigation';
import { OrphanedWorkspaces } from './OrphanedWorkspaces';

/** Creating a workspace: name it, say who you are, and optionally start from an example plan. */
export function FirstRun() {
  const { t } = useI18n();
  const navigation = useNavigation();
  const [workspaceName, setWorkspaceName] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('social');
  const [example, setExample] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!workspaceName.trim()) return setError(t('firstRun.needWorkspace'));
    if (!name.trim()) return setError(t('firstRun.needName'));
    setBusy(true);
    const { room, secret } = newRoom();
    const session = sessionFor(room);
    await session.ready;
    createWorkspace(session.doc, { name: workspaceName });
    const me = addPerson(session.doc, { name, role });
    if (example) fillExamplePlan(session.doc, me);
    session.undoManager.clear();
    setIdentity(room, me);
    rememberWorkspace({ id: room, name: workspaceName.trim(), secret, hubs: [] });
    navigation.open(room);
  }

  return (
    <main className="first-run">
      <form
        className="first-run-card"
        onSubmit={submit}
        noValidate
        aria-describedby={error ? errorId : undefined}
      >
        <div className="brand-mark" aria-hidden="true" />
        <h1>{t('firstRun.title')}</h1>
        <OrphanedWorkspaces />
        <p className="lead">{t('firstRun.lead')}</p>
        <label className="field">
          <span>{t('firstRun.workspace')}</span>
          <input
            value={workspaceName}
            onChange={(e) => setWorkspaceName(e.target.value)}
            placeholder={t('firstRun.workspacePlaceholder')}
            autoFocus
            maxLength={120}
          />
        </label>
        <fieldset>
          <legend>{t('firstRun.whoAreYou')}</legend>
          <label className="field">
            <span>{t('firstRun.yourName')}</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={80}
              autoComplete="name"
            />
          </label>
          <RoleField label={t('firstRun.yourRole')} value={role} onChange={setRole} />
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={example} onChange={(e) => setExample(e.target.checked)} />
          <span>{t('firstRun.example')}</span>
        </label>
        {error && (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary large" disabled={busy}>
          {t('firstRun.start')}
        </button>
        <div className="first-run-alternatives">
          <span>{t('firstRun.haveInvite')}</span>
          <button type="button" className="button" onClick={navigation.join}>
            {t('join.title')}
          </button>
          <span>{t('firstRun.haveBackup')}</span>
          <button type="button" className="button" onClick={navigation.restore}>
            {t('backup.restore')}
          </button>
          {navigation.back && (
            <button type="button" className="button" onClick={navigation.back}>
              {t('join.back')}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
