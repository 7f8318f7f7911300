// Smoke tests: the built app loads in real Chromium, and real WebRTC works between two separate
// Chromium processes inside the harness network namespace (the ground peer tests stand on).
import { expect, test } from './harness';
import { probeWebRtc } from './harness/webrtc';

test('the app loads with its title and welcome heading, without errors', async ({ app, appErrors }) => {
  await expect(app).toHaveTitle('Sendeplan');
  await expect(app.getByRole('heading', { name: 'Willkommen bei Sendeplan' })).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('two peer processes connect over real WebRTC in the namespace @peers', async ({
  openPeer,
}, testInfo) => {
  const [anna, ben] = await Promise.all([openPeer('anna'), openPeer('ben')]);

  const result = await probeWebRtc(anna.page, ben.page);

  expect(result.receivedByB).toBe('hallo von A');
  // Host candidates on the namespace's veth addresses, not loopback: the recipe of tests/e2e/README.md.
  expect(result.candidatesA.length).toBeGreaterThan(0);
  expect(result.candidatesB.length).toBeGreaterThan(0);
  expect(result.selectedPair.local).toMatch(/^10\.99\.0\.\d+:\d+$/);
  expect(result.selectedPair.remote).toMatch(/^10\.99\.0\.\d+:\d+$/);
  const summary =
    `connected in ${result.connectMs.toFixed(0)} ms (signalling via Playwright included; ` +
    `ICE+DTLS+SCTP after the answer ${result.handshakeMs.toFixed(0)} ms), ` +
    `median data-channel round trip ${result.medianRoundTripMs.toFixed(2)} ms, ` +
    `pair ${result.selectedPair.local} <-> ${result.selectedPair.remote} (${result.selectedPair.type})`;
  testInfo.annotations.push({ type: 'webrtc', description: summary });
  console.log(`WebRTC probe: ${summary}`);
  expect(anna.errors).toEqual([]);
  expect(ben.errors).toEqual([]);
});
