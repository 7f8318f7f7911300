// German, the first language of the UI. Keys are grouped by feature; en.ts must provide every key.
// Larger features keep their messages beside them (features/*/messages.ts) and are merged here.
import { absencesDe } from '../features/absences/messages';
import { accessDe } from '../features/access/messages';
import { attachmentsDe } from '../features/attachments/messages';
import { calendarDe } from '../features/calendar/messages';
import { campaignsDe } from '../features/campaigns/messages';
import { commentsDe } from '../features/comments/messages';
import { crisisDe } from '../features/crisis/messages';
import { meetingDe } from '../features/meeting/messages';
import { processesDe } from '../features/processes/messages';
import { postDe } from '../features/post/messages';
import { requestsDe } from '../features/requests/messages';
import { seriesDe } from '../features/series/messages';
import { transferDe } from '../features/transfer/messages';

export const de = {
  ...absencesDe,
  ...accessDe,
  ...seriesDe,
  ...attachmentsDe,
  ...calendarDe,
  ...campaignsDe,
  ...commentsDe,
  ...meetingDe,
  ...crisisDe,
  ...processesDe,
  ...postDe,
  ...requestsDe,
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
  ...transferDe,
  'app.name': 'Sendeplan',
  'update.reload': 'Neue Version — neu laden',
  'app.loading': 'Arbeitsbereich wird geladen …',
  'app.newerSchema':
    'Dieser Arbeitsbereich wurde mit einer neueren Sendeplan-Version bearbeitet. Bitte aktualisiere die App, bevor du weiterarbeitest.',

  'firstRun.title': 'Willkommen bei Sendeplan',
  'firstRun.lead':
    'Der Redaktionsplan für euer Social-Media-Team: Ideen sammeln, Slots planen, Freigaben einholen. Alles bleibt auf deinem Rechner und gleicht sich direkt mit den Kolleg:innen ab.',
  'firstRun.workspace': 'Name des Arbeitsbereichs',
  'firstRun.workspacePlaceholder': 'z. B. Social Media Müller GmbH',
  'firstRun.whoAreYou': 'Wer bist du?',
  'firstRun.yourName': 'Dein Name',
  'firstRun.yourRole': 'Deine Rolle',
  'firstRun.example': 'Mit einem Beispielplan füllen (Kanäle, Team und 20 Ideen)',
  'firstRun.start': 'Los geht’s',
  'firstRun.needWorkspace': 'Bitte gib dem Arbeitsbereich einen Namen.',
  'firstRun.needName': 'Bitte sag uns, wie du heißt.',

  'firstRun.haveInvite': 'Eine Einladung bekommen?',

  'file.savedTo': 'Gespeichert unter {path}.',
  'file.downloaded': 'Die Datei „{name}“ wird heruntergeladen.',
  'file.failed': 'Die Datei konnte nicht gespeichert werden: {reason}',
  'backup.title': 'Sicherung',
  'backup.lead':
    'Eine Sicherung enthält den ganzen Arbeitsbereich mit seinem Schlüssel. Mit ihr holst du ihn auf einen neuen Rechner zurück, auch wenn gerade niemand aus dem Team erreichbar ist. Bewahre sie auf wie eine Einladung: Wer sie hat, kann alles lesen und mitarbeiten.',
  'backup.save': 'Sicherung speichern',
  'backup.restore': 'Aus Sicherung wiederherstellen',
  'backup.fileType': 'Sendeplan-Sicherung',
  'backup.fileName': '{workspace} – Sicherung {date}',
  'restore.title': 'Arbeitsbereich wiederherstellen',
  'restore.lead':
    'Wähle eine Sicherungsdatei (.sendeplan). Sendeplan prüft sie ganz, bevor es etwas übernimmt.',
  'restore.file': 'Sicherungsdatei',
  'restore.summary':
    '„{name}“, gesichert am {date} um {time} · Karten: {cards} · Kanäle: {channels} · Personen: {people}',
  'restore.new':
    'Der Arbeitsbereich wird auf diesem Gerät angelegt. Sobald Kolleg:innen erreichbar sind, gleicht er sich mit ihren Geräten ab.',
  'restore.merge':
    'Diesen Arbeitsbereich gibt es auf diesem Gerät schon. Die Sicherung wird mit ihm zusammengeführt: Was seither geändert oder gelöscht wurde, bleibt so; was hier fehlt, kommt zurück.',
  'restore.submit': 'Wiederherstellen',
  'restore.submitMerge': 'Zusammenführen',
  'restore.error.notBackup': 'Diese Datei ist keine Sendeplan-Sicherung.',
  'restore.error.newerVersion':
    'Diese Sicherung stammt aus einer neueren Version von Sendeplan. Bitte aktualisiere die App und versuche es noch einmal.',
  'restore.error.damaged':
    'Diese Sicherung ist beschädigt und kann nicht gelesen werden. Es wurde nichts übernommen.',
  'restore.error.noWorkspace': 'Diese Sicherung enthält keinen Arbeitsbereich.',
  'restore.error.tooLarge': 'Diese Datei ist zu groß für eine Sendeplan-Sicherung.',
  'restore.error.unreadable': 'Die Datei konnte nicht gelesen werden: {reason}',
  'restore.failed': 'Die Wiederherstellung ist fehlgeschlagen: {reason}',
  'firstRun.haveBackup': 'Eine Sicherung?',
  'join.title': 'Arbeitsbereich beitreten',
  'join.lead':
    'Füge die Einladung ein, die dir eine Kollegin oder ein Kollege geschickt hat. Das Board kommt direkt von ihren Rechnern.',
  'join.invite': 'Einladung',
  'join.submit': 'Beitreten',
  'join.createInstead': 'Neuen Arbeitsbereich anlegen',
  'join.back': 'Zurück zum Board',
  'join.unnamed': 'Geteilter Arbeitsbereich',
  'join.waiting':
    'Warte auf das Board von deinen Kolleg:innen … Sobald jemand aus dem Team online ist, kommt es automatisch an.',
  'join.error.empty': 'Bitte füge zuerst die Einladung ein.',
  'join.error.notInvite': 'Das ist keine Sendeplan-Einladung. Sie beginnt mit „sendeplan1.“.',
  'join.error.corrupt':
    'Die Einladung ist beschädigt oder unvollständig kopiert. Bitte kopiere sie noch einmal ganz.',
  'join.error.incomplete': 'Der Einladung fehlen Angaben. Bitte lass dir eine neue schicken.',
  'join.error.badHub':
    'Die Einladung enthält eine ungültige Server-Adresse. Bitte lass dir eine neue schicken.',

  'sync.connecting': 'Verbinde …',
  'sync.hint.connecting': 'Sendeplan sucht gerade die Hubs und Kolleg:innen.',
  'sync.offline': 'Offline',
  'sync.searching': 'Suche Kolleg:innen …',
  'sync.connected': 'Verbunden mit {count} Kolleg:innen',
  'sync.connectedOne': 'Verbunden mit 1 Kolleg:in',
  'sync.hint.offline':
    'Kein Hub erreichbar. Du arbeitest lokal weiter; alles wird abgeglichen, sobald ihr euch wieder verbindet.',
  'sync.hint.searching': 'Mit dem Hub verbunden, aber gerade ist niemand sonst online.',
  'sync.hint.connected': 'Änderungen werden sofort abgeglichen.',
  'sync.paused': 'Offline (pausiert)',
  'sync.hint.paused':
    'Du arbeitest bewusst offline. Deine Änderungen werden abgeglichen, sobald du wieder verbindest.',
  'settings.pause': 'Offline arbeiten (nicht mit Kolleg:innen abgleichen)',
  'settings.collaboration': 'Zusammenarbeit',
  'sync.present': 'Gerade dabei',
  'sync.alsoOpen': 'Auch geöffnet von {names}',
  'sync.resyncing': 'Abgleich wird neu gestartet',
  'sync.hint.resyncing':
    'Eine Übertragung an eine Kolleg:in ist fehlgeschlagen. Die Verbindung wird neu aufgebaut und alles noch einmal abgeglichen.',
  'sync.relay.connecting': 'Relay wird verbunden …',
  'sync.relay.connected': 'Relay verbunden',
  'sync.relay.unreachable': 'Relay nicht erreichbar',
  'sync.relay.refused': 'Relay lehnt den Schlüssel ab',
  'sync.relay.deleted': 'Auf dem Relay gelöscht',
  'sync.relay.saved': 'beim Relay gesichert',
  'sync.relay.unsaved': 'wird zum Relay übertragen …',
  'sync.hint.relay.connecting': 'Der Relay-Server des Teams wird gerade verbunden.',
  'sync.hint.relay.connected':
    'Der Relay-Server des Teams hält den Arbeitsbereich: Änderungen erreichen Kolleg:innen, auch wenn ihr nie gleichzeitig online seid.',
  'sync.hint.relay.unreachable':
    'Der Relay-Server des Teams antwortet nicht. Du arbeitest lokal weiter; alles wird abgeglichen, sobald er wieder erreichbar ist.',
  'sync.hint.relay.refused':
    'Der Relay-Server erkennt den Schlüssel dieses Arbeitsbereichs nicht. Bitte lass dir eine neue Einladung schicken.',
  'sync.hint.relay.deleted':
    'Dieser Arbeitsbereich wurde auf dem Relay-Server gelöscht. Dein Gerät lädt ihn dort nicht wieder hoch; entferne das Relay in den Einstellungen oder frag, wer den Server betreut.',
  'settings.relay': 'Relay-Server des Teams',
  'settings.relayHint':
    'Ein Relay hält den Arbeitsbereich für das Team bereit, damit Änderungen ankommen, auch wenn ihr nie gleichzeitig online seid (Homeoffice). Neue Einladungen enthalten es.',
  'settings.relayUrl': 'Adresse des Relays',
  'settings.relaySave': 'Relay speichern',
  'settings.relayRemove': 'Relay entfernen',
  'settings.relayInvalid': 'Bitte gib eine Adresse ein, die mit ws:// oder wss:// beginnt.',
  'settings.relayNone': 'Kein Relay: Änderungen gehen nur direkt zu Kolleg:innen, die gerade online sind.',

  'settings.invite': 'Kolleg:innen einladen',
  'settings.inviteHint':
    'Schicke diese Einladung an dein Team. Wer sie hat, kann den Arbeitsbereich öffnen und bearbeiten – teile sie wie einen Schlüssel.',
  'settings.inviteText': 'Einladung',
  'settings.copy': 'Kopieren',
  'settings.copied': 'Kopiert',
  'settings.hubs': 'Hubs',
  'settings.hubsHint':
    'Über Hubs finden sich die Rechner des Teams. Der eigene Hub wird automatisch genutzt; Hubs im lokalen Netz erst, wenn du sie anheftest. Einen zentralen Hub der Firma kannst du hier eintragen.',
  'settings.hubUrl': 'Hub-Adresse',
  'settings.addHub': 'Hub hinzufügen',
  'settings.removeHub': 'Hub {url} entfernen',
  'settings.badHub': 'Bitte gib eine Adresse der Form ws://rechner:5180/hub oder wss://hub.firma.de ein.',
  'settings.announce': 'Im lokalen Netz sichtbar',
  'settings.announceHint':
    'Aus: Nur dieser Rechner erreicht seinen Hub. An: Andere Rechner im selben Netz erreichen ihn und finden ihn automatisch, so findet ihr euch auch ohne Internet, etwa im Besprechungsraum. Schalte es nur in Netzen ein, denen du vertraust. Das Betriebssystem fragt eventuell, ob Sendeplan Verbindungen annehmen darf.',
  'settings.announceError': 'Die Einstellung konnte nicht gespeichert werden.',
  'settings.workspaces': 'Arbeitsbereiche',
  'settings.open': 'Öffnen',
  'settings.current': 'geöffnet',
  'settings.newWorkspace': 'Neuer Arbeitsbereich',
  'settings.joinWorkspace': 'Arbeitsbereich beitreten',
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

  'header.board': 'Board',
  'header.undo': 'Rückgängig',
  'header.redo': 'Wiederholen',
  'header.views': 'Ansichten',
  'header.undoHint': 'Rückgängig (Strg+Z)',
  'header.redoHint': 'Wiederholen (Strg+Umschalt+Z oder Strg+Y)',
  'header.settings': 'Einstellungen',
  'header.you': 'Du bist {name}',

  'board.label': 'Kanban-Board',
  'board.addCard': 'Karte hinzufügen',
  'board.addCardTo': 'Karte in „{column}“ hinzufügen',
  'board.newCardTitle': 'Titel der neuen Karte',
  'board.create': 'Anlegen',
  'board.cancel': 'Abbrechen',
  'board.addColumn': 'Spalte hinzufügen',
  'board.newColumnTitle': 'Name der neuen Spalte',
  'board.empty': 'Keine Karten',
  'board.emptyFiltered': 'Keine passenden Karten',
  'board.count': '{count, plural, one {# Karte} other {# Karten}}',
  'board.columnActions': 'Aktionen für Spalte „{column}“',
  'board.renameColumn': 'Umbenennen',
  'board.columnTitle': 'Spaltenname',
  'board.moveColumnLeft': 'Nach links verschieben',
  'board.moveColumnRight': 'Nach rechts verschieben',
  'board.deleteColumn': 'Spalte löschen',
  'board.deleteColumnTitle': 'Spalte „{column}“ löschen?',
  'board.deleteColumnCards':
    '{count, plural, one {Die eine Karte dieser Spalte wird} other {Die # Karten dieser Spalte werden}} verschoben nach:',
  'board.deleteColumnEmpty': 'Die Spalte ist leer.',
  'board.deleteColumnConfirm': 'Spalte löschen',
  'board.lastColumn': 'Die letzte Spalte kann nicht gelöscht werden.',
  'board.noColumns':
    'Dieses Board hat keine Spalten mehr – vermutlich wurden sie gleichzeitig auf mehreren Rechnern gelöscht. Keine Karte ist verloren.',
  'board.restoreColumns': 'Standardspalten wiederherstellen',
  'board.damaged': 'Beschädigt',
  'board.damagedHint':
    'Diese Karte enthält ungültige oder zu lange Daten ({fields}); zu Langes ist gekürzt (…). Sie wird angezeigt, damit nichts verloren geht.',
  'board.untitled': '(ohne Titel)',
  'board.archived': 'Archiviert',
  'board.ownerNone': 'Niemand zuständig',
  'board.owner': 'Zuständig: {name}',
  'board.moveCard': 'Karte verschieben: {title}',
  'board.openCard': 'Karte öffnen: {title}',

  'dnd.instructions':
    'Mit Leertaste oder Eingabetaste aufnehmen. Mit den Pfeiltasten verschieben, mit Leertaste oder Eingabetaste ablegen, mit Escape abbrechen.',
  'dnd.pickedUp': 'Karte „{title}“ aufgenommen. Position {position} von {total} in Spalte {column}.',
  'dnd.over': 'Karte „{title}“ ist jetzt in Spalte {column}, Position {position} von {total}.',
  'dnd.dropped': 'Karte „{title}“ abgelegt in Spalte {column}, Position {position} von {total}.',
  'dnd.cancelled': 'Verschieben abgebrochen. Karte „{title}“ ist wieder an ihrem Platz.',

  'filter.label': 'Filter',
  'filter.search': 'Suchen',
  'filter.searchPlaceholder': 'Suchen, auch #Tags',
  'filter.channel': 'Kanal',
  'filter.owner': 'Zuständig',
  'filter.field': 'Aktionsfeld',
  'filter.tag': 'Tag',
  'filter.all': 'Alle',
  'filter.archived': 'Archiv anzeigen',
  'filter.clear': 'Filter zurücksetzen',
  'filter.active': 'Filter aktiv: {count} von {total, plural, one {# Karte} other {# Karten}} sichtbar',

  'card.panel': 'Karte bearbeiten',
  'card.close': 'Schließen',
  'card.title': 'Titel',
  'card.brief': 'Briefing',
  'card.briefPlaceholder': 'Worum geht es? Ziel, Kernaussage, Material, Links …',
  'card.owner': 'Zuständig',
  'card.nobody': 'Niemand',
  'card.channels': 'Kanäle',
  'card.noChannels': 'Noch keine Kanäle angelegt.',
  'card.field': 'Aktionsfeld',
  'card.tags': 'Tags',
  'card.tagsHint': 'Mit Komma trennen',
  'card.column': 'Status',
  'card.created': 'Angelegt am {date} von {name}',
  'card.createdAt': 'Angelegt am {date}',
  'card.archive': 'Archivieren',
  'card.restore': 'Wiederherstellen',
  'card.delete': 'Löschen',
  'card.deleteTitle': 'Karte „{title}“ löschen?',
  'card.deleteText': 'Die Karte wird für alle im Team gelöscht. Du kannst das mit „Rückgängig“ zurücknehmen.',
  'card.deleteConfirm': 'Endgültig löschen',
  'card.gone': 'Diese Karte wurde gelöscht.',
  'card.archivedNote': 'Diese Karte ist archiviert.',
  'card.unknownPerson': 'Unbekannt',

  'settings.title': 'Einstellungen',
  'settings.language': 'Sprache',
  'settings.workspaceName': 'Name des Arbeitsbereichs',
  'settings.identity': 'Ich bin',
  'settings.addPerson': 'Person hinzufügen',
  'settings.personName': 'Name',
  'settings.personRole': 'Rolle',
  'settings.done': 'Fertig',
  'settings.version': 'Version {version}',
  'settings.browserMode': 'Browser-Modus',

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
  'orphan.title': 'Auf diesem Gerät gefunden',
  'orphan.text':
    '„{name}“ ist auf diesem Gerät gespeichert, steht aber nicht in der Liste der Arbeitsbereiche.',
  'orphan.take': '„{name}“ wieder aufnehmen',
  'orphan.note': 'Für den Abgleich mit den Kolleg:innen brauchst du danach eine neue Einladung von ihnen.',
  'orphan.unnamed': 'Arbeitsbereich ohne Namen',
} as const;

export type MessageKey = keyof typeof de;
