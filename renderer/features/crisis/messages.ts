// Messages of the crisis mode, German first; crisisEn must have every key of crisisDe.
export const crisisDe = {
  'crisis.banner': 'Krisenmodus seit {time}: {reason}',
  'crisis.onHold': 'Alle geplanten Beiträge sind angehalten.',
  'crisis.label': 'Krisenmodus',
  'crisis.log': 'Krisenprotokoll',
  'crisis.end': 'Krise beenden',
  'crisis.endTitle': 'Krise beenden?',
  'crisis.endText':
    'Die angehaltenen Beiträge gelten dann wieder, für alle im Team. Das Krisenprotokoll bleibt erhalten.',
  'crisis.title': 'Krisenmodus seit {time}',
  'crisis.playbook': 'Playbook',
  'crisis.noPlaybook':
    'Noch kein Playbook. Legt in den Einstellungen unter „Krisenmodus“ fest, wer in der Krise was tut.',
  'crisis.decision': 'Entscheidung',
  'crisis.decisionPlaceholder':
    'z. B. Sabine antwortet mit dem Holding Statement, alle anderen posten nichts',
  'crisis.settings': 'Krisenmodus',
  'crisis.settingsLead':
    'Im Krisenmodus sind alle geplanten Beiträge angehalten, für alle im Team, bis ihr die Krise beendet. Jede Entscheidung kommt ins Krisenprotokoll.',
  'crisis.playbookLabel': 'Playbook: wer macht was in der Krise',
  'crisis.playbookPlaceholder': '1. Pressestelle formuliert das Holding Statement …',
  'crisis.reason': 'Was ist passiert?',
  'crisis.declare': 'Krise ausrufen',
  'crisis.confirmTitle': 'Krise ausrufen?',
  'crisis.confirmText':
    '„{reason}“: Alle eingeplanten Beiträge werden auf allen Rechnern des Teams angehalten, bis jemand die Krise beendet. Anfragen sind dann in Stunden fällig.',
  'crisis.running': 'Krisenmodus läuft seit {time}.',
  'crisis.steps': 'Ablauf: {name}',
  'crisis.noSteps': 'Kein Ablauf für Krisen gewählt: es gilt das Playbook.',
  'crisis.openCard': 'Karte öffnen',
  'crisis.cardTitle': 'Krise: {reason}',
  'crisis.process': 'Ablauf, der mit einer Krise startet',
  'crisis.processNone': 'Keiner (nur das Playbook)',
};

export const crisisEn: { [key in keyof typeof crisisDe]: string } = {
  'crisis.banner': 'Crisis mode since {time}: {reason}',
  'crisis.onHold': 'All scheduled posts are on hold.',
  'crisis.label': 'Crisis mode',
  'crisis.log': 'Crisis log',
  'crisis.end': 'End crisis',
  'crisis.endTitle': 'End the crisis?',
  'crisis.endText':
    'The posts on hold are then scheduled again, for everyone in the team. The crisis log is kept.',
  'crisis.title': 'Crisis mode since {time}',
  'crisis.playbook': 'Playbook',
  'crisis.noPlaybook':
    'No playbook yet. Write down who does what in a crisis in the settings under “Crisis mode”.',
  'crisis.decision': 'Decision',
  'crisis.decisionPlaceholder': 'e.g. Sabine answers with the holding statement, nobody else posts',
  'crisis.settings': 'Crisis mode',
  'crisis.settingsLead':
    'In crisis mode all scheduled posts are on hold, for everyone in the team, until you end the crisis. Every decision goes into the crisis log.',
  'crisis.playbookLabel': 'Playbook: who does what in a crisis',
  'crisis.playbookPlaceholder': '1. The press office writes the holding statement …',
  'crisis.reason': 'What happened?',
  'crisis.declare': 'Declare a crisis',
  'crisis.confirmTitle': 'Declare a crisis?',
  'crisis.confirmText':
    '“{reason}”: every scheduled post is put on hold on every laptop of the team until someone ends the crisis. Requests are then due within hours.',
  'crisis.running': 'Crisis mode since {time}.',
  'crisis.steps': 'Process: {name}',
  'crisis.noSteps': 'No process chosen for crises: the playbook applies.',
  'crisis.openCard': 'Open card',
  'crisis.cardTitle': 'Crisis: {reason}',
  'crisis.process': 'Process that starts with a crisis',
  'crisis.processNone': 'None (the playbook only)',
};
