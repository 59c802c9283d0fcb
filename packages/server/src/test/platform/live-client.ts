import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { LiveServerMessage } from '@collegium/shared/contracts/live';
import { apiTokens } from '../../db/schema/index.js';
import { randomToken, sha256Hex } from '../../lib/crypto.js';
import type { TestApp } from '../harness.js';

/** Starts the test app on a free loopback port (once) and returns its ws:// base. */
export async function listen(app: TestApp): Promise<string> {
  if (!app.server.server.listening) await app.server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.server.address() as AddressInfo;
  return `ws://127.0.0.1:${port}`;
}

/** A personal API token written straight to the table (the token routes are tested elsewhere). */
export async function createApiToken(app: TestApp, userId: string): Promise<string> {
  const token = `clg_${randomToken()}`;
  await app.database.db
    .insert(apiTokens)
    .values({ userId, name: 'test', prefix: token.slice(0, 8), tokenHash: sha256Hex(token) });
  return token;
}

export interface LiveClient {
  readonly socket: WebSocket;
  send(message: unknown): void;
  /** the next message that matches, waiting up to `ms` */
  next(match?: (message: LiveServerMessage) => boolean, ms?: number): Promise<LiveServerMessage>;
  /** resolves with the close code */
  closed(): Promise<number>;
  close(): void;
}

/** Opens a WebSocket and collects what the server sends; rejects with the HTTP status of a refused upgrade. */
export async function connect(url: string, headers: Record<string, string> = {}): Promise<LiveClient> {
  const socket = new WebSocket(url, { headers });
  const inbox: LiveServerMessage[] = [];
  const waiters: { match: (m: LiveServerMessage) => boolean; resolve: (m: LiveServerMessage) => void }[] = [];
  socket.on('message', (raw) => {
    const message = JSON.parse(raw.toString()) as LiveServerMessage;
    const waiter = waiters.find((w) => w.match(message));
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    } else inbox.push(message);
  });
  const closeCode = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_request, response) => {
      reject(new Error(`upgrade refused with HTTP ${response.statusCode}`));
      socket.terminate();
    });
    socket.once('error', reject);
  });
  return {
    socket,
    send: (message) => socket.send(JSON.stringify(message)),
    next(match = () => true, ms = 5000) {
      const queued = inbox.find(match);
      if (queued) {
        inbox.splice(inbox.indexOf(queued), 1);
        return Promise.resolve(queued);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching live message within ${ms} ms`)), ms);
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
    closed: () => closeCode,
    close: () => socket.close(),
  };
}
