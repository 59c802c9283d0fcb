import { count, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { pollElectors, pollParticipations } from '../../db/schema/index.js';

/** How many seats a poll has and how many of them have voted. */
export async function turnoutOf(ctx: Pick<Ctx, 'db'>, pollId: string): Promise<{ voted: number; electors: number }> {
  const [[voted], [electors]] = await Promise.all([
    ctx.db.select({ n: count() }).from(pollParticipations).where(eq(pollParticipations.pollId, pollId)),
    ctx.db.select({ n: count() }).from(pollElectors).where(eq(pollElectors.pollId, pollId)),
  ]);
  return { voted: Number(voted?.n ?? 0), electors: Number(electors?.n ?? 0) };
}

export const everySeatVoted = ({ voted, electors }: { voted: number; electors: number }) => electors > 0 && voted >= electors;
