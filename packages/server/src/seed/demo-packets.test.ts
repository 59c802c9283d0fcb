import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobs, sessionPackets } from '../db/schema/index.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { seedDemoPackets } from './demo-packets.js';
import { seedDemo } from './demo.js';

describe('demo installation: session packets', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    await seedDemo(app.deps, () => undefined);
  }, 120_000);

  it('asks for the packets of the demo’s sessions, which the job then builds', async () => {
    const pending = await app.database.db.select().from(jobs).where(eq(jobs.name, 'session.packet'));
    expect(pending.length).toBeGreaterThan(3);
    await app.jobs.drain();
    const rows = await app.database.db.select().from(sessionPackets);
    expect(rows.length).toBeGreaterThanOrEqual(pending.length);
    expect(rows.every((row) => row.status === 'ready' && row.fileSha256 !== null)).toBe(true);
  }, 120_000);

  it('asks again for nothing when the seed runs again', async () => {
    const said: string[] = [];
    await seedDemoPackets(app.deps, (line) => said.push(line));
    expect(said).toEqual([]);
  });
});
