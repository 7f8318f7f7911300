import type { BaseWindow, KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/ipc';
import { buildMenuTemplate, type MenuContext } from './menu';

function build(overrides: Partial<MenuContext> = {}) {
  const sent: [MenuCommand, BaseWindow | undefined][] = [];
  const template = buildMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    appName: 'Sendeplan',
    sendCommand: (command, window) => sent.push([command, window]),
    ...overrides,
  });
  return { template, sent };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no menu ${label}`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((entry) => [
    entry,
    ...(Array.isArray(entry.submenu) ? allItems(entry.submenu) : []),
  ]);
}

describe('buildMenuTemplate', () => {
  it('has the German menus in order on Windows and Linux', () => {
    const { template } = build();
    expect(template.map((menu) => menu.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ]);
    expect(item(submenu(template, 'Datei'), 'Beenden').role).toBe('quit');
    expect(item(submenu(template, 'Hilfe'), 'Über Sendeplan').role).toBe('about');
  });

  it('puts the app menu first on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((menu) => menu.label)).toEqual([
      'Sendeplan',
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ]);
    expect(item(submenu(template, 'Sendeplan'), 'Sendeplan beenden').role).toBe('quit');
  });

  it('sends undo and redo to the renderer instead of running the browser editing commands', () => {
    const { template, sent } = build();
    const edit = submenu(template, 'Bearbeiten');
    const undo = item(edit, 'Rückgängig');
    const redo = item(edit, 'Wiederholen');
    const window = { id: 7 } as BaseWindow;
    undo.click?.({} as MenuItem, window, {} as KeyboardEvent);
    redo.click?.({} as MenuItem, undefined, {} as KeyboardEvent);
    expect(sent).toEqual([
      ['undo', window],
      ['redo', undefined],
    ]);
    expect(allItems(template).filter((entry) => entry.role === 'undo' || entry.role === 'redo')).toEqual([]);
  });

  it('shows the undo shortcuts without registering them, so a keystroke never fires twice', () => {
    const edit = submenu(build().template, 'Bearbeiten');
    expect(item(edit, 'Rückgängig')).toMatchObject({
      accelerator: 'CmdOrCtrl+Z',
      registerAccelerator: false,
    });
    expect(item(edit, 'Wiederholen')).toMatchObject({
      accelerator: 'CmdOrCtrl+Shift+Z',
      registerAccelerator: false,
    });
  });

  it('keeps the native clipboard roles', () => {
    const edit = submenu(build().template, 'Bearbeiten');
    expect(
      ['Ausschneiden', 'Kopieren', 'Einfügen', 'Alles auswählen'].map((label) => item(edit, label).role),
    ).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers the developer tools only in development builds', () => {
    const labels = (isPackaged: boolean) =>
      submenu(build({ isPackaged }).template, 'Ansicht').map((i) => i.label);
    expect(labels(true)).not.toContain('Entwicklerwerkzeuge');
    expect(labels(false)).toContain('Entwicklerwerkzeuge');
    expect(labels(true)).toEqual(
      expect.arrayContaining(['Neu laden', 'Originalgröße', 'Vergrößern', 'Verkleinern', 'Vollbild']),
    );
  });

  it('labels every item a person can see in German', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const entry of allItems(build({ platform, isPackaged: false }).template)) {
        if (entry.type === 'separator') continue;
        expect(entry.label, JSON.stringify(entry.role)).toMatch(/\S/);
      }
    }
  });
});
