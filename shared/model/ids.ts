// Branded ids: a CardId cannot be passed where a PersonId is expected, although both are strings.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type CardId = Brand<string, 'CardId'>;
export type ColumnId = Brand<string, 'ColumnId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type ChannelId = Brand<string, 'ChannelId'>;

/** A random id, unique across peers without coordination. */
export function newId<T extends string>(prefix: string): T {
  return `${prefix}-${crypto.randomUUID()}` as T;
}
