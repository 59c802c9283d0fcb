import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
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
  afterAll(() => testApp.close());
  return testApp;
}
