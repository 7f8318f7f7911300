// Branded ids: a CardId cannot be passed where a PersonId is expected, although both are strings.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type CardId = Brand<string, 'CardId'>;
export type ColumnId = Brand<string, 'ColumnId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type ChannelId = Brand<string, 'ChannelId'>;
export type CampaignId = Brand<string, 'CampaignId'>;
export type CommentId = Brand<string, 'CommentId'>;

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/**
 * Random characters per id: 12 of 62 are 71 bits, so even a million cards collide with a chance
 * below 1 in 10^9. Ids are written many times over (as keys, in `ownerId`, `channelIds`, slots,
 * requests), so a UUID's 36 characters were a quarter of a 2,000-card document (docs/performance.md).
 */
const ID_LENGTH = 12;

/** A random id, unique across peers without coordination: `prefix-` and 12 base-62 characters. */
export function newId<T extends string>(prefix: string): T {
  let random = '';
  while (random.length < ID_LENGTH) {
    // 4 × 62 = 248 byte values map evenly onto the alphabet; higher bytes are drawn again.
    for (const byte of crypto.getRandomValues(new Uint8Array(ID_LENGTH))) {
      if (byte < 248) random += ALPHABET[byte % 62];
    }
  }
  return `${prefix}-${random.slice(0, ID_LENGTH)}` as T;
}
