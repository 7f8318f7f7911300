import { useCallback, useState } from 'react';
import { useI18n } from '../i18n';
import { failureOf, savedText, type SaveOutcome } from './saveTextFile';

export type SaveResult = Exclude<SaveOutcome, { kind: 'canceled' }> | { kind: 'failed'; reason: string };

/**
 * Saving a file from a button: `save` runs the saving (saveTextFile and its like); the result is
 * where it went, or why it failed; a canceled dialog leaves no result.
 */
export function useFileSave() {
  const [result, setResult] = useState<SaveResult | null>(null);
  const save = useCallback(async (saving: () => Promise<SaveOutcome>) => {
    setResult(null);
    try {
      const outcome = await saving();
      if (outcome.kind !== 'canceled') setResult(outcome);
    } catch (error) {
      setResult({ kind: 'failed', reason: failureOf(error) });
    }
  }, []);
  return { result, save };
}

/** The line under the button: where the file went (a status), or why it failed (an alert). */
export function SaveResultLine({ result }: { result: SaveResult | null }) {
  const { t } = useI18n();
  if (!result) return null;
  return result.kind === 'failed' ? (
    <p className="form-error" role="alert">
      {t('file.failed', { reason: result.reason })}
    </p>
  ) : (
    <p role="status">{savedText(result, t)}</p>
  );
}
