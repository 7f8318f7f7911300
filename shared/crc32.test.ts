import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the check values of CRC-32 (IEEE)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe('cbf43926');
    expect(crc32(new Uint8Array())).toBe('00000000');
    expect(crc32(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))).toBe('414fa339');
  });
});
