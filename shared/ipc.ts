/*
 * The one contract between the Electron main process and the renderer (DESIGN.md §2). The preload
 * exposes an object that `satisfies DesktopApi` as `window.desktop`; the main process registers one
 * `ipcMain.handle` per channel below and validates every argument and its sender. Only invoke-style
 * calls, plus one main->renderer event (menu commands) that the preload relays to a callback: the
 * renderer never sees ipcRenderer. In a browser `window.desktop` is undefined and the renderer
 * falls back (a download instead of a save dialog, its own keyboard shortcuts, and so on).
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
  content: string;
  filters?: FileFilter[];
}

export type SaveFileResult = { saved: true; path: string } | { saved: false };

/** The signaling hub this desktop app runs on 127.0.0.1 (DESIGN.md §4), e.g. `ws://127.0.0.1:41873`. */
export interface LocalHubInfo {
  url: string;
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
}

/** IPC channel names, one per DesktopApi method. */
export const IPC = {
  appInfo: 'sendeplan:app-info',
  saveFile: 'sendeplan:save-file',
  localHub: 'sendeplan:local-hub',
  /** main -> renderer: `webContents.send(IPC.onMenuCommand, command)`. */
  onMenuCommand: 'sendeplan:menu-command',
} as const satisfies { [method in keyof DesktopApi]: string };

/** The largest file the renderer may ask main to write, in characters. */
export const MAX_SAVE_CHARS = 50 * 1024 * 1024;

declare global {
  interface Window {
    desktop?: DesktopApi;
  }
}
