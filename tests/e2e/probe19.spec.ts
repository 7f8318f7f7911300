import { expect, test } from './harness';
import { createWorkspace } from './steps';
test.use({ viewport: { width: 1024, height: 768 } });
test('probe', async ({ app }) => {
  await app.clock.setFixedTime(new Date('2026-12-09T09:00:00+01:00'));
  await createWorkspace(app);
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(app.getByRole('table')).toBeVisible();
  await app.getByRole('button', { name: 'Mehr' }).click();
  await app.waitForTimeout(500);
  console.log(await app.evaluate(() => document.activeElement?.outerHTML.slice(0, 200)));
  await app.screenshot({ path: '/tmp/wt19/menu.png' });
});
