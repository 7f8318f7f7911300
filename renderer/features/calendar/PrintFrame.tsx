import { shortDayLabel } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { selectWorkspaceName } from '../selectors';
import { useWallClock } from './useWallClock';

/** A CSS string literal of `text`: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * What frames the printed plan: a header line on the page (workspace, period with its KW and date
 * range, when it was printed) and, in the page margins of every page, the workspace and period
 * again and "Seite 1 von 2". The margins are CSS @page margin boxes, which Chromium (from 131 on,
 * so also Electron) prints from its own print dialog and page.pdf alike; the strings in them are
 * written here because CSS cannot read them from the page.
 */
export function PrintFrame({ heading }: { heading: string }) {
  const { t, locale } = useI18n();
  const workspace = useDocValue(selectWorkspaceName);
  const now = useWallClock();
  const printed = t('calendar.printedAt', { day: shortDayLabel(now.date, locale), time: now.time });
  const where = [workspace, heading].filter(Boolean).join(' · ');
  // "Seite {page} von {pages}" with CSS counters in the places of the two numbers.
  const page = t('calendar.printPage', { page: '{page}', pages: '{pages}' })
    .split(/(\{page\}|\{pages\})/)
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
  const css = `@media print { @page { @bottom-left { content: ${cssString(where)}; } @bottom-right { content: ${page}; } } }`;
  return (
    <header className="print-frame">
      <style>{css}</style>
      <p className="print-where">
        <strong>{workspace}</strong> · {heading}
      </p>
      <p className="print-when">{printed}</p>
    </header>
  );
}
