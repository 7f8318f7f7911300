export const RUNTIME: string[];
export function packagesOutsideDesktop(lock: unknown): string[];
