// HTTP and WebSocket plumbing shared by the hub and the serve command.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';

/** server.listen as a promise that rejects on EADDRINUSE and the like. */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** Host part of a URL for a listening address: loopback for wildcards, brackets for IPv6. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The path of a request target, without query or fragment. */
export function pathOf(url: string | undefined): string {
  return (url ?? '/').split(/[?#]/, 1)[0] as string;
}

/** Answers an upgrade request with a bare HTTP status and closes the socket once it is sent. */
export function refuse(socket: Duplex, status: number, text: string): void {
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Sends 1001 to every socket, waits up to `graceMs` for the handshakes, then cuts the rest. */
export async function closeGracefully(sockets: WebSocket[], graceMs: number): Promise<void> {
  const open = sockets.filter((ws) => ws.readyState !== WebSocket.CLOSED);
  const allClosed = Promise.all(
    open.map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve()))),
  );
  for (const ws of open) ws.close(1001, 'closing');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([allClosed, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  for (const ws of open) ws.terminate();
}
