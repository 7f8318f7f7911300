import type { IpcMainInvokeEvent, SaveDialogOptions, WebContents } from 'electron';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC, IPC_REPLY, type LanSettings } from '../../shared/ipc';
import {
  createDesktopHandlers,
  registerDesktopIpc,
  registerFlushDoneIpc,
  sendToWindow,
  type DesktopServices,
} from './ipc';
import { createSecretStore, type SafeStorageLike } from './secretStore';

/** A keychain stand-in: reversible, and never the plain text. */
const fakeSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
  decryptString: (data) => [...data.toString().replace(/^sealed:/, '')].reverse().join(''),
};

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

let dir: string;
let dialogs: SaveDialogOptions[];
let chosenPath: string | null;
let lanSettings: LanSettings & Record<string, unknown>;
let announceCalls: boolean[];
let flushReplies: [senderId: number, requestId: number][];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sendeplan-ipc-'));
  dialogs = [];
  chosenPath = path.join(dir, 'Plan.ics');
  // An extra field, as a store could hold: it must not cross to the renderer.
  lanSettings = { announceOnLan: true, theme: 'dark' };
  announceCalls = [];
  flushReplies = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Registers the real handlers on a stand-in ipcMain and returns a way to invoke them. */
function setUp() {
  const services: DesktopServices = {
    appInfo: () => ({ name: 'Sendeplan', version: '0.1.0', platform: 'linux' }),
    localHub: async () => ({ url: 'ws://127.0.0.1:40001' }),
    defaultSaveFolder: () => '/home/redaktion/Dokumente',
    showSaveDialog: async (_event, options) => {
      dialogs.push(options);
      return chosenPath === null
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: chosenPath };
    },
    writeTextFile: (filePath, content) => writeFile(filePath, content, 'utf8'),
    lanHubs: () => ['ws://192.168.178.20:5180/', 'ws://192.168.178.31:40001/'],
    lanSettings: async () => lanSettings,
    setAnnounceOnLan: async (on) => {
      announceCalls.push(on);
      lanSettings = { ...lanSettings, announceOnLan: on };
      return lanSettings;
    },
    secrets: createSecretStore(fakeSafeStorage, 'darwin'),
  };
  const channels = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => channels.set(channel, listener) };
  registerDesktopIpc(ipcMain, createDesktopHandlers(services));
  registerFlushDoneIpc(ipcMain, (sender, requestId) => flushReplies.push([sender.id, requestId]));
  const invoke = async (channel: string, frameUrl: string | null, ...args: unknown[]) => {
    const listener = channels.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = {
      senderFrame: frameUrl === null ? null : { url: frameUrl },
      sender: { id: 7 },
    } as unknown as IpcMainInvokeEvent;
    return listener(event, ...args);
  };
  return { channels, invoke };
}

const APP = 'app://sendeplan/index.html';

describe('registerDesktopIpc', () => {
  it('registers exactly the invoke channels of the DesktopApi and the flush reply', () => {
    const { channels } = setUp();
    expect([...channels.keys()].sort()).toEqual(
      [
        IPC.appInfo,
        IPC.localHub,
        IPC.saveFile,
        IPC.lanHubs,
        IPC.lanSettings,
        IPC.setAnnounceOnLan,
        IPC.protectSecret,
        IPC.revealSecret,
        IPC_REPLY.flushDone,
      ].sort(),
    );
    for (const event of [IPC.onMenuCommand, IPC.onLanHubsChanged, IPC.onLocalHubChanged, IPC.onBeforeClose]) {
      expect(channels.has(event), event).toBe(false);
    }
  });

  it('uses a distinct channel name for every method and reply', () => {
    const names = [...Object.values(IPC), ...Object.values(IPC_REPLY)];
    expect(new Set(names).size).toBe(names.length);
    expect(IPC.onBeforeClose).toBe('sendeplan:flush-request');
    expect(IPC_REPLY.flushDone).toBe('sendeplan:flush-done');
  });

  it('answers the app', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC.appInfo, APP)).resolves.toEqual({
      name: 'Sendeplan',
      version: '0.1.0',
      platform: 'linux',
    });
    await expect(invoke(IPC.localHub, APP)).resolves.toEqual({ url: 'ws://127.0.0.1:40001' });
  });

  it.each([
    ['https://evil.example/', 'Blocked IPC from an untrusted sender (https://evil.example/)'],
    ['file:///tmp/x.html', 'Blocked IPC from an untrusted sender (file:///tmp/x.html)'],
    [null, 'Blocked IPC from an untrusted sender (frame gone)'],
  ])('refuses every channel to a sender showing %s', async (frameUrl, message) => {
    const { channels, invoke } = setUp();
    for (const channel of channels.keys()) {
      await expect(
        invoke(channel, frameUrl, { suggestedName: 'a.txt', content: 'x' }),
        channel,
      ).rejects.toThrow(message);
    }
    expect(dialogs).toEqual([]);
    expect(announceCalls).toEqual([]);
    expect(flushReplies).toEqual([]);
  });

  it('rejects arguments to methods that take none', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC.appInfo, APP, 'extra')).rejects.toThrow('appInfo: takes no arguments, got 1');
    await expect(invoke(IPC.lanHubs, APP, 'extra')).rejects.toThrow('lanHubs: takes no arguments, got 1');
    await expect(invoke(IPC.lanSettings, APP, {})).rejects.toThrow('lanSettings: takes no arguments, got 1');
  });
});

describe('LAN methods', () => {
  it('answers the discovered hub URLs', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC.lanHubs, APP)).resolves.toEqual([
      'ws://192.168.178.20:5180/',
      'ws://192.168.178.31:40001/',
    ]);
  });

  it('answers the LAN settings and nothing else from the store', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC.lanSettings, APP)).resolves.toEqual({ announceOnLan: true });
  });

  it('stores a boolean and answers the stored settings', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC.setAnnounceOnLan, APP, false)).resolves.toEqual({ announceOnLan: false });
    await expect(invoke(IPC.lanSettings, APP)).resolves.toEqual({ announceOnLan: false });
    expect(announceCalls).toEqual([false]);
  });

  it.each([
    [['false'], 'setAnnounceOnLan: on must be true or false, got "false"'],
    [[0], 'setAnnounceOnLan: on must be true or false, got number'],
    [[null], 'setAnnounceOnLan: on must be true or false, got null'],
    [[], 'setAnnounceOnLan: takes 1 argument, got 0'],
    [[true, true], 'setAnnounceOnLan: takes 1 argument, got 2'],
  ])('refuses setAnnounceOnLan(%j) before touching the setting', async (args, message) => {
    const { invoke } = setUp();
    await expect(invoke(IPC.setAnnounceOnLan, APP, ...args)).rejects.toThrow(message);
    expect(announceCalls).toEqual([]);
  });
});

describe('flush reply', () => {
  it('passes the sender and the validated request id on', async () => {
    const { invoke } = setUp();
    await invoke(IPC_REPLY.flushDone, APP, 3);
    expect(flushReplies).toEqual([[7, 3]]);
  });

  it('refuses malformed ids', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC_REPLY.flushDone, APP, '3')).rejects.toThrow(
      'flushDone: requestId must be a positive integer, got "3"',
    );
    await expect(invoke(IPC_REPLY.flushDone, APP)).rejects.toThrow('flushDone: takes 1 argument, got 0');
    expect(flushReplies).toEqual([]);
  });
});

describe('sendToWindow', () => {
  function target(windowGone = false, contentsGone = false) {
    const sent: unknown[][] = [];
    const window = {
      isDestroyed: () => windowGone,
      webContents: {
        isDestroyed: () => contentsGone,
        send: (channel: string, ...args: unknown[]) => sent.push([channel, ...args]),
      } as unknown as WebContents,
    };
    return { window, sent };
  }

  it('sends to the given window', () => {
    const { window, sent } = target();
    expect(sendToWindow(window, IPC.onLanHubsChanged, ['ws://10.0.0.2:5180/'])).toBe(true);
    expect(sent).toEqual([[IPC.onLanHubsChanged, ['ws://10.0.0.2:5180/']]]);
  });

  it('sends nothing without a live window', () => {
    expect(sendToWindow(null, IPC.onLocalHubChanged, null)).toBe(false);
    for (const [windowGone, contentsGone] of [
      [true, false],
      [false, true],
    ] as const) {
      const { window, sent } = target(windowGone, contentsGone);
      expect(sendToWindow(window, IPC.onLocalHubChanged, null)).toBe(false);
      expect(sent).toEqual([]);
    }
  });
});

describe('saveFile', () => {
  it('proposes the name in the default folder, then writes the content where the user chose', async () => {
    const { invoke } = setUp();
    const content = 'BEGIN:VCALENDAR\r\nSUMMARY:Größter Post\r\nEND:VCALENDAR\r\n';
    const result = await invoke(IPC.saveFile, APP, {
      suggestedName: 'Plan.ics',
      content,
      filters: [{ name: 'Kalender', extensions: ['ics'] }],
    });
    expect(result).toEqual({ saved: true, path: chosenPath });
    expect(await readFile(path.join(dir, 'Plan.ics'), 'utf8')).toBe(content);
    expect(dialogs).toEqual([
      {
        defaultPath: path.join('/home/redaktion/Dokumente', 'Plan.ics'),
        filters: [{ name: 'Kalender', extensions: ['ics'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      },
    ]);
  });

  it('writes nothing when the user cancels', async () => {
    chosenPath = null;
    const { invoke } = setUp();
    await expect(invoke(IPC.saveFile, APP, { suggestedName: 'Plan.ics', content: 'x' })).resolves.toEqual({
      saved: false,
    });
    expect(dialogs).toHaveLength(1);
  });

  it('rejects bad input before any dialog opens', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC.saveFile, APP, { suggestedName: '../../.bashrc', content: 'x' })).rejects.toThrow(
      'saveFile: suggestedName must be a plain file name without folders',
    );
    await expect(invoke(IPC.saveFile, APP, { suggestedName: 'a.txt', content: 42 })).rejects.toThrow(
      'saveFile: content must be a string, got number',
    );
    await expect(invoke(IPC.saveFile, APP)).rejects.toThrow(
      'saveFile: expected a request object, got undefined',
    );
    expect(dialogs).toEqual([]);
  });

  it('reports a failed write as an error, not as saved', async () => {
    chosenPath = path.join(dir, 'missing-folder', 'Plan.ics');
    const { invoke } = setUp();
    await expect(invoke(IPC.saveFile, APP, { suggestedName: 'Plan.ics', content: 'x' })).rejects.toThrow(
      /ENOENT/,
    );
  });
});

describe('workspace secrets at rest', () => {
  it('seals and reveals a workspace secret, and refuses anything that is not one', async () => {
    const { invoke } = setUp();
    const secret = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
    const sealed = (await invoke(IPC.protectSecret, APP, secret)) as string;
    expect(sealed).not.toContain(secret);
    await expect(invoke(IPC.revealSecret, APP, sealed)).resolves.toBe(secret);
    await expect(invoke(IPC.protectSecret, APP, 'kurz')).rejects.toThrow('not a workspace secret');
    await expect(invoke(IPC.protectSecret, APP, secret, 'mehr')).rejects.toThrow('takes 1 argument');
    await expect(invoke(IPC.revealSecret, APP, { sealed })).rejects.toThrow('not a sealed secret');
    await expect(invoke(IPC.protectSecret, 'https://evil.example/', secret)).rejects.toThrow('untrusted');
  });
});
