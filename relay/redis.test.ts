// Two relay processes for the same workspaces, through one Redis (Debian's redis-server, started
// here): a device on relay A and a device on relay B see each other's edits.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newRoom } from '../shared/invite';
import {
  connectDevice,
  startRelayProcess,
  tempDatabase,
  until,
  type Device,
  type RelayProcess,
} from './testing';

let redis: ChildProcess;
let redisPort = 0;
const running: RelayProcess[] = [];
const devices: Device[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  redisPort = await freePort();
  redis = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    redis.once('error', (error) =>
      reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`)),
    );
    redis.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    redis.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
});

afterAll(async () => {
  devices.forEach((d) => d.destroy());
  await Promise.all(running.map((r) => r.stop('SIGKILL')));
  redis?.kill('SIGKILL');
});

it('two relay processes with one Redis: edits cross between them', async () => {
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const [a, b] = await Promise.all([
    startRelayProcess(['--port', '0', '--data', tempDatabase(), '--redis', redisUrl]),
    startRelayProcess(['--port', '0', '--data', tempDatabase(), '--redis', redisUrl]),
  ]);
  running.push(a, b);
  const { room, secret } = newRoom();
  const anna = await connectDevice(a.url, room, secret);
  const ben = await connectDevice(b.url, room, secret);
  devices.push(anna, ben);
  await until(() => anna.provider.isSynced && ben.provider.isSynced, 'both synced');
  anna.doc.getMap('notes').set('from Anna', 'über Relay A');
  await until(() => ben.doc.getMap('notes').get('from Anna') === 'über Relay A', "Anna's edit at Ben");
  ben.doc.getMap('notes').set('from Ben', 'über Relay B');
  await until(() => anna.doc.getMap('notes').get('from Ben') === 'über Relay B', "Ben's edit at Anna");
  expect(anna.refused ?? ben.refused).toBeNull();
});
