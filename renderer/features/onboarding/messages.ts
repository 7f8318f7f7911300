// Messages of the first start: creating, joining and restoring a workspace, and workspaces found on this device, German first; onboardingEn must have every key of onboardingDe.
export const onboardingDe = {
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
  'orphan.title': 'Auf diesem Gerät gefunden',
  'orphan.text':
    '„{name}“ ist auf diesem Gerät gespeichert, steht aber nicht in der Liste der Arbeitsbereiche.',
  'orphan.take': '„{name}“ wieder aufnehmen',
  'orphan.note': 'Für den Abgleich mit den Kolleg:innen brauchst du danach eine neue Einladung von ihnen.',
  'orphan.unnamed': 'Arbeitsbereich ohne Namen',
} as const;

export const onboardingEn: { [key in keyof typeof onboardingDe]: string } = {
  'firstRun.title': 'Welcome to Sendeplan',
  'firstRun.lead':
    'The editorial plan for your social media team: collect ideas, plan slots, get approvals. Everything stays on your computer and syncs directly with your colleagues.',
  'firstRun.workspace': 'Workspace name',
  'firstRun.workspacePlaceholder': 'e.g. Social Media Miller Ltd',
  'firstRun.whoAreYou': 'Who are you?',
  'firstRun.yourName': 'Your name',
  'firstRun.yourRole': 'Your role',
  'firstRun.example': 'Fill with an example plan (channels, team and 20 ideas)',
  'firstRun.start': 'Get started',
  'firstRun.needWorkspace': 'Please give the workspace a name.',
  'firstRun.needName': 'Please tell us your name.',
  'firstRun.haveInvite': 'Got an invite?',
  'restore.title': 'Restore a workspace',
  'restore.lead':
    'Choose a backup file (.sendeplan). Sendeplan checks all of it before it takes anything over.',
  'restore.file': 'Backup file',
  'restore.summary':
    '“{name}”, saved on {date} at {time} · cards: {cards} · channels: {channels} · people: {people}',
  'restore.new':
    'The workspace is added on this device. As soon as colleagues are reachable, it syncs with their devices.',
  'restore.merge':
    'This device already has this workspace. The backup is merged into it: what was changed or deleted since stays so; what is missing here comes back.',
  'restore.submit': 'Restore',
  'restore.submitMerge': 'Merge',
  'restore.error.notBackup': 'This file is not a Sendeplan backup.',
  'restore.error.newerVersion':
    'This backup comes from a newer version of Sendeplan. Please update the app and try again.',
  'restore.error.damaged': 'This backup is damaged and cannot be read. Nothing was taken over.',
  'restore.error.noWorkspace': 'This backup holds no workspace.',
  'restore.error.tooLarge': 'This file is too large for a Sendeplan backup.',
  'restore.error.unreadable': 'The file could not be read: {reason}',
  'restore.failed': 'Restoring failed: {reason}',
  'firstRun.haveBackup': 'Have a backup?',
  'join.title': 'Join workspace',
  'join.lead': 'Paste the invite a colleague sent you. The board arrives directly from their computers.',
  'join.invite': 'Invite',
  'join.submit': 'Join',
  'join.createInstead': 'Create a new workspace',
  'join.back': 'Back to the board',
  'join.unnamed': 'Shared workspace',
  'join.waiting':
    'Waiting for the board from your colleagues … It arrives as soon as someone from the team is online.',
  'join.error.empty': 'Please paste the invite first.',
  'join.error.notInvite': 'This is not a Sendeplan invite. It starts with “sendeplan1.”.',
  'join.error.corrupt': 'The invite is damaged or was not copied completely. Please copy all of it again.',
  'join.error.incomplete': 'The invite is missing details. Please ask for a new one.',
  'join.error.badHub': 'The invite contains an invalid server address. Please ask for a new one.',
  'orphan.title': 'Found on this device',
  'orphan.text': '“{name}” is stored on this device but missing from the list of workspaces.',
  'orphan.take': 'Take “{name}” back',
  'orphan.note': 'To sync with your colleagues again, ask them for a new invite afterwards.',
  'orphan.unnamed': 'Unnamed workspace',
};
