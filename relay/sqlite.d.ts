// The part of Node 22's built-in `node:sqlite` the relay uses, until the project's @types/node
// describes it (they do from 22.5 on).
declare module 'node:sqlite' {
  type Value = null | number | bigint | string | Uint8Array;
  interface StatementSync {
    run(...params: Value[]): { changes: number | bigint; lastInsertRowid: number | bigint };
    get(...params: Value[]): Record<string, Value> | undefined;
    all(...params: Value[]): Record<string, Value>[];
  }
  export class DatabaseSync {
    constructor(path: string, options?: { open?: boolean });
    exec(sql: string): void;
    prepare(sql: string): StatementSync;
    close(): void;
  }
}
