// Messages of the header and the sync status, German first; shellEn must have every key of shellDe.
export const shellDe = {
  'sync.connecting': 'Verbinde …',
  'sync.hint.connecting': 'Sendeplan sucht gerade die Hubs und Kolleg:innen.',
  'sync.offline': 'Offline',
  'sync.searching': 'Suche Kolleg:innen …',
  'sync.connected': '{count, plural, one {Verbunden mit # Kolleg:in} other {Verbunden mit # Kolleg:innen}}',
  'sync.hint.offline':
    'Kein Hub erreichbar. Du arbeitest lokal weiter; alles wird abgeglichen, sobald ihr euch wieder verbindet.',
  'sync.hint.searching': 'Mit dem Hub verbunden, aber gerade ist niemand sonst online.',
  'sync.hint.connected': 'Änderungen werden sofort abgeglichen.',
  'sync.paused': 'Offline (pausiert)',
  'sync.hint.paused':
    'Du arbeitest bewusst offline. Deine Änderungen werden abgeglichen, sobald du wieder verbindest.',
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
  'header.board': 'Board',
  'header.undo': 'Rückgängig',
  'header.redo': 'Wiederholen',
  'header.views': 'Ansichten',
  'header.undoHint': 'Rückgängig (Strg+Z)',
  'header.redoHint': 'Wiederholen (Strg+Umschalt+Z oder Strg+Y)',
  'header.settings': 'Einstellungen',
  'header.you': 'Du bist {name}',
} as const;

export const shellEn: { [key in keyof typeof shellDe]: string } = {
  'sync.connecting': 'Connecting …',
  'sync.hint.connecting': 'Sendeplan is looking for the hubs and colleagues.',
  'sync.offline': 'Offline',
  'sync.searching': 'Looking for colleagues …',
  'sync.connected': 'Connected to {count, plural, one {# colleague} other {# colleagues}}',
  'sync.hint.offline': 'No hub reachable. Keep working locally; everything merges when you connect again.',
  'sync.hint.searching': 'Connected to the hub, but nobody else is online right now.',
  'sync.hint.connected': 'Changes are synced instantly.',
  'sync.paused': 'Offline (paused)',
  'sync.hint.paused': 'You are working offline on purpose. Your changes merge as soon as you reconnect.',
  'sync.present': 'Here now',
  'sync.alsoOpen': 'Also open for {names}',
  'sync.resyncing': 'Restarting sync',
  'sync.hint.resyncing':
    'Sending to a colleague failed. The connection is being rebuilt and everything is synced again.',
  'sync.relay.connecting': 'Connecting to relay …',
  'sync.relay.connected': 'Relay connected',
  'sync.relay.unreachable': 'Relay unreachable',
  'sync.relay.refused': 'Relay refuses the key',
  'sync.relay.deleted': 'Deleted on the relay',
  'sync.relay.saved': 'saved on the relay',
  'sync.relay.unsaved': 'sending to the relay …',
  'sync.hint.relay.connecting': "Connecting to the team's relay server.",
  'sync.hint.relay.connected':
    "The team's relay server keeps the workspace: changes reach colleagues even if you are never online at the same time.",
  'sync.hint.relay.unreachable':
    "The team's relay server does not answer. Keep working locally; everything syncs as soon as it is reachable again.",
  'sync.hint.relay.refused':
    "The relay server does not recognise this workspace's key. Please ask for a new invite.",
  'sync.hint.relay.deleted':
    'This workspace was deleted on the relay server. Your device does not upload it there again; remove the relay in the settings or ask who runs the server.',
  'header.board': 'Board',
  'header.undo': 'Undo',
  'header.redo': 'Redo',
  'header.views': 'Views',
  'header.undoHint': 'Undo (Ctrl+Z)',
  'header.redoHint': 'Redo (Ctrl+Shift+Z or Ctrl+Y)',
  'header.settings': 'Settings',
  'header.you': 'You are {name}',
};
