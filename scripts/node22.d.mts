/** The path of a Node >= 22 binary (see node22.mjs). */
export function node22(): string;
