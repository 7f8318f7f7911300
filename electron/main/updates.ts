// Updates of the installed app through electron-updater, from the server the installer was built
// for: `npm run dist -- -c.publish.provider=generic -c.publish.url=https://…` makes electron-builder
// write that address into resources/app-update.yml and the update feed (latest*.yml) beside the
// installers (docs/install.md, "Installers, signing and updates"). A build without one has no such file
// and never looks for updates; neither does the app started from the sources (`npm start`).
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The update configuration of this installation, or null when it has none. */
export function updateFeed(resourcesPath: string, isPackaged: boolean): string | null {
  if (!isPackaged) return null;
  const file = path.join(resourcesPath, 'app-update.yml');
  return existsSync(file) ? file : null;
}

/**
 * Looks for an update once; when there is one, it is downloaded in the background, the system
 * says so, and it is installed when the app quits. Errors (offline, server gone) are only logged.
 */
export async function checkForUpdates(options: {
  resourcesPath: string;
  isPackaged: boolean;
  log: (line: string) => void;
}): Promise<void> {
  if (updateFeed(options.resourcesPath, options.isPackaged) === null) return;
  try {
    const { default: updater } = await import('electron-updater');
    await updater.autoUpdater.checkForUpdatesAndNotify();
  } catch (error) {
    options.log(`update check failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
