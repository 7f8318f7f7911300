import type { Page } from '@playwright/test';

/** Appends every console error and uncaught page error of `page` to `into`, labelled. */
export function collectErrors(page: Page, into: string[], label: string): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    into.push(`[${label}] console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => into.push(`[${label}] page error: ${error.stack ?? error.message}`));
}
