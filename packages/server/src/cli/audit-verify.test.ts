import { asc, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.js';
import { buildUser } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { verifyAuditCommand } from './audit-verify.js';

async function appWithEvents(): Promise<{ app: TestApp; ids: number[] }> {
  const app = await createTestApp();
  for (let i = 0; i < 4; i++) await buildUser(app);
  const rows = await app.database.db.select({ id: auditEvents.id }).from(auditEvents).orderBy(asc(auditEvents.id));
  return { app, ids: rows.map((r) => r.id) };
}

describe('collegium audit verify', () => {
  it('exits 0 on an intact chain and reports progress', async () => {
    const { app, ids } = await appWithEvents();
    const progress: number[] = [];
    const result = await verifyAuditCommand(app.database, (_phase, done) => progress.push(done));
    expect(result).toEqual({ code: 0, message: `The audit trail is intact: ${ids.length} events checked.` });
    expect(progress.at(-1)).toBe(ids.length);
  });

  it('fails naming the row whose content was altered in the database', async () => {
    const { app, ids } = await appWithEvents();
    const altered = ids[2]!;
    await app.database.db.execute(sql`update audit_events set summary = '{"after":{"role":"administrator"}}' where id = ${altered}`);
    const result = await verifyAuditCommand(app.database);
    expect(result.code).toBe(1);
    expect(result.message).toContain(`broken at event ${altered}: content does not match its hash`);
  });

  it('detects a deleted row in the middle, at the row after it', async () => {
    const { app, ids } = await appWithEvents();
    const deleted = ids[1]!;
    await app.database.db.execute(sql`delete from audit_events where id = ${deleted}`);
    const result = await verifyAuditCommand(app.database);
    expect(result.code).toBe(1);
    expect(result.message).toContain(`broken at event ${ids[2]}: previous-hash link does not match`);
  });
});
