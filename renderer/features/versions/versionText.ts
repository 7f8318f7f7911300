import { VERSION_REASONS, type VersionInfo } from '../../../shared/versions';
import { useI18n } from '../../i18n';
import { formatSafely } from '../../i18n/formatSafely';

const isReason = (reason: string): reason is VersionInfo['reason'] =>
  (VERSION_REASONS as readonly string[]).includes(reason);

/**
 * How a version is named in lists: its name, or why it was taken, and when ("04.01.2027 14:05").
 * Total: a stored entry with an odd reason, a long name or no date still reads as something.
 */
export function useVersionText() {
  const { t, formatDate } = useI18n();
  return {
    when: (at: number) => `${formatDate(at)} ${formatSafely(at, 'HH:mm')}`,
    title: (info: VersionInfo) =>
      info.name.slice(0, 120) ||
      (isReason(info.reason) ? t(`versions.reason.${info.reason}`) : t('versions.rescue.unknown')),
  };
}
