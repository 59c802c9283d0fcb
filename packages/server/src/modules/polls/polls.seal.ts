import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { pollBallots } from '../../db/schema/index.js';

/**
 * Rewrites a closing secret poll's ballots as new rows in random order, in the closing transaction: the
 * rows' physical order and transaction ids then say nothing about when, or in which batch, each was cast.
 */
export async function sealSecretBallots(ctx: Ctx, pollId: string): Promise<void> {
  const ballots = await ctx.db
    .select({ optionId: pollBallots.optionId, receiptHash: pollBallots.receiptHash })
    .from(pollBallots)
    .where(eq(pollBallots.pollId, pollId));
  if (ballots.length === 0) return;
  for (let i = ballots.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [ballots[i], ballots[j]] = [ballots[j]!, ballots[i]!];
  }
  await ctx.db.delete(pollBallots).where(eq(pollBallots.pollId, pollId));
  for (let start = 0; start < ballots.length; start += 1000) {
    await ctx.db.insert(pollBallots).values(ballots.slice(start, start + 1000).map((ballot) => ({ pollId, ...ballot })));
  }
}
