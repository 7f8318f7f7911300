/*
 * The one contract between the Electron main process and the renderer (DESIGN.md §2). The preload
 * exposes an object that `satisfies DesktopApi` as `window.desktop`; the main process registers one
 * `ipcMain.handle` per channel below and validates every argument and its sender. Only invoke-style
 * calls: the renderer never sees ipcRenderer. In a browser `window.desktop` is undefined and the
 * renderer falls back (a download instead of a save dialog, and so on).
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

export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  /** Shows the system save dialog and writes `content` (UTF-8) to the chosen file. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
}

/** IPC channel names, one per DesktopApi method. */
export const IPC = {
  appInfo: 'sendeplan:app-info',
  saveFile: 'sendeplan:save-file',
} as const satisfies { [method in keyof DesktopApi]: string };

/** The largest file the renderer may ask main to write, in characters. */
export const MAX_SAVE_CHARS = 50 * 1024 * 1024;

declare global {
  interface Window {
    desktop?: DesktopApi;
  }
}
