// The words of an import's problems and errors (messages.ts holds them).
import type { ImportError } from '../../../shared/transfer/pipeline';
import type { RowProblem } from '../../../shared/transfer/rows';
import type { ImportField } from '../../../shared/transfer/columns';
import type { Translate } from '../../i18n';

const fieldName = (field: ImportField, t: Translate) =>
  t(`import.field.${field}`).split(' (')[0]!.split(' –')[0]!;

export function problemText(line: number, problem: RowProblem, t: Translate): string {
  switch (problem.kind) {
    case 'badDate':
    case 'missingDay':
    case 'badTime':
      return t(`import.problem.${problem.kind}`, { line, value: problem.value });
    case 'formula':
      return t('import.problem.formula', { line, value: problem.value });
    case 'tooLong':
      return t('import.problem.tooLong', { line, field: fieldName(problem.field, t) });
    case 'unknownChannel':
    case 'skippedChannel':
    case 'unknownPerson':
    case 'unknownStatus':
      return t(`import.problem.${problem.kind}`, { line, name: problem.name });
    case 'duplicate':
      return t('import.problem.duplicate', { line, other: problem.line });
    default:
      return t(`import.problem.${problem.kind}`, { line });
  }
}

export const errorText = (error: ImportError, t: Translate) => t(`import.error.${error}`);
