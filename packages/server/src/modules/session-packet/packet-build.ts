import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { PacketVariant } from '@collegium/shared/contracts/session-packet';
import { inTransaction, systemCtx, type Ctx, type Deps } from '../../context.js';
import { files, sessionPackets } from '../../db/schema/index.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { buildPacket } from './packet-builder.js';
import { fingerprintOf, loadPacketSource, packetInputFor, variantsOf } from './packet-inputs.js';

/** A packet can be far larger than one upload; the store's own limit is for uploads. */
const MAX_PACKET_BYTES = 4 * 1024 * 1024 * 1024;

/**
 * The 'session.packet' job: builds each variant of a session's packet from its current state, one at a
 * time, and stores the PDFs content-addressed. A variant whose inputs are unchanged keeps its file. A
 * variant that fails is marked failed with the reason; the others are still built.
 */
export async function buildSessionPackets(deps: Deps, sessionId: string): Promise<void> {
  const ctx = systemCtx(deps, 'session packet');
  const startedAt = deps.clock.now();
  const source = await loadPacketSource(ctx, sessionId);
  if (!source) return;
  const variants = variantsOf(source);
  await ctx.db
    .delete(sessionPackets)
    .where(and(eq(sessionPackets.sessionId, sessionId), notInArray(sessionPackets.variant, variants)));
  const existing = new Map(
    (await ctx.db.select().from(sessionPackets).where(eq(sessionPackets.sessionId, sessionId))).map((row) => [row.variant, row]),
  );

  for (const variant of variants) {
    const input = packetInputFor(source, variant, deps.files, startedAt);
    const fingerprint = fingerprintOf(input);
    const row = existing.get(variant);
    if (row?.fileSha256 && row.builtAt && row.inputsFingerprint === fingerprint && (await deps.files.has(row.fileSha256))) {
      await settle(deps, sessionId, variant, startedAt, { status: 'ready', error: null });
      continue;
    }
    try {
      const packet = await buildPacket(input);
      const stored = await deps.files.put(Buffer.from(packet.bytes.buffer, packet.bytes.byteOffset, packet.bytes.byteLength), {
        declaredType: 'application/pdf',
        maxBytes: MAX_PACKET_BYTES,
      });
      await inTransaction(ctx, async (tx) => {
        await tx.db.insert(files).values(stored).onConflictDoNothing();
        await settle(deps, sessionId, variant, startedAt, {
          status: 'ready',
          error: null,
          fileSha256: stored.sha256,
          size: stored.size,
          pageCount: packet.pageCount,
          inputsFingerprint: fingerprint,
          builtAt: deps.clock.now(),
        }, tx.db);
      });
    } catch (error) {
      deps.log.error({ err: error, sessionId, variant }, 'session packet build failed');
      await settle(deps, sessionId, variant, startedAt, { status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
  await publishSessionEvent(ctx, sessionId, { kind: 'packet' });
}

type PacketRowChange = Partial<typeof sessionPackets.$inferInsert> & { status: 'ready' | 'failed'; error: string | null };

/**
 * Records a variant's outcome. When someone asked for a rebuild after this build started, the row stays
 * 'building': the job they enqueued is on its way and will build from their change.
 */
async function settle(
  deps: Deps,
  sessionId: string,
  variant: PacketVariant,
  startedAt: Date,
  change: PacketRowChange,
  db: Ctx['db'] = deps.database.db,
): Promise<void> {
  const now = deps.clock.now();
  const status = sql`case when ${sessionPackets.requestedAt} > ${startedAt.toISOString()}::timestamptz then 'building' else ${change.status}::text end`;
  await db
    .insert(sessionPackets)
    .values({ sessionId, variant, ...change, requestedAt: startedAt, updatedAt: now })
    .onConflictDoUpdate({
      target: [sessionPackets.sessionId, sessionPackets.variant],
      set: { ...change, status, updatedAt: now },
    });
}
