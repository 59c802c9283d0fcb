import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc } from 'drizzle-orm';
import { inTransaction, systemCtx } from '../context.js';
import type { Tx } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { deferAudit, recordAudit, recordAuditBatch, verifyAuditChain } from './audit.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const event = (n: number) => ({ action: 'test.event', entityType: 'test', entityId: `e${n}`, summary: { n } });

async function lastActions(count: number, db: Tx = app.deps.database.db): Promise<string[]> {
  const rows = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(count);
  return rows.reverse().map((row) => row.entityId ?? '');
}

describe('audit chain', () => {
  it('stays verifiable with single events, a batch and deferred events, in the order they were recorded', async () => {
    const ctx = systemCtx(app.deps, 'test');
    await recordAudit(ctx, event(1));
    await recordAuditBatch(ctx, [event(2), event(3), event(4)]);
    await inTransaction(ctx, async (tx) => {
      const audit = deferAudit(tx);
      await recordAudit(audit.ctx, event(5));
      await inTransaction(audit.ctx, (savepoint) => recordAuditBatch(savepoint, [event(6), event(7)]));
      // read through the transaction: PGlite has one connection, which the transaction holds
      expect(await lastActions(1, tx.db)).toEqual(['e4']);
      await recordAudit(tx, event(8));
      await audit.flush();
    });
    expect(await lastActions(8)).toEqual(['e1', 'e2', 'e3', 'e4', 'e8', 'e5', 'e6', 'e7']);
    expect(await verifyAuditChain(app.deps.database.db)).toMatchObject({ ok: true });
  });

  it('writes nothing deferred when the transaction rolls back', async () => {
    const ctx = systemCtx(app.deps, 'test');
    const before = await lastActions(1);
    await expect(
      inTransaction(ctx, async (tx) => {
        const audit = deferAudit(tx);
        await recordAudit(audit.ctx, event(9));
        await audit.flush();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await lastActions(1)).toEqual(before);
    expect(await verifyAuditChain(app.deps.database.db)).toMatchObject({ ok: true });
  });
});
