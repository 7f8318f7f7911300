/*
 * The sandboxed preload: exposes the typed DesktopApi as `window.desktop` and nothing else.
 *
 * What must hold: the renderer never gets ipcRenderer, an IpcRendererEvent or any other Electron
 * object; only these functions, each forwarding to one channel of shared/ipc.ts. Main validates the
 * sender and every argument again. The import of shared/ipc is bundled into this file by esbuild
 * (a sandboxed preload can require only 'electron'); it brings the channel names and nothing else.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC,
  MENU_COMMANDS,
  type DesktopApi,
  type MenuCommand,
  type SaveFileRequest,
} from '../../shared/ipc';

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

const api = {
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(IPC.saveFile, request),
  localHub: () => ipcRenderer.invoke(IPC.localHub),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand expects a function');
    // Only the command crosses over, never the event (it would expose the sender).
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC.onMenuCommand, relay);
    return () => {
      ipcRenderer.removeListener(IPC.onMenuCommand, relay);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
