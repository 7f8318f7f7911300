/*
 * The German application menu.
 *
 * Undo and redo belong to the app (the Yjs UndoManager in the renderer), not to Chromium's editing
 * commands, so "Rückgängig" and "Wiederholen" are not the 'undo'/'redo' roles: a click sends a
 * MenuCommand to the renderer (DesktopApi.onMenuCommand). The keyboard has one path, the same as in
 * the browser: the renderer handles Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y itself. So the
 * accelerators are shown but not registered (`registerAccelerator: false`, Linux and Windows),
 * which means a keystroke can never fire twice. On macOS key equivalents always belong to the menu,
 * but Chromium offers the key to the focused page first and Electron runs the menu item only for
 * keys the page did not handle (preventDefault); those arrive as a MenuCommand, which is exactly
 * how macOS routes Cmd+Z for text fields.
 *
 * The renderer therefore: on keydown outside a native text field, preventDefault and run its undo;
 * on a MenuCommand, undo text natively (document.execCommand) when a text field has focus and run
 * its own undo otherwise.
 */
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  /** Hands a command to the renderer of `window` (or of the focused window). */
  sendCommand(command: MenuCommand, window: BaseWindow | undefined): void;
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const { appName } = context;
  const command =
    (name: MenuCommand): MenuItemConstructorOptions['click'] =>
    (_item, window) =>
      context.sendCommand(name, window);

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: `Über ${appName}` },
      { type: 'separator' },
      { role: 'services', label: 'Dienste' },
      { type: 'separator' },
      { role: 'hide', label: `${appName} ausblenden` },
      { role: 'hideOthers', label: 'Andere ausblenden' },
      { role: 'unhide', label: 'Alle einblenden' },
      { type: 'separator' },
      { role: 'quit', label: `${appName} beenden` },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Datei',
    submenu: isMac ? [{ role: 'close', label: 'Fenster schließen' }] : [{ role: 'quit', label: 'Beenden' }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Bearbeiten',
    submenu: [
      {
        id: 'undo',
        label: 'Rückgängig',
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: command('undo'),
      },
      {
        id: 'redo',
        label: 'Wiederholen',
        accelerator: 'CmdOrCtrl+Shift+Z',
        registerAccelerator: false,
        click: command('redo'),
      },
      { type: 'separator' },
      { role: 'cut', label: 'Ausschneiden' },
      { role: 'copy', label: 'Kopieren' },
      { role: 'paste', label: 'Einfügen' },
      { role: 'selectAll', label: 'Alles auswählen' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Ansicht',
    submenu: [
      { role: 'reload', label: 'Neu laden' },
      ...(context.isPackaged
        ? []
        : [{ role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' } satisfies MenuItemConstructorOptions]),
      { type: 'separator' },
      { role: 'resetZoom', label: 'Originalgröße' },
      { role: 'zoomIn', label: 'Vergrößern' },
      { role: 'zoomOut', label: 'Verkleinern' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Vollbild' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Fenster',
    // The roles make macOS fill in its window list and the help search field.
    ...(isMac ? { role: 'window' as const } : {}),
    submenu: isMac
      ? [
          { role: 'minimize', label: 'Im Dock ablegen' },
          { role: 'zoom', label: 'Zoomen' },
          { type: 'separator' },
          { role: 'front', label: 'Alle nach vorne bringen' },
        ]
      : [
          { role: 'minimize', label: 'Minimieren' },
          { role: 'close', label: 'Schließen' },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Hilfe',
    ...(isMac ? { role: 'help' as const } : {}),
    submenu: [{ role: 'about', label: `Über ${appName}` }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
