// Messages of access and trust (invites that would replace a key, renewing the key, removing a
// workspace from this device, signed decisions, backups with a passphrase), German first;
// accessEn must have every key of accessDe.
export const accessDe = {
  'join.error.otherSecret':
    'Dieser Arbeitsbereich ist auf diesem Gerät schon mit einem anderen Schlüssel eingerichtet. Die Einladung wurde nicht übernommen: Sie könnte euer Board auf einen fremden Schlüssel umlenken. Wurde der Schlüssel erneuert, bekommst du eine Einladung mit einem neuen Arbeitsbereich.',
  'restore.error.otherSecret':
    'Diese Sicherung gehört zu einem Arbeitsbereich, den dieses Gerät mit einem anderen Schlüssel hat. Sie wurde nicht übernommen, damit niemand euer Board auf einen fremden Schlüssel umlenken kann.',
  'settings.lanFound': 'Im lokalen Netz gefunden',
  'settings.lanFoundHint':
    'Diese Hubs haben sich im Netz angekündigt. Genutzt wird einer erst, wenn du ihn anheftest – heftest du nur an, was du kennst, kann dir im Netz niemand einen fremden Hub unterschieben.',
  'settings.pinHub': 'Anheften',
  'settings.pinHubLabel': 'Hub {url} anheften',
  'verdict.verified': 'bestätigt',
  'verdict.verifiedHint': 'Mit dem Schlüssel von {name} unterschrieben und geprüft.',
  'verdict.unverified': 'nicht bestätigt',
  'verdict.unverifiedHint':
    'Diese Entscheidung ist nicht mit einem bestätigten Gerät von {name} unterschrieben. Sie kann von jemand anderem stammen.',
  'verdict.changed': 'bestätigt, Karte seither geändert',
  'verdict.changedHint':
    '{name} hat unterschrieben, aber Titel, Slot oder Briefing der Karte haben sich seitdem geändert.',
  'trust.deviceNotConfirmed':
    'Dieses Gerät ist für {name} nicht bestätigt. Entscheiden kann {name} nur auf einem eigenen, bestätigten Gerät.',
  'access.title': 'Zugang',
  'access.hint':
    'Wer die Einladung, eine Sicherung oder ein Gerät mit diesem Arbeitsbereich hat, kann mitlesen und mitschreiben. Mit einem neuen Schlüssel nehmt ihr diesen Zugang zurück: Nur wer die neue Einladung bekommt, ist weiter dabei.',
  'access.renew': 'Schlüssel erneuern',
  'access.renewTitle': 'Schlüssel erneuern?',
  'access.renewText':
    'Sendeplan legt den Arbeitsbereich mit einem neuen Schlüssel neu an und übernimmt alles, was er enthält. Danach bekommst du eine neue Einladung für die Kolleg:innen, die dabei bleiben. Geräte ohne die neue Einladung bleiben im alten Arbeitsbereich: Sie sehen keine neuen Änderungen mehr, und was sie schreiben, erreicht niemanden. Was sie bis jetzt hatten, behalten sie.',
  'access.renewConfirm': 'Neuen Schlüssel anlegen',
  'access.renewFailed': 'Der Schlüssel konnte nicht erneuert werden: {reason}',
  'access.renewedTitle': 'Neuer Schlüssel angelegt',
  'access.renewedText':
    'Schicke diese Einladung auf einem sicheren Weg an jede Person, die dabei bleiben soll (nicht an eine Gruppe, in der jemand ist, dem du den Zugang entziehst). Die alte Einladung gilt nicht mehr; dieses Gerät entfernt den alten Arbeitsbereich.',
  'access.newInvite': 'Neue Einladung',
  'access.openRenewed': 'Zum Arbeitsbereich mit neuem Schlüssel',
  'access.remove': 'Arbeitsbereich von diesem Gerät entfernen',
  'access.removeTitle': '„{name}“ von diesem Gerät entfernen?',
  'access.removeText':
    'Die Kopie des Arbeitsbereichs, sein Schlüssel und die Unterschriften-Schlüssel dieses Geräts werden hier gelöscht. Bei den Kolleg:innen bleibt alles, wie es ist. Zurück kommst du nur mit einer Einladung oder einer Sicherung.',
  'access.removeConfirm': 'Von diesem Gerät entfernen',
  'access.removeKeepsAccess':
    'Entfernen nimmt {name} den Zugang nicht: Mit der Einladung kann {name} weiter mitlesen und mitschreiben.',
  'access.renewAfterRemove': 'Danach den Schlüssel erneuern, damit der Zugang endet',
  'access.moved':
    'Dieser Arbeitsbereich wurde am {date} mit einem neuen Schlüssel neu angelegt. Was du hier änderst, erreicht niemanden mehr. Wenn du dabei bleiben sollst, lass dir die neue Einladung geben.',
  'backup.passphrase': 'Passwort für die Sicherung (freiwillig)',
  'backup.passphraseHint':
    'Mit Passwort ist die Datei verschlüsselt: Ohne das Passwort kann niemand sie öffnen, auch du nicht. Ohne Passwort enthält sie den Schlüssel des Arbeitsbereichs im Klartext: Bewahre sie dann wie einen Schlüssel auf.',
  'restore.passphrase': 'Passwort der Sicherung',
  'restore.unlock': 'Entschlüsseln',
  'restore.error.wrongPassphrase':
    'Das Passwort passt nicht, oder die Datei wurde verändert. Bitte prüfe das Passwort.',
  'history.approvalBypassed':
    '{name} hat die Karte nach {detail} verschoben, obwohl die Freigabe noch offen war',
  'history.changesBypassed': '{name} hat die Karte nach {detail} verschoben, obwohl Änderungen erbeten waren',
  'history.changedAfterApproval': 'Nach der Freigabe von {detail} geändert: zurück zur Freigabe',
  'history.reapproved': '{name} hat erneut freigegeben',
  'gate.pendingTitle': 'Freigabe noch offen',
  'gate.changesTitle': 'Änderungen erbeten',
  'gate.pendingText':
    'Für „{title}“ ist die Freigabe noch nicht erteilt. Wenn du die Karte trotzdem nach „{column}“ schiebst, steht im Verlauf, dass sie ohne Freigabe dorthin kam.',
  'gate.changesText':
    'Für „{title}“ wurden Änderungen erbeten. Wenn du die Karte trotzdem nach „{column}“ schiebst, steht im Verlauf, dass sie ohne Freigabe dorthin kam.',
  'gate.confirm': 'Trotzdem verschieben',
  'devices.title': 'Geräte von {name}',
  'devices.hint':
    'Diese Geräte unterschreiben Freigaben und Entscheidungen in deinem Namen. Ein weiteres Gerät, auf dem du „Ich bin {name}“ gewählt hast, wartet auf deine Bestätigung von hier.',
  'devices.hintPending':
    'Dieses Gerät ist für {name} noch nicht bestätigt: Was es unterschreibt, gilt erst, wenn ein bestätigtes Gerät von {name} es bestätigt hat (dort in den Einstellungen unter „Geräte von {name}“). Vergleicht dabei den Fingerabdruck.',
  'devices.device': 'Gerät {fingerprint}',
  'devices.added': 'hinzugefügt am {date} um {time} Uhr',
  'devices.thisConfirmed': 'dieses Gerät, bestätigt',
  'devices.thisPending': 'dieses Gerät, wartet auf Bestätigung',
  'devices.confirmed': 'bestätigt',
  'devices.pending': 'wartet auf Bestätigung',
  'devices.confirm': 'Gerät bestätigen',
  'devices.confirmTitle': 'Gerät bestätigen?',
  'devices.confirmText':
    'Bestätige nur ein Gerät, das du selbst eingerichtet hast. Das neue Gerät zeigt in seinen Einstellungen unter „Geräte von {name}“ seinen Fingerabdruck: Er muss {fingerprint} lauten. Danach gilt, was es unterschreibt, auf allen Geräten als von {name}.',
} as const;

export const accessEn: { [key in keyof typeof accessDe]: string } = {
  'join.error.otherSecret':
    'This device already has this workspace with a different key. The invite was not taken: it could redirect your board onto someone else’s key. If the key was renewed, you get an invite for a new workspace.',
  'restore.error.otherSecret':
    'This backup belongs to a workspace this device has with a different key. It was not taken, so that nobody can redirect your board onto someone else’s key.',
  'settings.lanFound': 'Found on the local network',
  'settings.lanFoundHint':
    'These hubs announced themselves on the network. One is used only once you pin it: if you pin only what you know, nobody on the network can slip you a hub of theirs.',
  'settings.pinHub': 'Pin',
  'settings.pinHubLabel': 'Pin hub {url}',
  'verdict.verified': 'confirmed',
  'verdict.verifiedHint': 'Signed with {name}’s key and checked.',
  'verdict.unverified': 'not confirmed',
  'verdict.unverifiedHint':
    'This decision is not signed by a confirmed device of {name}. It may come from someone else.',
  'verdict.changed': 'confirmed, card changed since',
  'verdict.changedHint': '{name} signed it, but the card’s title, slot or brief changed since.',
  'trust.deviceNotConfirmed':
    'This device is not confirmed for {name}. {name} can decide only on their own confirmed device.',
  'access.title': 'Access',
  'access.hint':
    'Anyone with the invite, a backup or a device with this workspace can read and write. A new key takes that access back: only those who get the new invite stay in.',
  'access.renew': 'Renew key',
  'access.renewTitle': 'Renew the key?',
  'access.renewText':
    'Sendeplan creates the workspace anew with a new key and takes over everything in it. Then you get a new invite for the colleagues who stay. Devices without the new invite stay in the old workspace: they see no new changes, and what they write reaches nobody. What they had until now, they keep.',
  'access.renewConfirm': 'Create new key',
  'access.renewFailed': 'The key could not be renewed: {reason}',
  'access.renewedTitle': 'New key created',
  'access.renewedText':
    'Send this invite by a safe way to each person who stays (not to a group that includes someone whose access you take away). The old invite no longer counts; this device removes the old workspace.',
  'access.newInvite': 'New invite',
  'access.openRenewed': 'Open the workspace with the new key',
  'access.remove': 'Remove workspace from this device',
  'access.removeTitle': 'Remove “{name}” from this device?',
  'access.removeText':
    'This device’s copy of the workspace, its key and this device’s signing keys are deleted here. Colleagues keep everything. You get back only with an invite or a backup.',
  'access.removeConfirm': 'Remove from this device',
  'access.removeKeepsAccess':
    'Removing does not take {name}’s access away: with the invite, {name} can still read and write.',
  'access.renewAfterRemove': 'Renew the key afterwards, so that the access ends',
  'backup.passphrase': 'Passphrase for the backup (optional)',
  'backup.passphraseHint':
    'With a passphrase the file is encrypted: without it nobody can open it, you neither. Without one it holds the workspace key in clear: keep it like a key.',
  'restore.passphrase': 'Passphrase of the backup',
  'restore.unlock': 'Decrypt',
  'restore.error.wrongPassphrase':
    'The passphrase does not fit, or the file was changed. Please check the passphrase.',
  'history.approvalBypassed': '{name} moved the card to {detail} while its approval was still open',
  'history.changesBypassed': '{name} moved the card to {detail} while changes were requested',
  'history.changedAfterApproval': 'Changed after {detail} approved it: back for approval',
  'history.reapproved': '{name} approved again',
  'gate.pendingTitle': 'Approval still open',
  'gate.changesTitle': 'Changes requested',
  'gate.pendingText':
    '“{title}” is not approved yet. If you move it to “{column}” anyway, its history says it got there without approval.',
  'gate.changesText':
    'Changes were requested for “{title}”. If you move it to “{column}” anyway, its history says it got there without approval.',
  'gate.confirm': 'Move anyway',
  'access.moved':
    'This workspace was created anew with a new key on {date}. What you change here reaches nobody any more. If you are to stay, ask for the new invite.',
  'devices.title': 'Devices of {name}',
  'devices.hint':
    'These devices sign approvals and decisions in your name. A further device on which you chose “I am {name}” waits for your confirmation from here.',
  'devices.hintPending':
    'This device is not confirmed for {name} yet: what it signs counts only once a confirmed device of {name} has confirmed it (there in the settings under “Devices of {name}”). Compare the fingerprint when you do.',
  'devices.device': 'Device {fingerprint}',
  'devices.added': 'added on {date} at {time}',
  'devices.thisConfirmed': 'this device, confirmed',
  'devices.thisPending': 'this device, waiting for confirmation',
  'devices.confirmed': 'confirmed',
  'devices.pending': 'waiting for confirmation',
  'devices.confirm': 'Confirm device',
  'devices.confirmTitle': 'Confirm device?',
  'devices.confirmText':
    'Only confirm a device you set up yourself. The new device shows its fingerprint in its settings under “Devices of {name}”: it must read {fingerprint}. From then on, what it signs counts as from {name} on every device.',
};
