import { and, asc, eq } from 'drizzle-orm';
import type { ReceiptCheck, ReceiptList } from '@collegium/shared/contracts/ballots';
import type { Ctx } from '../../context.js';
import { pollBallots } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { loadReadablePoll } from '../polls/polls.access.js';
import { receiptHash } from './ballots.batch.js';

async function loadSecretPoll(ctx: Ctx, pollId: string, closedOnly: boolean) {
  const { poll } = await loadReadablePoll(ctx, pollId);
  if (poll.method !== 'secret') throw new AppError('conflict', 'Only a secret poll has receipts; a named poll lists its votes with its result.');
  if (closedOnly && poll.status !== 'closed') throw new AppError('conflict', 'The ballots are published when the poll closes.');
  return poll;
}

/**
 * Every ballot of a closed secret poll, as receipt hash and option: anyone who may read the poll can
 * recount it, and each voter can find the hash of their own receipt.
 */
export async function listReceipts(ctx: Ctx, pollId: string): Promise<ReceiptList> {
  const poll = await loadSecretPoll(ctx, pollId, true);
  const items = await ctx.db
    .select({ receiptHash: pollBallots.receiptHash, optionId: pollBallots.optionId })
    .from(pollBallots)
    .where(eq(pollBallots.pollId, poll.id))
    .orderBy(asc(pollBallots.receiptHash));
  return { pollId: poll.id, items };
}

/** Whether the ballot of this receipt is counted, and for what — told only to whoever holds the receipt. */
export async function checkReceipt(ctx: Ctx, pollId: string, receipt: string): Promise<ReceiptCheck> {
  const poll = await loadSecretPoll(ctx, pollId, false);
  const [ballot] = await ctx.db
    .select({ optionId: pollBallots.optionId })
    .from(pollBallots)
    .where(and(eq(pollBallots.pollId, poll.id), eq(pollBallots.receiptHash, receiptHash(receipt))));
  return { counted: !!ballot, optionId: ballot?.optionId ?? null };
}
