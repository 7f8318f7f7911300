// Messages of access and trust (invites that would replace a key, renewing the key, removing a
// workspace from this device, signed decisions, backups with a passphrase), German first;
// accessEn must have every key of accessDe.
export const accessDe = {
  'join.error.otherSecret':
    'Dieser Arbeitsbereich ist auf diesem Gerät schon mit einem anderen Schlüssel eingerichtet. Die Einladung wurde nicht übernommen: Sie könnte euer Board auf einen fremden Schlüssel umlenken. Wurde der Schlüssel erneuert, bekommst du eine Einladung mit einem neuen Arbeitsbereich.',
  'restore.error.otherSecret':
    'Diese Sicherung gehört zu einem Arbeitsbereich, den dieses Gerät mit einem anderen Schlüssel hat. Sie wurde nicht übernommen, damit niemand euer Board auf einen fremden Schlüssel umlenken kann.',
} as const;

export const accessEn: { [key in keyof typeof accessDe]: string } = {
  'join.error.otherSecret':
    'This device already has this workspace with a different key. The invite was not taken: it could redirect your board onto someone else’s key. If the key was renewed, you get an invite for a new workspace.',
  'restore.error.otherSecret':
    'This backup belongs to a workspace this device has with a different key. It was not taken, so that nobody can redirect your board onto someone else’s key.',
};
