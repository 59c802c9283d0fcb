import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobs, sessionPackets } from '../../db/schema/index.js';
import { seedDemoPackets } from '../../seed/demo-packets.js';
import type { TestApp } from '../harness.js';
import type { SeededDemo } from './seeded-demo.js';

/** The demo’s session packets, asked for by the seed and built by the job. Runs before anything drains the jobs. */
export function describeDemoPackets(demo: SeededDemo): void {
  describe('demo installation: session packets', () => {
    let app: TestApp;

    beforeAll(() => {
      app = demo.app;
    });

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
}
