import type { IpcMainInvokeEvent, SaveDialogOptions } from 'electron';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC } from '../../shared/ipc';
import { createDesktopHandlers, registerDesktopIpc, type DesktopServices } from './ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

let dir: string;
let dialogs: SaveDialogOptions[];
let chosenPath: string | null;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sendeplan-ipc-'));
  dialogs = [];
  chosenPath = path.join(dir, 'Plan.ics');
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
  };
  const channels = new Map<string, Listener>();
  registerDesktopIpc(
    { handle: (channel, listener) => channels.set(channel, listener) },
    createDesktopHandlers(services),
  );
  const invoke = async (channel: string, frameUrl: string | null, ...args: unknown[]) => {
    const listener = channels.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = {
      senderFrame: frameUrl === null ? null : { url: frameUrl },
    } as unknown as IpcMainInvokeEvent;
    return listener(event, ...args);
  };
  return { channels, invoke };
}

const APP = 'app://sendeplan/index.html';

describe('registerDesktopIpc', () => {
  it('registers exactly the invoke channels of the DesktopApi', () => {
    const { channels } = setUp();
    expect([...channels.keys()].sort()).toEqual([IPC.appInfo, IPC.localHub, IPC.saveFile].sort());
    expect(channels.has(IPC.onMenuCommand)).toBe(false);
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
  });

  it('rejects arguments to methods that take none', async () => {
    const { invoke } = setUp();
    await expect(invoke(IPC.appInfo, APP, 'extra')).rejects.toThrow('appInfo: takes no arguments, got 1');
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
