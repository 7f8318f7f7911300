/*
 * Workspace secrets at rest. In the desktop app they are sealed with the operating system's
 * keychain (DesktopApi.protectSecret, Electron safeStorage): the device's list of workspaces keeps
 * `sealed` and an empty `secret`, and the secrets are revealed into memory once, before the app
 * renders. In a browser (and where the OS offers no real encryption) the secret stays in the list
 * as before: a browser has no keychain a page could use.
 */
const revealed = new Map<string, string>();

/** The secret revealed for this workspace in this run, if any. */
export function revealedSecret(workspaceId: string): string | undefined {
  return revealed.get(workspaceId);
}

interface StoredEntry {
  id?: unknown;
  secret?: unknown;
  sealed?: unknown;
}

/** Reveals every sealed secret in the stored list (desktop); call before the app renders. */
export async function revealStoredSecrets(stored: readonly StoredEntry[]): Promise<void> {
  const desktop = window.desktop;
  if (!desktop) return;
  await Promise.all(
    stored.map(async (entry) => {
      if (typeof entry.id !== 'string' || typeof entry.sealed !== 'string') return;
      const secret = await desktop.revealSecret(entry.sealed).catch(() => null);
      if (secret) revealed.set(entry.id, secret);
    }),
  );
}

/**
 * Seals the plain secrets of the stored list (desktop) and hands back the list to store instead;
 * null when nothing changed. Secrets sealed here stay known to this run.
 */
export async function sealStoredSecrets<T extends StoredEntry>(stored: readonly T[]): Promise<T[] | null> {
  const desktop = window.desktop;
  if (!desktop) return null;
  let changed = false;
  const next = await Promise.all(
    stored.map(async (entry) => {
      if (typeof entry.id !== 'string' || typeof entry.secret !== 'string' || !entry.secret) return entry;
      const sealed = await desktop.protectSecret(entry.secret).catch(() => null);
      if (!sealed) return entry;
      revealed.set(entry.id, entry.secret);
      changed = true;
      return { ...entry, secret: '', sealed };
    }),
  );
  return changed ? next : null;
}
