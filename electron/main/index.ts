/*
 * The Electron main process: lifecycle glue only. The decisions live in tested modules beside this
 * one: appProtocol.ts (what app:// serves), security.ts (what is allowed), ipc.ts (the DesktopApi
 * handlers), menu.ts (the German menu), settings.ts (device settings), lanHub.ts and localHub.ts
 * (the hub's lifecycle and LAN announcement), lanHubs.ts (colleagues' hubs on the LAN),
 * closeHandshake.ts (flush before the window closes).
 *
 * Bundled to dist/electron/main.js (ESM); the preload sits beside it as preload.cjs and the built
 * renderer in dist/renderer. Everything before app ready runs at module load: the ESM entry must not
 * await anything first (the Electron ESM guide).
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import type { BaseWindow } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IPC, type MenuCommand } from '../../shared/ipc';
import { announceHub } from '../hub/discovery';
import { startHub } from '../hub/hub';
import { serveAppRequest } from './appProtocol';
import { createCloseHandshake, type CloseHandshake } from './closeHandshake';
import { createDesktopHandlers, registerDesktopIpc, registerFlushDoneIpc, sendToWindow } from './ipc';
import { createLanHub } from './lanHub';
import { watchLanHubs, type LanHubsWatch } from './lanHubs';
import { writePrivateFile } from './privateFile';
import { createSecretStore } from './secretStore';
import { buildMenuTemplate } from './menu';
import { createSettingsStore } from './settings';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from './security';
import { checkForUpdates } from './updates';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_ROOT = path.join(here, '..', 'renderer');
const PRELOAD_PATH = path.join(here, 'preload.cjs');

/** Behind the page while it loads: --bg of renderer/styles/base.css, light and dark. */
const BACKGROUND = { light: '#f4f5f7', dark: '#14161b' } as const;
const backgroundColor = () => (nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light);

// --- Before ready -------------------------------------------------------------------------------

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);
// LAN sync without internet: peers must see each other's host addresses (docs/architecture.md, "Sync").
app.commandLine.appendSwitch('disable-features', 'WebRtcHideLocalIpsWithMdns');
app.enableSandbox();
// Windows shows notifications only for an app with an AppUserModelID (the installer's appId).
if (process.platform === 'win32') app.setAppUserModelId('de.sendeplan.app');

let mainWindow: BrowserWindow | null = null;
const hub = createLanHub({
  startHub: (options) =>
    startHub({ ...options, requireTimestamps: true, log: (line) => console.log(`[hub] ${line}`) }),
  announce: (port) =>
    announceHub({ port, name: `Sendeplan (${os.hostname()})`, log: (line) => console.log(`[lan] ${line}`) }),
  onChange: (info) => sendToWindow(mainWindow, IPC.onLocalHubChanged, info),
});
let lanHubs: LanHubsWatch | null = null;
/** The close handshake of each open window, by webContents id. */
const handshakes = new Map<number, CloseHandshake>();

if (!app.requestSingleInstanceLock()) {
  // Another Sendeplan runs already; it gets the 'second-instance' event and shows its window.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!app.isReady()) return;
    // macOS keeps running without windows; then the second start opens one.
    mainWindow ??= createMainWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => shell.openExternal(url)),
  );
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Sendeplan: start failed', error);
      app.exit(1);
    });
}

// --- Ready --------------------------------------------------------------------------------------

function onReady(): void {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, RENDERER_ROOT));
  const store = createSettingsStore(path.join(app.getPath('userData'), 'settings.json'));
  // Queued before any IPC handler exists, so the renderer's first localHub() waits for this start.
  void hub.apply(store.load());
  lanHubs = watchLanHubs((urls) => sendToWindow(mainWindow, IPC.onLanHubsChanged, urls), {
    log: (line) => console.log(`[lan] ${line}`),
  });

  registerDesktopIpc(
    ipcMain,
    createDesktopHandlers({
      appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: process.platform }),
      localHub: () => hub.info(),
      lanHubs: () => lanHubs?.list() ?? [],
      lanSettings: () => store.load(),
      async setAnnounceOnLan(on) {
        const saved = await store.update({ announceOnLan: on });
        await hub.apply(saved);
        return saved;
      },
      defaultSaveFolder: () => app.getPath('documents'),
      showSaveDialog: (event, options) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
      },
      writeTextFile: writePrivateFile,
      secrets: createSecretStore(safeStorage),
    }),
  );
  registerFlushDoneIpc(ipcMain, (sender, requestId) => handshakes.get(sender.id)?.onFlushDone(requestId));
  void checkForUpdates({
    resourcesPath: process.resourcesPath,
    isPackaged: app.isPackaged,
    log: (line) => console.log(`[update] ${line}`),
  });

  app.setAboutPanelOptions({
    applicationName: 'Sendeplan',
    applicationVersion: app.getVersion(),
    copyright: 'Lokaler Redaktionsplan für Social-Media-Teams',
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: 'Sendeplan',
        sendCommand: sendMenuCommand,
      }),
    ),
  );
  nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(backgroundColor()));

  mainWindow = createMainWindow();
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open.
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Sendeplan',
    show: false,
    backgroundColor: backgroundColor(),
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  });
  window.once('ready-to-show', () => window.show());

  // Hold the first close until the renderer has flushed IndexedDB (closeHandshake.ts).
  const contentsId = window.webContents.id;
  const handshake = createCloseHandshake({
    requestFlush: (requestId) => {
      if (!sendToWindow(window, IPC.onBeforeClose, requestId)) throw new Error('renderer gone');
    },
    finish: ({ quit }) => {
      if (!window.isDestroyed()) window.destroy();
      if (quit) app.quit();
    },
  });
  handshakes.set(contentsId, handshake);
  window.on('close', (event) => {
    const contents = window.webContents;
    const rendererAlive = !contents.isDestroyed() && !contents.isCrashed();
    if (handshake.onClose(rendererAlive) === 'prevent') event.preventDefault();
  });
  window.on('closed', () => {
    handshake.dispose();
    handshakes.delete(contentsId);
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Sendeplan: could not load', error));
  return window;
}

function sendMenuCommand(command: MenuCommand, window: BaseWindow | undefined): void {
  const target = window instanceof BrowserWindow ? window : (BrowserWindow.getFocusedWindow() ?? mainWindow);
  target?.webContents.send(IPC.onMenuCommand, command);
}

// --- Quit ---------------------------------------------------------------------------------------

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Closing a window during a quit is held back for its flush, which cancels the quit; the handshake
// remembers it and quits again once the window is gone.
app.on('before-quit', () => {
  for (const handshake of handshakes.values()) handshake.onQuit();
});

/** The longest the quit waits for mDNS goodbyes, the hub's sockets and the browser to close. */
const QUIT_CLEANUP_MS = 4000;
let hubStopped = false;
app.on('will-quit', (event) => {
  if (hubStopped) return;
  // Withdraw the announcement and close the hub's sockets first (each bounded), then quit for real.
  event.preventDefault();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cleanup = Promise.allSettled([hub.stop(), lanHubs?.stop()]);
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, QUIT_CLEANUP_MS)));
  void Promise.race([cleanup, deadline]).finally(() => {
    clearTimeout(timer);
    hubStopped = true;
    app.quit();
  });
});
