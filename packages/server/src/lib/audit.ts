import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { Db, Tx } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import { canonicalJson, sha256Hex } from './crypto.js';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  organizationId?: string | null;
  /** a short before/after picture of the change; never secrets */
  summary?: { before?: unknown; after?: unknown; [key: string]: unknown };
}

const GENESIS = '0'.repeat(64);
const AUDIT_LOCK = 4242002;

interface HashedFields {
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  organizationId: string | null;
  ip: string | null;
  requestId: string | null;
  summary: unknown;
  prevHash: string;
}

export function auditHash(fields: HashedFields): string {
  return sha256Hex(canonicalJson({ ...fields, occurredAt: new Date(fields.occurredAt).toISOString() }));
}

function actorOf(ctx: Ctx): { actorUserId: string | null; actorLabel: string } {
  const { actor } = ctx;
  if (actor.kind === 'user') return { actorUserId: actor.userId, actorLabel: actor.email };
  if (actor.kind === 'system') return { actorUserId: null, actorLabel: `system:${actor.label}` };
  return { actorUserId: null, actorLabel: 'anonymous' };
}

/**
 * Appends an audit event. Call it with the ctx of the transaction that makes the change, so the record
 * commits or rolls back with it. The chain is serialised by a transaction-level advisory lock.
 */
export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  const write = async (tx: Tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
    const [last] = await tx
      .select({ hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(desc(auditEvents.id))
      .limit(1);
    const fields: HashedFields = {
      occurredAt: ctx.deps.clock.now().toISOString(),
      ...actorOf(ctx),
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      organizationId: input.organizationId ?? null,
      ip: ctx.origin.ip ?? null,
      requestId: ctx.origin.requestId ?? null,
      summary: JSON.parse(JSON.stringify(input.summary ?? {})),
      prevHash: last?.hash ?? GENESIS,
    };
    await tx.insert(auditEvents).values({ ...fields, hash: auditHash(fields) });
  };
  // Outside a transaction, open one so the lock and the insert go together.
  if (ctx.db === ctx.deps.database.db) await (ctx.db as Db).transaction(write);
  else await write(ctx.db);
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** the first row whose stored hash or link does not match */
  brokenAt?: { id: number; reason: string };
}

/** Walks the whole chain in id order and recomputes every hash. */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number) => void,
): Promise<AuditVerification> {
  let prevHash = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(1000);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, brokenAt: { id: row.id, reason: 'previous-hash link does not match' } };
      }
      const { id: _id, hash, ...fields } = row;
      if (auditHash(fields) !== hash) {
        return { ok: false, checked, brokenAt: { id: row.id, reason: 'content does not match its hash' } };
      }
      prevHash = hash;
      lastId = row.id;
      checked++;
    }
    onProgress?.(checked);
  }
}
