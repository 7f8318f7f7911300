import type { Verdict as VerdictValue } from '../../../shared/model';
import { useI18n } from '../../i18n';

/** Whether a decision is proven by its signature: shown beside it on every device. */
export function Verdict({ verdict, name }: { verdict: VerdictValue | undefined; name: string }) {
  const { t } = useI18n();
  if (!verdict) return null;
  return (
    <span className={`verdict verdict-${verdict}`} title={t(`verdict.${verdict}Hint`, { name })}>
      {t(`verdict.${verdict}`)}
    </span>
  );
}
