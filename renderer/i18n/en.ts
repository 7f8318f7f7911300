import type { MessageKey } from './de';
import { absencesEn } from '../features/absences/messages';
import { accessEn } from '../features/access/messages';
import { attachmentsEn } from '../features/attachments/messages';
import { boardEn } from '../features/board/messages';
import { calendarEn } from '../features/calendar/messages';
import { campaignsEn } from '../features/campaigns/messages';
import { cardEn } from '../features/card/messages';
import { commentsEn } from '../features/comments/messages';
import { crisisEn } from '../features/crisis/messages';
import { filterEn } from '../features/filter/messages';
import { meetingEn } from '../features/meeting/messages';
import { onboardingEn } from '../features/onboarding/messages';
import { postEn } from '../features/post/messages';
import { processesEn } from '../features/processes/messages';
import { requestsEn } from '../features/requests/messages';
import { seriesEn } from '../features/series/messages';
import { settingsEn } from '../features/settings/messages';
import { shellEn } from '../features/shell/messages';
import { transferEn } from '../features/transfer/messages';
import { updateEn } from '../features/update/messages';

export const en: { [key in MessageKey]: string } = {
  ...absencesEn,
  ...accessEn,
  ...attachmentsEn,
  ...boardEn,
  ...calendarEn,
  ...campaignsEn,
  ...cardEn,
  ...commentsEn,
  ...crisisEn,
  ...filterEn,
  ...meetingEn,
  ...onboardingEn,
  ...postEn,
  ...processesEn,
  ...requestsEn,
  ...seriesEn,
  ...settingsEn,
  ...shellEn,
  ...transferEn,
  ...updateEn,
  'column.ideas': 'Ideas',
  'column.inProgress': 'In progress',
  'column.waiting': 'Waiting for input',
  'column.review': 'For approval',
  'column.approved': 'Approved',
  'column.published': 'Published',
  'draft.changed': '{field}: meanwhile changed elsewhere to “{value}”.',
  'draft.changedBy': '{name} changed “{field}”: “{value}”.',
  'draft.take': 'Use theirs',
  'draft.keep': 'Keep mine',
  'check.past': '{day}, {time} is in the past: the post would be late.',
  'check.nonexistent':
    '{time} does not exist on {day}: the clocks go forward to summer time that night. Please choose another time.',
  'check.dueAfterSlot':
    'Due only after the post goes out ({day}): that is too late. Please choose a date up to the post day.',
  'app.name': 'Sendeplan',
  'app.loading': 'Loading workspace …',
  'app.newerSchema':
    'This workspace was edited with a newer version of Sendeplan. Please update the app before you continue.',

  'file.savedTo': 'Saved to {path}.',
  'file.downloaded': 'The file “{name}” is being downloaded.',
  'file.failed': 'The file could not be saved: {reason}',
  'role.social': 'Social media',
  'role.marketing': 'Marketing',
  'role.press': 'Press office',
  'role.management': 'Management',
  'role.service': 'Customer service',
  'role.other': 'Other',
  'kind.other': 'Other',

  'field.customer': 'Customer communication',
  'field.corporate': 'Corporate communication',
  'field.marketing': 'Marketing',
  'field.none': 'No action field',

  'dialog.cancel': 'Cancel',
  'error.title': 'Something went wrong',
  'error.reload': 'Reload',
  'error.otherWorkspace': 'Open another workspace:',
  'error.open': 'Open “{name}”',
  'region.broken': 'This part is damaged',
  'region.record': 'Affected record: {id}',
  'region.retry': 'Reload this part',
  'region.close': 'Close',
  'region.removeCard': 'Remove the damaged card',
};
