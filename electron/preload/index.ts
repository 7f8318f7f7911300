/*
 * The sandboxed preload: exposes the typed DesktopApi as `window.desktop` and nothing else.
 *
 * What must hold: the renderer never gets ipcRenderer, an IpcRendererEvent or any other Electron
 * object; only these functions, each forwarding to one channel of shared/ipc.ts. Main validates the
 * sender and every argument again. The import of shared/ipc is bundled into this file by esbuild
 * (a sandboxed preload can require only 'electron'); it brings the channel names and nothing else.
 *
 * Events from main arrive as (event, payload); only a payload of the expected shape is passed on.
 * The close handshake (electron/main/closeHandshake.ts) is answered here, not by the page: on a
 * flush request the preload runs every flush registered with onBeforeClose, waits until all have
 * settled (a rejection or throw counts as settled), then replies with the request id. With no flush
 * registered it replies at once, so a page that never registers does not delay the close.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC,
  IPC_REPLY,
  MENU_COMMANDS,
  type DesktopApi,
  type LocalHubInfo,
  type MenuCommand,
  type SaveFileRequest,
} from '../../shared/ipc';

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

function isUrlList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isLocalHubInfo(value: unknown): value is LocalHubInfo | null {
  return (
    value === null || (typeof value === 'object' && typeof (value as { url?: unknown }).url === 'string')
  );
}

/** Relays one main -> renderer channel to `listener`, payloads checked by `accept`. */
function subscribe<T>(
  method: string,
  channel: string,
  accept: (value: unknown) => value is T,
  listener: (value: T) => void,
): () => void {
  if (typeof listener !== 'function') throw new TypeError(`${method} expects a function`);
  // Only the payload crosses over, never the event (it would expose the sender).
  const relay = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

const flushes = new Set<() => Promise<void>>();

ipcRenderer.on(IPC.onBeforeClose, (_event: IpcRendererEvent, requestId: unknown) => {
  if (typeof requestId !== 'number') return;
  const running = [...flushes].map(async (flush) => flush());
  void Promise.allSettled(running).then(() => ipcRenderer.invoke(IPC_REPLY.flushDone, requestId));
});

const api = {
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(IPC.saveFile, request),
  localHub: () => ipcRenderer.invoke(IPC.localHub),
  onMenuCommand: (listener: (command: MenuCommand) => void) =>
    subscribe('onMenuCommand', IPC.onMenuCommand, isMenuCommand, listener),
  lanHubs: () => ipcRenderer.invoke(IPC.lanHubs),
  onLanHubsChanged: (listener: (hubs: string[]) => void) =>
    subscribe('onLanHubsChanged', IPC.onLanHubsChanged, isUrlList, listener),
  lanSettings: () => ipcRenderer.invoke(IPC.lanSettings),
  setAnnounceOnLan: (on: boolean) => ipcRenderer.invoke(IPC.setAnnounceOnLan, on),
  onLocalHubChanged: (listener: (hub: LocalHubInfo | null) => void) =>
    subscribe('onLocalHubChanged', IPC.onLocalHubChanged, isLocalHubInfo, listener),
  protectSecret: (secret: string) => ipcRenderer.invoke(IPC.protectSecret, secret),
  revealSecret: (sealed: string) => ipcRenderer.invoke(IPC.revealSecret, sealed),
  onBeforeClose(flush: () => Promise<void>) {
    if (typeof flush !== 'function') throw new TypeError('onBeforeClose expects a function');
    // A wrapper per registration, so registering the same function twice unregisters one at a time.
    const entry = () => flush();
    flushes.add(entry);
    return () => {
      flushes.delete(entry);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
