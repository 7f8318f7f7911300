/*
 * The main-process side of the DesktopApi (shared/ipc.ts): one ipcMain.handle per invoke method.
 *
 * What must hold: every call is checked twice before a handler runs. The sender must be a frame
 * showing app://sendeplan (registerDesktopIpc does this for all channels, so no handler can
 * forget it), and each handler parses its arguments (ipcValidation.ts) before acting.
 *
 * The OS services (dialog, fs, app metadata, the hub) come in as `DesktopServices`, so this module
 * imports Electron for types only and is tested in plain Node; main/index.ts passes the real ones.
 */
import type { IpcMain, IpcMainInvokeEvent, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import path from 'node:path';
import { IPC, type AppInfo, type DesktopApi, type LocalHubInfo } from '../../shared/ipc';
import { expectNoArguments, parseSaveFileRequest } from './ipcValidation';
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
  writeTextFile(filePath: string, content: string): Promise<void>;
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
      await services.writeTextFile(result.filePath, request.content);
      return { saved: true, path: result.filePath };
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

/** Registers one ipcMain.handle per invoke method, each behind the sender check. */
export function registerDesktopIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: MainHandlers): void {
  for (const method of Object.keys(handlers) as InvokeMethod[]) {
    const handler = handlers[method] as (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(IPC[method], (event, ...args: unknown[]) => {
      assertTrustedSender(event);
      return handler(event, ...args);
    });
  }
}
