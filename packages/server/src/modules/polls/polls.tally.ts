import { and, eq, sql } from 'drizzle-orm';
import type { PollCloseInput, PollResult } from '@collegium/shared/contracts/polls';
import { quorumNeeded } from '@collegium/shared/domain/quorum';
import { tallyPoll } from '@collegium/shared/domain/voting-rules';
import type { Ctx } from '../../context.js';
import { persons, pollBallots, pollElectors, pollOptions, pollParticipations, pollVotes } from '../../db/schema/index.js';
import { invalidField } from '../../lib/app-error.js';
import { presentRules } from '../directory/directory.presenters.js';
import { fullName, membersOnDate, rosterDay } from '../attendance/attendance.seats.js';
import type { PollWithSession } from './polls.access.js';
import { electorateFor, type Electorate } from './polls.electors.js';

type Vote = { optionId: string; weight: number };

async function castVotes({ poll }: PollWithSession, ctx: Ctx, input: PollCloseInput, options: { id: string }[]): Promise<Vote[]> {
  if (poll.method === 'secret') {
    return ctx.db.select({ optionId: pollBallots.optionId, weight: sql<number>`1` }).from(pollBallots).where(eq(pollBallots.pollId, poll.id));
  }
  if (poll.method === 'hands_totals') {
    if (!input.counts) throw invalidField('counts', 'Give the number of hands raised for each option.');
    const known = new Set(options.map((option) => option.id));
    const votes: Vote[] = [];
    for (const { optionId, votes: n } of input.counts) {
      if (!known.has(optionId)) throw invalidField('counts', 'One of the counts is for an option this poll does not have.');
      for (let i = 0; i < n; i++) votes.push({ optionId, weight: 1 });
    }
    return votes;
  }
  if (input.counts) throw invalidField('counts', 'Counts are given only for a show of hands counted in totals.');
  return ctx.db.select({ optionId: pollVotes.optionId, weight: pollVotes.weight }).from(pollVotes).where(eq(pollVotes.pollId, poll.id));
}

/** The chair's own recorded vote, for a tie the chair decides; else the choice given on closing. */
async function chairChoice(ctx: Ctx, row: PollWithSession, input: PollCloseInput): Promise<string | null> {
  if (input.chairOptionId) return input.chairOptionId;
  if (row.poll.method !== 'named' && row.poll.method !== 'hands_named') return null;
  const chairs = (await membersOnDate(ctx, row.body.id, rosterDay(row.session, ctx.deps.clock.now()))).filter((member) => member.role === 'chair');
  for (const chair of chairs) {
    const [vote] = await ctx.db
      .select({ optionId: pollVotes.optionId })
      .from(pollVotes)
      .where(and(eq(pollVotes.pollId, row.poll.id), eq(pollVotes.personId, chair.personId)));
    if (vote) return vote.optionId;
  }
  return null;
}

/** The quorum when the poll closes: a meeting's sitting now; in a correspondence session, the seats that answered. */
async function quorumAtClose(ctx: Ctx, row: PollWithSession, electorate: Electorate): Promise<PollResult['quorum']> {
  if (electorate.quorum) return electorate.quorum;
  const seats = electorate.electors.length;
  const rule = presentRules(row.body.rules).quorumRule ?? 'majority_of_members';
  const [answered] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(pollParticipations).where(eq(pollParticipations.pollId, row.poll.id));
  const needed = quorumNeeded(rule, seats);
  const present = Number(answered?.n ?? 0);
  return { base: seats, needed, present, met: present >= needed };
}

/** Counts a closing poll under its rules; a quorum missing at close makes the result void. */
export async function computeResult(ctx: Ctx, row: PollWithSession, input: PollCloseInput): Promise<PollResult> {
  const { poll } = row;
  const options = await ctx.db.select({ id: pollOptions.id, role: pollOptions.role }).from(pollOptions).where(eq(pollOptions.pollId, poll.id));
  const electors = await ctx.db.select({ weight: pollElectors.weight }).from(pollElectors).where(eq(pollElectors.pollId, poll.id));
  const electorWeight = electors.reduce((sum, elector) => sum + elector.weight, 0);
  const votes = await castVotes(row, ctx, input, options);
  if (poll.method === 'hands_totals' && votes.length > electorWeight) {
    throw invalidField('counts', `The counts add up to ${votes.length}, but only ${electorWeight} may vote.`);
  }
  const electorate = await electorateFor(ctx, row, poll);
  const tally = tallyPoll({
    kind: poll.kind as 'yes_no' | 'choice',
    options: options.map((option) => ({ id: option.id, role: option.role as 'for' | 'against' | 'abstain' | 'choice' })),
    votes,
    majorityRule: poll.majorityRule as never,
    abstentions: poll.abstentions as never,
    tieBreak: poll.tieBreak as never,
    base: { members: electorate.membersWeight, present: electorWeight },
    chairOptionId: poll.tieBreak === 'chair_decides' ? await chairChoice(ctx, row, input) : null,
  });
  const quorum = await quorumAtClose(ctx, row, electorate);
  const result: PollResult = { ...tally, passed: tally.passed && quorum.met, quorum, void: !quorum.met };
  if (poll.method === 'named' || poll.method === 'hands_named') {
    const named = await ctx.db
      .select({ personId: pollVotes.personId, optionId: pollVotes.optionId, weight: pollVotes.weight, person: persons })
      .from(pollVotes)
      .innerJoin(persons, eq(persons.id, pollVotes.personId))
      .where(eq(pollVotes.pollId, poll.id));
    result.namedVotes = named
      .map(({ personId, optionId, weight, person }) => ({ personId, name: fullName(person), optionId, weight }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return result;
}
