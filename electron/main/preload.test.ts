// The preload (electron/preload/index.ts) against a stand-in for Electron's ipcRenderer and
// contextBridge: what it exposes, how events are relayed, and its side of the close handshake.
// (It lives here because electron/preload/ holds only the bundled preload itself.)
import { EventEmitter } from 'node:events';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, IPC_REPLY, type DesktopApi } from '../../shared/ipc';

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  return { exposed, ipcRenderer: null as unknown as FakeIpcRenderer };
});

class FakeIpcRenderer extends EventEmitter {
  invoked: unknown[][] = [];
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return Promise.resolve(undefined);
  }
  /** main -> renderer: what webContents.send does, with a stand-in event. */
  fromMain(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: 'the IpcRendererEvent' }, ...args);
  }
}

vi.mock('electron', () => {
  electron.ipcRenderer = new FakeIpcRenderer();
  return {
    ipcRenderer: electron.ipcRenderer,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        electron.exposed[key] = value;
      },
    },
  };
});

let desktop: DesktopApi;
const ipc = () => electron.ipcRenderer;

beforeAll(async () => {
  await import('../preload/index');
  desktop = electron.exposed.desktop as DesktopApi;
});
beforeEach(() => {
  ipc().invoked = [];
});

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('preload', () => {
  it('exposes only window.desktop, made of plain functions', () => {
    expect(Object.keys(electron.exposed)).toEqual(['desktop']);
    expect(Object.keys(desktop).sort()).toEqual(
      [
        'appInfo',
        'saveFile',
        'localHub',
        'onMenuCommand',
        'lanHubs',
        'onLanHubsChanged',
        'lanSettings',
        'setAnnounceOnLan',
        'onLocalHubChanged',
        'onBeforeClose',
        'protectSecret',
        'revealSecret',
      ].sort(),
    );
    for (const value of Object.values(desktop)) expect(typeof value).toBe('function');
  });

  it('invokes the LAN channels with the given arguments', async () => {
    await desktop.lanHubs();
    await desktop.lanSettings();
    await desktop.setAnnounceOnLan(false);
    expect(ipc().invoked).toEqual([[IPC.lanHubs], [IPC.lanSettings], [IPC.setAnnounceOnLan, false]]);
  });

  it('relays LAN hub lists without the event, and stops after unsubscribe', () => {
    const lists: unknown[] = [];
    const unsubscribe = desktop.onLanHubsChanged((hubs) => lists.push(hubs));
    ipc().fromMain(IPC.onLanHubsChanged, ['ws://192.168.178.31:40001/']);
    ipc().fromMain(IPC.onLanHubsChanged, 'not a list');
    ipc().fromMain(IPC.onLanHubsChanged, [42]);
    unsubscribe();
    ipc().fromMain(IPC.onLanHubsChanged, []);
    expect(lists).toEqual([['ws://192.168.178.31:40001/']]);
    expect(ipc().listenerCount(IPC.onLanHubsChanged)).toBe(0);
  });

  it('relays local hub changes, null included', () => {
    const seen: unknown[] = [];
    const unsubscribe = desktop.onLocalHubChanged((hub) => seen.push(hub));
    ipc().fromMain(IPC.onLocalHubChanged, { url: 'ws://127.0.0.1:40001' });
    ipc().fromMain(IPC.onLocalHubChanged, null);
    ipc().fromMain(IPC.onLocalHubChanged, { url: 7 });
    unsubscribe();
    expect(seen).toEqual([{ url: 'ws://127.0.0.1:40001' }, null]);
  });

  it('refuses listeners that are not functions', () => {
    const notAFunction = 'x' as unknown as () => Promise<void>;
    expect(() => desktop.onLanHubsChanged(notAFunction)).toThrow('onLanHubsChanged expects a function');
    expect(() => desktop.onLocalHubChanged(notAFunction)).toThrow('onLocalHubChanged expects a function');
    expect(() => desktop.onBeforeClose(notAFunction)).toThrow('onBeforeClose expects a function');
    expect(() => desktop.onMenuCommand(notAFunction)).toThrow('onMenuCommand expects a function');
  });

  describe('flush before close', () => {
    it('answers at once when nothing is registered', async () => {
      ipc().fromMain(IPC.onBeforeClose, 11);
      await settle();
      expect(ipc().invoked).toEqual([[IPC_REPLY.flushDone, 11]]);
    });

    it('answers only after every registered flush has settled, failures included', async () => {
      const releases: (() => void)[] = [];
      const unregister = [
        desktop.onBeforeClose(() => new Promise<void>((resolve) => releases.push(resolve))),
        desktop.onBeforeClose(() => Promise.reject(new Error('IndexedDB closed'))),
        desktop.onBeforeClose(() => {
          throw new Error('sync throw');
        }),
        desktop.onBeforeClose(() => new Promise<void>((resolve) => releases.push(resolve))),
      ];
      ipc().fromMain(IPC.onBeforeClose, 12);
      await settle();
      expect(releases).toHaveLength(2);
      expect(ipc().invoked).toEqual([]);
      releases[0]?.();
      await settle();
      expect(ipc().invoked).toEqual([]);
      releases[1]?.();
      await settle();
      expect(ipc().invoked).toEqual([[IPC_REPLY.flushDone, 12]]);
      for (const off of unregister) off();
    });

    it('does not run a flush after it was unregistered', async () => {
      const flush = vi.fn(async () => {});
      const off = desktop.onBeforeClose(flush);
      off();
      ipc().fromMain(IPC.onBeforeClose, 13);
      await settle();
      expect(flush).not.toHaveBeenCalled();
      expect(ipc().invoked).toEqual([[IPC_REPLY.flushDone, 13]]);
    });

    it('ignores a flush request without a numeric id', async () => {
      const flush = vi.fn(async () => {});
      const off = desktop.onBeforeClose(flush);
      ipc().fromMain(IPC.onBeforeClose, 'now');
      await settle();
      expect(flush).not.toHaveBeenCalled();
      expect(ipc().invoked).toEqual([]);
      off();
    });
  });
});
