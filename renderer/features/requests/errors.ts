import { useCallback, useState } from 'react';
import { RequestError } from '../../../shared/model';
import type { Translate } from '../../i18n';

/** The German (or English) sentence for a refused request action. */
export function requestErrorMessage(t: Translate, error: unknown, myName: string | null): string {
  if (!(error instanceof RequestError)) return error instanceof Error ? error.message : String(error);
  if (error.code === 'ownCard')
    return error.person && error.person === myName
      ? t('error.ownCardMe')
      : t('error.ownCard', { name: error.person });
  return t(`error.${error.code}`);
}

/**
 * Runs a request action and keeps the message of a refusal to show beside the control. Returns
 * whether the action went through.
 */
export function useRequestAction(t: Translate, myName: string | null) {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (action: () => unknown): boolean => {
      try {
        action();
        setError(null);
        return true;
      } catch (caught) {
        setError(requestErrorMessage(t, caught, myName));
        return false;
      }
    },
    [t, myName],
  );
  return { error, setError, run };
}
