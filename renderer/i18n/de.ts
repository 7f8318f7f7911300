// German, the first language of the UI; en.ts must provide every key. Each feature keeps its own
// messages beside it (features/*/messages.ts), merged here. Written here are the messages of
// renderer/components and App, and the families no one feature owns (column titles, roles, kinds,
// fields of action, the slot checks that calendar and requests both make).
import { absencesDe } from '../features/absences/messages';
import { accessDe } from '../features/access/messages';
import { attachmentsDe } from '../features/attachments/messages';
import { boardDe } from '../features/board/messages';
import { calendarDe } from '../features/calendar/messages';
import { campaignsDe } from '../features/campaigns/messages';
import { cardDe } from '../features/card/messages';
import { commentsDe } from '../features/comments/messages';
import { crisisDe } from '../features/crisis/messages';
import { filterDe } from '../features/filter/messages';
import { meetingDe } from '../features/meeting/messages';
import { onboardingDe } from '../features/onboarding/messages';
import { postDe } from '../features/post/messages';
import { processesDe } from '../features/processes/messages';
import { requestsDe } from '../features/requests/messages';
import { seriesDe } from '../features/series/messages';
import { settingsDe } from '../features/settings/messages';
import { shellDe } from '../features/shell/messages';
import { transferDe } from '../features/transfer/messages';
import { updateDe } from '../features/update/messages';

export const de = {
  ...absencesDe,
  ...accessDe,
  ...attachmentsDe,
  ...boardDe,
  ...calendarDe,
  ...campaignsDe,
  ...cardDe,
  ...commentsDe,
  ...crisisDe,
  ...filterDe,
  ...meetingDe,
  ...onboardingDe,
  ...postDe,
  ...processesDe,
  ...requestsDe,
  ...seriesDe,
  ...settingsDe,
  ...shellDe,
  ...transferDe,
  ...updateDe,
  'column.ideas': 'Ideen',
  'column.inProgress': 'In Arbeit',
  'column.waiting': 'Warten auf Input',
  'column.review': 'Zur Freigabe',
  'column.approved': 'Freigegeben',
  'column.published': 'Veröffentlicht',
  'draft.changed': '{field}: inzwischen von anderer Seite geändert zu „{value}“.',
  'draft.changedBy': '{name} hat „{field}“ geändert: „{value}“.',
  'draft.take': 'Übernehmen',
  'draft.keep': 'Meins behalten',
  'check.past': '{day}, {time} Uhr liegt in der Vergangenheit: Der Beitrag käme zu spät.',
  'check.nonexistent':
    'Am {day} gibt es {time} Uhr nicht: In dieser Nacht wird die Uhr auf Sommerzeit vorgestellt. Bitte wähle eine andere Uhrzeit.',
  'check.dueAfterSlot':
    'Fällig erst nach dem Termin des Beitrags ({day}): Dann kommt es zu spät. Bitte wähle ein Datum bis zum Termin.',
  'app.name': 'Sendeplan',
  'app.loading': 'Arbeitsbereich wird geladen …',
  'app.newerSchema':
    'Dieser Arbeitsbereich wurde mit einer neueren Sendeplan-Version bearbeitet. Bitte aktualisiere die App, bevor du weiterarbeitest.',

  'file.savedTo': 'Gespeichert unter {path}.',
  'file.downloaded': 'Die Datei „{name}“ wird heruntergeladen.',
  'file.failed': 'Die Datei konnte nicht gespeichert werden: {reason}',
  'role.social': 'Social Media',
  'role.marketing': 'Marketing',
  'role.press': 'Pressestelle',
  'role.management': 'Geschäftsführung',
  'role.service': 'Kundenservice',
  'role.other': 'Sonstige',
  // Shared by channel kinds (calendar) and input kinds (requests).
  'kind.other': 'Sonstiges',

  'field.customer': 'Kundenkommunikation',
  'field.corporate': 'Unternehmenskommunikation',
  'field.marketing': 'Marketing',
  'field.none': 'Kein Aktionsfeld',

  'dialog.cancel': 'Abbrechen',
  'error.title': 'Etwas ist schiefgelaufen',
  'error.reload': 'Neu laden',
  'error.otherWorkspace': 'Einen anderen Arbeitsbereich öffnen:',
  'error.open': '„{name}“ öffnen',
  'region.broken': 'Dieser Bereich ist beschädigt',
  'region.record': 'Betroffener Eintrag: {id}',
  'region.retry': 'Bereich neu laden',
  'region.close': 'Schließen',
  'region.removeCard': 'Beschädigte Karte entfernen',
} as const;

export type MessageKey = keyof typeof de;
