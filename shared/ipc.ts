/*
 * The one contract between the Electron main process and the renderer (docs/architecture.md, "The parts"). The preload
 * exposes an object that `satisfies DesktopApi` as `window.desktop`; the main process registers one
 * `ipcMain.handle` per channel below and validates every argument and its sender. Only invoke-style
 * calls, plus main->renderer events (menu commands, LAN hub lists, local hub restarts, flush requests
 * before close) that the preload relays to callbacks: the renderer never sees ipcRenderer. In a
 * browser `window.desktop` is undefined and the renderer falls back (a download instead of a save
 * dialog, its own keyboard shortcuts, and so on).
 */

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  /** The file's text, or with `encoding: 'base64'` its bytes in base64 (an XLSX file). */
  content: string;
  encoding?: 'utf8' | 'base64';
  filters?: FileFilter[];
}

export type SaveFileResult = { saved: true; path: string } | { saved: false };

/** The signaling hub this desktop app runs on 127.0.0.1 (docs/architecture.md, "Sync"), e.g. `ws://127.0.0.1:41873`. */
export interface LocalHubInfo {
  url: string;
}

/**
 * Device-local network settings, kept by main in <userData>/settings.json (not in any workspace doc).
 * announceOnLan: the local hub listens on all interfaces and is announced via mDNS, so colleagues in
 * the same network (a meeting room without internet) sync through it. Default false: the hub listens
 * on 127.0.0.1 only until the user turns "Im lokalen Netz sichtbar" on.
 */
export interface LanSettings {
  announceOnLan: boolean;
}

/** Commands the application menu hands to the renderer, which owns them (the Yjs UndoManager). */
export const MENU_COMMANDS = ['undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  /** Shows the system save dialog and writes `content` (UTF-8) to the chosen file. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** The local hub's address, or null when it could not start (the app then works without it). */
  localHub(): Promise<LocalHubInfo | null>;
  /**
   * Calls `listener` when the user picks Bearbeiten > Rückgängig / Wiederholen in the menu (on
   * macOS also for a Cmd+Z the page left unhandled). Returns the function that unsubscribes. The
   * renderer handles Ctrl/Cmd+Z itself, as in the browser; see electron/main/menu.ts for the rule.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** ws:// URLs of the hubs of colleagues discovered on the LAN (mDNS), never this app's own hub. */
  lanHubs(): Promise<string[]>;
  /** Calls `listener` with the full list whenever it changes. Returns the function that unsubscribes. */
  onLanHubsChanged(listener: (hubs: string[]) => void): () => void;
  lanSettings(): Promise<LanSettings>;
  /**
   * Stores the setting and restarts the local hub to match (on all interfaces and announced, or on
   * 127.0.0.1 only). Resolves with the stored settings once the hub runs again; rejects when the
   * setting could not be saved (then nothing changed).
   */
  setAnnounceOnLan(on: boolean): Promise<LanSettings>;
  /**
   * Calls `listener` after the local hub restarted (e.g. after setAnnounceOnLan), with its new
   * address (loopback, for this app's own use; the port usually stays the same), or null when it
   * could not start again. Returns the function that unsubscribes.
   */
  onLocalHubChanged(listener: (hub: LocalHubInfo | null) => void): () => void;
  /**
   * Registers `flush`, run when the user closes the window: main holds the close until every
   * registered flush has settled, at most 2 s (y-indexeddb can lose an update written right before
   * the window goes, y-indexeddb issue #28). Returns the function that unregisters.
   */
  onBeforeClose(flush: () => Promise<void>): () => void;
  /**
   * A workspace secret sealed with the operating system's keychain (Electron safeStorage), as
   * base64; null when the OS offers no real encryption (the renderer then keeps it as a browser does).
   */
  protectSecret(secret: string): Promise<string | null>;
  /** The secret of a text protectSecret made; null when it does not decrypt on this machine. */
  revealSecret(sealed: string): Promise<string | null>;
}

/** IPC channel names, one per DesktopApi method. */
export const IPC = {
  appInfo: 'sendeplan:app-info',
  saveFile: 'sendeplan:save-file',
  localHub: 'sendeplan:local-hub',
  /** main -> renderer: `webContents.send(IPC.onMenuCommand, command)`. */
  onMenuCommand: 'sendeplan:menu-command',
  lanHubs: 'sendeplan:lan-hubs',
  /** main -> renderer: `webContents.send(IPC.onLanHubsChanged, urls)`. */
  onLanHubsChanged: 'sendeplan:lan-hubs-changed',
  lanSettings: 'sendeplan:lan-settings',
  setAnnounceOnLan: 'sendeplan:set-announce-on-lan',
  /** main -> renderer: `webContents.send(IPC.onLocalHubChanged, info)`. */
  onLocalHubChanged: 'sendeplan:local-hub-changed',
  /** main -> renderer: `webContents.send(IPC.onBeforeClose, requestId)`; answered on IPC_REPLY.flushDone. */
  onBeforeClose: 'sendeplan:flush-request',
  protectSecret: 'sendeplan:protect-secret',
  revealSecret: 'sendeplan:reveal-secret',
} as const satisfies { [method in keyof DesktopApi]: string };

/**
 * Renderer -> main replies that are not DesktopApi methods (the preload sends them itself).
 * flushDone: `ipcRenderer.invoke(IPC_REPLY.flushDone, requestId)` once the flushes registered with
 * onBeforeClose have settled for the flush request `requestId`.
 */
export const IPC_REPLY = {
  flushDone: 'sendeplan:flush-done',
} as const;

/** Path separators, characters Windows forbids in file names, and control characters. */
// eslint-disable-next-line no-control-regex
export const NOT_IN_FILE_NAMES = /[/\\<>:"|?*\u0000-\u001f\u007f]/;

/** The largest file the renderer may ask main to write, in characters. */
export const MAX_SAVE_CHARS = 50 * 1024 * 1024;

declare global {
  interface Window {
    desktop?: DesktopApi;
  }
}
