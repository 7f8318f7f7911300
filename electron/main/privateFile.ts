/*
 * Files the user saves (backups above all: without a passphrase they hold the workspace key) are
 * readable by their owner only: created with mode 0600, and a file that existed (perhaps 0644) is
 * set to 0600 before anything is written into it. On Windows, modes are not POSIX permissions; the
 * file then gets the folder's access rules, as any file does.
 */
import fs from 'node:fs/promises';

export async function writePrivateFile(
  filePath: string,
  content: string,
  encoding: 'utf8' | 'base64' = 'utf8',
): Promise<void> {
  const handle = await fs.open(filePath, 'w', 0o600);
  try {
    if (process.platform !== 'win32') await handle.chmod(0o600);
    await handle.writeFile(content, encoding);
  } finally {
    await handle.close();
  }
}
