// End-to-end tests in real Debian Chromium. Run them through the harness, which builds the app,
// starts the serve CLI (inside a network namespace when it can) and exports SENDEPLAN_URL:
//   npm run test:e2e [-- <playwright test args>]      see tests/e2e/README.md
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/harness/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Artifacts of failed tests (traces, screenshots); test-results/ also holds the suites' JSON
  // results, which Playwright must not clean away, hence the subfolder.
  outputDir: 'test-results/e2e',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  // Keeps CI (.ci/run, under 30 minutes on 2 cores) from hanging on a stuck suite; the whole suite
  // takes about ten minutes there.
  globalTimeout: 20 * 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: process.env.SENDEPLAN_URL,
    browserName: 'chromium',
    headless: true,
    // A common laptop screen (1366 wide) with the browser's chrome taken off the height.
    viewport: { width: 1366, height: 900 },
    // The users: German-speaking teams (date inputs show 29.11.2026), clocks in Berlin.
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs() },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
