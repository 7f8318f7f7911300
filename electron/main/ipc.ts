/*
 * The main-process side of the DesktopApi (shared/ipc.ts): one ipcMain.handle per invoke method,
 * plus the preload's flush reply (IPC_REPLY.flushDone) and the main -> renderer sends.
 *
 * What must hold: every call is checked twice before a handler runs. The sender must be a frame
 * showing app://sendeplan (registerDesktopIpc does this for all channels, so no handler can
 * forget it), and each handler parses its arguments (ipcValidation.ts) before acting.
 *
 * The OS services (dialog, fs, app metadata, the hub) come in as `DesktopServices`, so this module
 * imports Electron for types only and is tested in plain Node; main/index.ts passes the real ones.
 */
import type {
  IpcMain,
  IpcMainInvokeEvent,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import path from 'node:path';
import {
  IPC,
  IPC_REPLY,
  type AppInfo,
  type DesktopApi,
  type LanSettings,
  type LocalHubInfo,
} from '../../shared/ipc';
import {
  expectNoArguments,
  parseFlushDoneArgs,
  parseSaveFileRequest,
  parseSetAnnounceOnLanArgs,
} from './ipcValidation';
import { parseSecretArgs, type SecretStore } from './secretStore';
import { isTrustedSender } from './security';

/** DesktopApi methods called with ipcRenderer.invoke: those returning a Promise (not subscriptions). */
type InvokeMethod = {
  [K in keyof DesktopApi]: ReturnType<DesktopApi[K]> extends Promise<unknown> ? K : never;
}[keyof DesktopApi];

/** The same tuple of parameters, each `unknown`. */
type Untrusted<Args extends unknown[]> = { [I in keyof Args]: unknown };

/**
 * What main implements per invoke method: the DesktopApi result, but every argument arrives as
 * `unknown` (it comes from the renderer) and the IPC event comes first.
 */
export type MainHandlers = {
  [K in InvokeMethod]: (
    event: IpcMainInvokeEvent,
    ...args: Untrusted<Parameters<DesktopApi[K]>>
  ) => ReturnType<DesktopApi[K]>;
};

export interface DesktopServices {
  appInfo(): AppInfo;
  localHub(): Promise<LocalHubInfo | null>;
  /** The folder the save dialog opens in. */
  defaultSaveFolder(): string;
  /** Shows the save dialog attached to the window of `event.sender`. */
  showSaveDialog(event: IpcMainInvokeEvent, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** Writes text as UTF-8, or decodes base64 content and writes its bytes. */
  writeTextFile(filePath: string, content: string, encoding?: 'utf8' | 'base64'): Promise<void>;
  /** ws:// URLs of the hubs discovered on the LAN (lanHubs.ts). */
  lanHubs(): string[];
  lanSettings(): Promise<LanSettings>;
  /** Stores the setting and restarts the hub to match. */
  setAnnounceOnLan(on: boolean): Promise<LanSettings>;
  /** Workspace secrets at rest (secretStore.ts). */
  secrets: SecretStore;
}

export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
}

export function createDesktopHandlers(services: DesktopServices): MainHandlers {
  return {
    async appInfo(_event, ...rest: unknown[]) {
      expectNoArguments('appInfo', rest);
      return services.appInfo();
    },
    async localHub(_event, ...rest: unknown[]) {
      expectNoArguments('localHub', rest);
      return services.localHub();
    },
    async saveFile(event, raw) {
      const request = parseSaveFileRequest(raw);
      const result = await services.showSaveDialog(event, {
        defaultPath: path.join(services.defaultSaveFolder(), request.suggestedName),
        ...(request.filters ? { filters: request.filters } : {}),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return { saved: false };
      await services.writeTextFile(result.filePath, request.content, request.encoding);
      return { saved: true, path: result.filePath };
    },
    async lanHubs(_event, ...rest: unknown[]) {
      expectNoArguments('lanHubs', rest);
      return services.lanHubs();
    },
    async lanSettings(_event, ...rest: unknown[]) {
      expectNoArguments('lanSettings', rest);
      return pickLanSettings(await services.lanSettings());
    },
    async setAnnounceOnLan(_event, ...args: unknown[]) {
      const on = parseSetAnnounceOnLanArgs(args);
      return pickLanSettings(await services.setAnnounceOnLan(on));
    },
    async protectSecret(_event, ...args: unknown[]) {
      return services.secrets.protect(parseSecretArgs('protectSecret', args, false));
    },
    async revealSecret(_event, ...args: unknown[]) {
      return services.secrets.reveal(parseSecretArgs('revealSecret', args, true));
    },
  } satisfies MainHandlers;
}

/** Throws unless the IPC message comes from a frame that shows our app. */
export function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const url = event.senderFrame?.url;
  if (!isTrustedSender(url)) {
    throw new UntrustedSenderError(`Blocked IPC from an untrusted sender (${url ?? 'frame gone'})`);
  }
}

/** Only the fields of the contract cross to the renderer, whatever else the store holds. */
function pickLanSettings(settings: LanSettings): LanSettings {
  return { announceOnLan: settings.announceOnLan };
}

type TrustedHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** ipcMain.handle behind the sender check: the one way this app registers an IPC channel. */
export function handleTrusted(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: string,
  handler: TrustedHandler,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    assertTrustedSender(event);
    return handler(event, ...args);
  });
}

/** Registers one ipcMain.handle per invoke method, each behind the sender check. */
export function registerDesktopIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: MainHandlers): void {
  for (const method of Object.keys(handlers) as InvokeMethod[]) {
    handleTrusted(ipcMain, IPC[method], handlers[method] as TrustedHandler);
  }
}

/**
 * Registers the preload's reply to a flush request (closeHandshake.ts). `onFlushDone` gets the
 * validated request id and the web contents that answered, so main can route it to that window.
 */
export function registerFlushDoneIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  onFlushDone: (sender: WebContents, requestId: number) => void,
): void {
  handleTrusted(ipcMain, IPC_REPLY.flushDone, (event, ...args) => {
    onFlushDone(event.sender, parseFlushDoneArgs(args));
  });
}

/** The part of a BrowserWindow that sendToWindow touches. */
export interface MessageTarget {
  isDestroyed(): boolean;
  webContents: Pick<WebContents, 'isDestroyed' | 'send'>;
}

/**
 * main -> renderer: sends to this one window (the main window), never broadcasts. Returns false
 * when there is no live window to send to (the renderer asks again when it loads).
 */
export function sendToWindow(window: MessageTarget | null, channel: string, ...args: unknown[]): boolean {
  if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return false;
  window.webContents.send(channel, ...args);
  return true;
}
