import { describe, expect, it } from 'vitest';
import { createSecretStore, parseSecretArgs, type SafeStorageLike } from './secretStore';

const SECRET = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';

function keychain(backend = 'gnome_libsecret', available = true): SafeStorageLike & { sealedWith: string[] } {
  const sealedWith: string[] = [];
  return {
    sealedWith,
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => {
      sealedWith.push(backend);
      return Buffer.from(`k:${Buffer.from(text).toString('hex')}`);
    },
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('k:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(2), 'hex').toString();
    },
  };
}

describe('workspace secrets in the OS keychain', () => {
  it('seals a secret so that the sealed text does not hold it, and reveals it again', () => {
    const store = createSecretStore(keychain(), 'linux');
    const sealed = store.protect(SECRET)!;
    expect(sealed).not.toContain(SECRET);
    expect(store.reveal(sealed)).toBe(SECRET);
  });

  it('does not pretend: no keychain, or Linux’s hard-coded fallback key, seals nothing', () => {
    expect(createSecretStore(keychain('gnome_libsecret', false), 'linux').protect(SECRET)).toBeNull();
    const fallback = keychain('basic_text');
    expect(createSecretStore(fallback, 'linux').protect(SECRET)).toBeNull();
    expect(fallback.sealedWith).toEqual([]);
    expect(createSecretStore(keychain('basic_text'), 'darwin').protect(SECRET)).not.toBeNull();
  });

  it('gives null for a sealed text that does not decrypt here or is not a secret', () => {
    const store = createSecretStore(keychain(), 'win32');
    expect(store.reveal(Buffer.from('from another machine').toString('base64'))).toBeNull();
    expect(store.reveal(store.protect('x'.repeat(10))!)).toBeNull();
  });

  it('checks its arguments', () => {
    expect(parseSecretArgs('protectSecret', [SECRET], false)).toBe(SECRET);
    expect(() => parseSecretArgs('protectSecret', [], false)).toThrow('takes 1 argument');
    expect(() => parseSecretArgs('protectSecret', ['a b'], false)).toThrow('not a workspace secret');
    expect(() => parseSecretArgs('revealSecret', ['%%%'], true)).toThrow('not a sealed secret');
    expect(() => parseSecretArgs('revealSecret', ['A'.repeat(5000)], true)).toThrow('not a sealed secret');
  });
});
