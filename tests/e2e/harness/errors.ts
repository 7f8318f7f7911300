import type { Page } from '@playwright/test';

/**
 * Appends every console error and uncaught page error of `page` to `into`, labelled. An error React
 * recovered from (renderer/main.tsx) is no failure, but printed with its cause, to be looked into.
 */
export function collectErrors(page: Page, into: string[], label: string): void {
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('Sendeplan: React recovered'))
      console.log(`[${label}] ${message.text()}`);
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    into.push(`[${label}] console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => into.push(`[${label}] page error: ${error.stack ?? error.message}`));
}
