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
};
