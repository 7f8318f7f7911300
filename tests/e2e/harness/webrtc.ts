// A bare WebRTC probe between two pages, independent of the app: one RTCPeerConnection per page
// with iceServers: [] (host candidates only, as offline on a LAN), offer and answer carried by
// Playwright (non-trickle: each side waits for ICE gathering to complete, so its SDP holds all of
// its candidates), one data channel, a message from A to B, then ping-pong round trips.
import type { Page } from '@playwright/test';

export interface WebRtcProbeResult {
  /** From creating A's connection to A's data channel being open, in ms (signalling included). */
  connectMs: number;
  /** From A applying B's answer to A's data channel being open (ICE, DTLS, SCTP), in ms. */
  handshakeMs: number;
  /** Median data-channel round trip A -> B -> A, measured inside page A, in ms. */
  medianRoundTripMs: number;
  /** What B received first on the data channel. */
  receivedByB: string;
  /** Host candidates each side offered, e.g. ["10.99.0.1", "10.99.0.2"]. */
  candidatesA: string[];
  candidatesB: string[];
  /** The addresses of the candidate pair that carries the data. */
  selectedPair: { local: string; remote: string; type: string };
}

interface Probe {
  pc: RTCPeerConnection;
  channel?: RTCDataChannel;
  received: string[];
  /** Resolves with the local SDP once ICE gathering is complete. */
  gathered: () => Promise<string>;
}
type ProbeWindow = Window & { probe?: Probe };

/** Runs in a page (serialized by Playwright, so self-contained): sets up window.probe. */
function createConnection(): void {
  const pc = new RTCPeerConnection({ iceServers: [] });
  const gathered = async (): Promise<string> => {
    if (pc.iceGatheringState !== 'complete') {
      await new Promise<void>((resolve) => {
        pc.addEventListener('icegatheringstatechange', () => {
          if (pc.iceGatheringState === 'complete') resolve();
        });
      });
    }
    return pc.localDescription?.sdp ?? '';
  };
  const probe: Probe = { pc, received: [], gathered };
  (window as ProbeWindow).probe = probe;
  pc.ondatachannel = (event) => {
    probe.channel = event.channel;
    event.channel.onmessage = (message) => {
      probe.received.push(String(message.data));
      event.channel.send(String(message.data)); // echo for round trips
    };
  };
}

function hostAddresses(sdp: string): string[] {
  return [...sdp.matchAll(/^a=candidate:\S+ \d+ udp \d+ (\S+) \d+ typ host/gm)].map((m) => m[1] ?? '');
}

export async function probeWebRtc(a: Page, b: Page, rounds = 20): Promise<WebRtcProbeResult> {
  const started = performance.now();
  await Promise.all([a.evaluate(createConnection), b.evaluate(createConnection)]);

  const offer = await a.evaluate(async () => {
    const probe = (window as ProbeWindow).probe!;
    probe.channel = probe.pc.createDataChannel('probe');
    await probe.pc.setLocalDescription(await probe.pc.createOffer());
    return probe.gathered();
  });

  const answer = await b.evaluate(async (offer) => {
    const probe = (window as ProbeWindow).probe!;
    await probe.pc.setRemoteDescription({ type: 'offer', sdp: offer });
    await probe.pc.setLocalDescription(await probe.pc.createAnswer());
    return probe.gathered();
  }, offer);

  const handshakeMs = await a.evaluate(async (answer) => {
    const { pc, channel } = (window as ProbeWindow).probe!;
    const t0 = performance.now();
    await pc.setRemoteDescription({ type: 'answer', sdp: answer });
    if (channel!.readyState !== 'open') {
      await new Promise<void>((resolve, reject) => {
        channel!.onopen = () => resolve();
        channel!.onerror = () => reject(new Error('data channel failed'));
      });
    }
    return performance.now() - t0;
  }, answer);
  const connectMs = performance.now() - started;

  const roundTrips = await a.evaluate(async (rounds) => {
    const channel = (window as ProbeWindow).probe!.channel!;
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const text = i === 0 ? 'hallo von A' : `ping ${i}`;
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        channel.onmessage = (message) => {
          if (message.data === text) resolve();
        };
        channel.send(text);
      });
      times.push(performance.now() - t0);
    }
    return times;
  }, rounds);
  roundTrips.sort((x, y) => x - y);

  const receivedByB = await b.evaluate(() => (window as ProbeWindow).probe!.received[0] ?? '');
  const selectedPair = await a.evaluate(async () => {
    const stats = await (window as ProbeWindow).probe!.pc.getStats();
    const byId = new Map<string, Record<string, unknown>>();
    stats.forEach((report: Record<string, unknown>) => byId.set(String(report.id), report));
    const transport = [...byId.values()].find((r) => r.type === 'transport');
    const pair = byId.get(String(transport?.selectedCandidatePairId));
    const local = byId.get(String(pair?.localCandidateId));
    const remote = byId.get(String(pair?.remoteCandidateId));
    return {
      local: `${String(local?.address)}:${String(local?.port)}`,
      remote: `${String(remote?.address)}:${String(remote?.port)}`,
      type: `${String(local?.candidateType)}/${String(remote?.candidateType)}`,
    };
  });

  await Promise.all([a, b].map((page) => page.evaluate(() => (window as ProbeWindow).probe?.pc.close())));
  return {
    connectMs,
    handshakeMs,
    medianRoundTripMs: roundTrips[Math.floor(roundTrips.length / 2)] ?? Number.NaN,
    receivedByB,
    candidatesA: hostAddresses(offer),
    candidatesB: hostAddresses(answer),
    selectedPair,
  };
}
