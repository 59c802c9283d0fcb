import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openPostgres, type Database } from '../db/client.js';
import { authSessions, jobs } from '../db/schema/index.js';
import { fixedClock } from '../lib/clock.js';
import { freshDatabaseWithUrl } from '../test/database.js';
import { buildUser, signIn } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { PURGE_EXPIRED, schedulePurgeExpired } from './definitions/purge-expired.job.js';
import { backoffSeconds, JobRunner, LEASE_SECONDS } from './runner.js';

const payload = Type.Object({ label: Type.String() });

/** Registers a job whose handler fails its first `failures` attempts and records every call. */
function flakyJob(app: TestApp, name: string, failures: number, maxAttempts?: number) {
  const calls: { label: string; attempt: number }[] = [];
  app.jobs.register({
    name,
    payload,
    ...(maxAttempts ? { maxAttempts } : {}),
    handle: async (input, job) => {
      calls.push({ label: input.label, attempt: job.attempt });
      if (job.attempt <= failures) throw new Error(`failure number ${job.attempt}`);
    },
  });
  return calls;
}

async function jobRow(app: TestApp, id: string) {
  const [row] = await app.database.db.select().from(jobs).where(eq(jobs.id, id));
  if (!row) throw new Error(`job ${id} is gone`);
  return row;
}

const seconds = (n: number) => n * 1000;

describe('durable jobs', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  it('backs off exponentially on the app clock and succeeds on the third attempt', async () => {
    const calls = flakyJob(app, 'test.flaky', 2);
    const id = (await app.deps.jobs.enqueue(app.database.db, 'test.flaky', { label: 'a' }))!;
    expect(await app.jobs.drain()).toBe(1);
    let row = await jobRow(app, id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'failure number 1' });
    expect(row.runAt.getTime()).toBe(app.clock.now().getTime() + seconds(backoffSeconds(1)));

    expect(await app.jobs.drain()).toBe(0);
    app.clock.advance(seconds(2));
    expect(await app.jobs.drain()).toBe(1);
    row = await jobRow(app, id);
    expect(row.runAt.getTime()).toBe(app.clock.now().getTime() + seconds(4));

    app.clock.advance(seconds(3));
    expect(await app.jobs.drain()).toBe(0);
    app.clock.advance(seconds(1));
    expect(await app.jobs.drain()).toBe(1);
    expect(await jobRow(app, id)).toMatchObject({ status: 'done', attempts: 3, lastError: null });
    expect(calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
  });

  it('gives up after maxAttempts and keeps the last error', async () => {
    const calls = flakyJob(app, 'test.hopeless', 99, 2);
    const id = (await app.deps.jobs.enqueue(app.database.db, 'test.hopeless', { label: 'b' }))!;
    expect((await jobRow(app, id)).maxAttempts).toBe(2);
    await app.jobs.drain();
    app.clock.advance(seconds(2));
    await app.jobs.drain();
    app.clock.advance(seconds(3600));
    expect(await app.jobs.drain()).toBe(0);
    const row = await jobRow(app, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 2, lastError: 'failure number 2' });
    expect(row.finishedAt).not.toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('refuses to enqueue an unknown name, and fails a stored job nobody handles at once', async () => {
    await expect(app.deps.jobs.enqueue(app.database.db, 'test.nobody', {})).rejects.toThrow('no such job');
    const [row] = await app.database.db
      .insert(jobs)
      .values({ name: 'test.removed-in-an-upgrade', payload: {}, runAt: app.clock.now() })
      .returning({ id: jobs.id });
    expect(await app.jobs.drain()).toBe(1);
    expect(await jobRow(app, row!.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'no handler is registered for job "test.removed-in-an-upgrade"',
    });
  });

  it('refuses a payload that does not match the schema, and fails such a stored job without retrying', async () => {
    const calls = flakyJob(app, 'test.typed', 0);
    await expect(app.deps.jobs.enqueue(app.database.db, 'test.typed', { label: 42 })).rejects.toThrow('does not match');
    const [row] = await app.database.db
      .insert(jobs)
      .values({ name: 'test.typed', payload: { wrong: true }, runAt: app.clock.now() })
      .returning({ id: jobs.id });
    expect(await app.jobs.drain()).toBe(1);
    const stored = await jobRow(app, row!.id);
    expect(stored).toMatchObject({ status: 'failed', attempts: 1 });
    expect(stored.lastError).toContain('payload does not match its schema');
    expect(calls).toEqual([]);
  });

  it('keeps one pending job per singleton key', async () => {
    flakyJob(app, 'test.single', 0);
    const options = { singletonKey: 'test.single:1' };
    const first = await app.deps.jobs.enqueue(app.database.db, 'test.single', { label: '1' }, options);
    const again = await Promise.all([
      app.deps.jobs.enqueue(app.database.db, 'test.single', { label: '2' }, options),
      app.deps.jobs.enqueue(app.database.db, 'test.single', { label: '3' }, options),
    ]);
    expect(first).toEqual(expect.any(String));
    expect(again).toEqual([null, null]);
    const other = await app.deps.jobs.enqueue(app.database.db, 'test.single', { label: '4' }, { singletonKey: 'test.single:2' });
    expect(other).toEqual(expect.any(String));
    expect(await app.jobs.drain()).toBe(2);
    // Once it ran, the key is free again.
    expect(await app.deps.jobs.enqueue(app.database.db, 'test.single', { label: '5' }, options)).toEqual(expect.any(String));
    await app.jobs.drain();
  });

  it('commits an enqueued job with its transaction, and drops it on rollback', async () => {
    flakyJob(app, 'test.tx', 0);
    const rolledBack = app.database.db.transaction(async (tx) => {
      await app.deps.jobs.enqueue(tx, 'test.tx', { label: 'rolled back' });
      throw new Error('the change failed');
    });
    await expect(rolledBack).rejects.toThrow('the change failed');
    let committedId: string | null = null;
    await app.database.db.transaction(async (tx) => {
      committedId = await app.deps.jobs.enqueue(tx, 'test.tx', { label: 'committed' });
    });
    const rows = await app.database.db.select({ id: jobs.id, payload: jobs.payload }).from(jobs).where(eq(jobs.name, 'test.tx'));
    expect(rows).toEqual([{ id: committedId, payload: { label: 'committed' } }]);
    await app.jobs.drain();
  });

  it('takes over a job whose instance died once its lease runs out', async () => {
    flakyJob(app, 'test.leased', 0);
    const id = (await app.deps.jobs.enqueue(app.database.db, 'test.leased', { label: 'x' }))!;
    // Another instance claims the job and then hangs for ever, as if its process had died mid-job.
    const dying = new JobRunner(app.database, app.deps.log, 1000, app.deps.clock);
    dying.register({ name: 'test.leased', payload, handle: () => new Promise(() => undefined) });
    void dying.drain();
    for (let i = 0; i < 100 && (await jobRow(app, id)).status !== 'running'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await jobRow(app, id)).toMatchObject({ status: 'running', attempts: 1 });

    expect(await app.jobs.drain()).toBe(0);
    app.clock.advance(seconds(LEASE_SECONDS + 1));
    expect(await app.jobs.drain()).toBe(1);
    expect(await jobRow(app, id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('purges expired sessions and old finished jobs, and schedules itself for tomorrow', async () => {
    const user = await buildUser(app);
    await signIn(app, user);
    const [oldJob] = await app.database.db
      .insert(jobs)
      .values({ name: 'test.old', payload: {}, status: 'done', finishedAt: app.clock.now() })
      .returning({ id: jobs.id });
    app.clock.advance(31 * 86400_000);
    await schedulePurgeExpired(app.deps);
    await schedulePurgeExpired(app.deps);
    const pending = () =>
      app.database.db
        .select({ runAt: jobs.runAt })
        .from(jobs)
        .where(eq(jobs.singletonKey, PURGE_EXPIRED))
        .then((rows) => rows);
    expect(await app.jobs.drain()).toBe(1);
    expect(await app.database.db.select().from(authSessions).where(eq(authSessions.userId, user.id))).toEqual([]);
    expect(await app.database.db.select().from(jobs).where(eq(jobs.id, oldJob!.id))).toEqual([]);
    const scheduled = await pending();
    expect(scheduled.map((r) => r.runAt.getTime())).toContain(app.clock.now().getTime() + 86400_000);
  });
});

describe('jobs across a restart', () => {
  let database: Database;
  let url: string | undefined;

  beforeAll(async () => {
    ({ database, url } = await freshDatabaseWithUrl());
    afterAll(() => database.close());
  });

  it('runs a job enqueued before the instance stopped, on the next instance', async () => {
    const before = await createTestApp({ database });
    flakyJob(before, 'test.durable', 0);
    const id = await before.deps.jobs.enqueue(before.database.db, 'test.durable', { label: 'survives' });
    await before.close();

    // On PostgreSQL the new instance opens its own connection, as a restarted process would.
    const handle = url ? await openPostgres(url, 3) : database;
    const after = await createTestApp({ database: handle });
    const calls = flakyJob(after, 'test.durable', 0);
    expect(await after.jobs.drain()).toBe(1);
    expect(calls).toEqual([{ label: 'survives', attempt: 1 }]);
    expect(await jobRow(after, id!)).toMatchObject({ status: 'done' });
    await after.close();
    if (handle !== database) await handle.close();
  });

  it('schedules the daily purge when an instance starts running jobs', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'collegium-jobs-'));
    const clock = fixedClock(new Date());
    const app = await buildApp({
      config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', COLLEGIUM_JOBS_POLL_MS: '50' }),
      database,
      clock,
      runJobs: true,
      logger: false,
    });
    try {
      const nextRun = async () => {
        const rows = await database.db
          .select({ runAt: jobs.runAt })
          .from(jobs)
          .where(eq(jobs.singletonKey, PURGE_EXPIRED));
        return rows.find((r) => r.runAt.getTime() > clock.now().getTime());
      };
      // The first purge runs at once and schedules the next one a day later.
      for (let i = 0; i < 200 && !(await nextRun()); i++) await new Promise((r) => setTimeout(r, 25));
      expect((await nextRun())?.runAt.getTime()).toBe(clock.now().getTime() + 86400_000);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
