/*
 * The workspace secrets at rest, in the desktop app: encrypted with the operating system's keychain
 * through Electron's safeStorage (macOS Keychain, Windows DPAPI, on Linux the Secret Service or
 * KWallet). The renderer keeps only the sealed text; it asks main to seal and to reveal.
 *
 * What must hold: a secret is sealed only when the OS really encrypts (on Linux without a keyring
 * safeStorage falls back to a hard-coded key, 'basic_text': that is no protection, so we answer null
 * and the renderer keeps the secret as a browser does); arguments are checked before anything is
 * done with them; a sealed text that does not decrypt here (another machine, a changed keyring)
 * gives null, never an exception that would take the renderer's start down.
 */
import { IpcArgumentError } from './ipcValidation';

/** The part of Electron's safeStorage this module uses (injected, so it is tested in plain Node). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/** The shape of a workspace secret (shared/invite.ts). */
const SECRET = /^[A-Za-z0-9_-]{22,128}$/;
const SEALED = /^[A-Za-z0-9+/]{1,2000}={0,2}$/;

export function parseSecretArgs(method: string, args: readonly unknown[], sealed: boolean): string {
  if (args.length !== 1) throw new IpcArgumentError(`${method}: takes 1 argument, got ${args.length}`);
  const [value] = args;
  if (typeof value !== 'string' || !(sealed ? SEALED : SECRET).test(value))
    throw new IpcArgumentError(`${method}: not a ${sealed ? 'sealed secret' : 'workspace secret'}`);
  return value;
}

export interface SecretStore {
  protect(secret: string): string | null;
  reveal(sealed: string): string | null;
}

export function createSecretStore(safe: SafeStorageLike, platform: string = process.platform): SecretStore {
  const available = () =>
    safe.isEncryptionAvailable() &&
    !(platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text');
  return {
    protect(secret) {
      if (!available()) return null;
      return safe.encryptString(secret).toString('base64');
    },
    reveal(sealed) {
      if (!available()) return null;
      try {
        const secret = safe.decryptString(Buffer.from(sealed, 'base64'));
        return SECRET.test(secret) ? secret : null;
      } catch {
        return null;
      }
    },
  };
}
