// The pictures in the README, taken from the real app at a laptop's 1366×768. `npm run screenshots`
// writes them to docs/; in the normal suite they go to test-results/screenshots/ (the test still
// checks that what it photographs is there).
import { expect, test } from './harness';
import { cardButton, createWorkspace } from './steps';

const dir = process.env.SENDEPLAN_SCREENSHOT_DIR ?? 'test-results/screenshots';

test.use({ viewport: { width: 1366, height: 768 } });

test('screenshot: the board with the example plan and an open card', async ({ app }) => {
  await createWorkspace(app);
  await expect(app.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(20);
  await app.screenshot({ path: `${dir}/board.png` });
  await cardButton(app, /Produktlaunch EcoLine/).click();
  await expect(app.getByRole('complementary', { name: 'Karte bearbeiten' })).toBeVisible();
  await app.screenshot({ path: `${dir}/card-panel.png` });
});

test('screenshot: first start', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Willkommen bei Sendeplan' })).toBeVisible();
  await app.screenshot({ path: `${dir}/first-start.png` });
});
