import { and, exists, eq, notInArray, not, sql } from 'drizzle-orm';
import { inTransaction, systemCtx, type Deps } from '../context.js';
import { sessionPackets, sessions } from '../db/schema/index.js';
import { requestSessionPacket } from '../modules/session-packet/packet-requests.js';

/**
 * Asks for the packets of the demo's sessions: the seed writes agendas and materials directly, not through
 * the services that ask for a rebuild. Sessions that already have a packet are left alone, so running the
 * seed again changes nothing; the job builds them once the server runs its jobs.
 */
export async function seedDemoPackets(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const rows = await ctx.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        notInArray(sessions.status, ['cancelled', 'postponed']),
        not(exists(ctx.db.select({ one: sql`1` }).from(sessionPackets).where(eq(sessionPackets.sessionId, sessions.id)))),
      ),
    );
  if (rows.length === 0) return;
  await inTransaction(ctx, async (tx) => {
    for (const { id } of rows) await requestSessionPacket(tx, id);
  });
  say(`Asked for the packets of ${rows.length} demo sessions (built in the background).`);
}
