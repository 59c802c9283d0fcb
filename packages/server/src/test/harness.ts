import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type App } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/client.js';
import { fixedClock, type Clock } from '../lib/clock.js';
import type { MailMessage, Mailer } from '../mail/mailer.js';
import { freshDatabase } from './database.js';

export interface CapturingMailer extends Mailer {
  readonly sent: MailMessage[];
}

export function capturingMailer(): CapturingMailer {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}

export interface TestApp extends App {
  readonly database: Database;
  readonly mailer: CapturingMailer;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly config: Config;
}

/**
 * The apps test files built and have not closed: `test/close-apps.ts` (a setup file) closes them after each
 * file. An `afterAll` registered from inside a `beforeAll` (where most files build their app) never runs, and
 * with modules shared across a worker's files (isolate: false) an app left open keeps its database's memory.
 * Kept on globalThis, so a file that resets its modules still hands its apps to the same list.
 */
const openApps: Set<{ close(): Promise<void> }> = ((globalThis as { __collegiumOpenTestApps?: Set<{ close(): Promise<void> }> }).__collegiumOpenTestApps ??= new Set());

/** Remembers an app to close after the test file; returns it, closing at most once and forgetting it then. */
export function closedAfterFile<T extends { close(): Promise<void> }>(app: T): T {
  const close = app.close.bind(app);
  let closing: Promise<void> | undefined;
  const tracked = Object.assign(app, {
    close: () => {
      openApps.delete(tracked);
      return (closing ??= close());
    },
  });
  openApps.add(tracked);
  return tracked;
}

/** Closes every app still open; run after each test file. */
export async function closeOpenTestApps(): Promise<void> {
  for (const app of [...openApps]) await app.close();
}

/**
 * Builds the application on a fresh database for one test file; it is closed after the file.
 * `env` overrides configuration variables; jobs do not run by themselves — call `app.jobs.drain()`.
 */
export async function createTestApp(
  options: { env?: Record<string, string>; clock?: Clock; database?: Database; serveWeb?: boolean; logger?: object } = {},
): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'collegium-app-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.COLLEGIUM_TEST_LOG ?? 'silent',
    COLLEGIUM_JOBS: 'false',
    ...options.env,
  });
  const database = options.database ?? (await freshDatabase());
  const clock = fixedClock(new Date());
  const mailer = capturingMailer();
  const app = await buildApp({
    config,
    database,
    clock: options.clock ?? { now: () => clock.now() },
    mailer,
    serveWeb: options.serveWeb ?? false,
    runJobs: false,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const testApp: TestApp = {
    ...app,
    database,
    mailer,
    clock,
    config,
    async close() {
      await app.close();
      if (!options.database) await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return closedAfterFile(testApp);
}
