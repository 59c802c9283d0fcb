import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PollElector, PollElectorList } from '@collegium/shared/contracts/polls';
import type { Ctx } from '../../context.js';
import { persons, pollElectors, pollParticipations, pollVotes } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { fullName } from '../attendance/attendance.seats.js';
import { sessionResource } from '../sessions/sessions.access.js';
import { loadReadablePoll } from './polls.access.js';

/**
 * The seats of a poll for those who run it, sorted by name: who votes for each seat and whether the seat has
 * voted. The choice is shown only for a named show of hands, which the managers record themselves; a vote
 * cast on a device stays with its voter until the result names it (and a secret one never is).
 */
export async function listPollElectors(ctx: Ctx, pollId: string): Promise<PollElectorList> {
  const { poll, session, body } = await loadReadablePoll(ctx, pollId);
  await requireAbility(ctx, 'session:manage', sessionResource(session, body));
  const voter = alias(persons, 'voter');
  const rows = await ctx.db
    .select({ elector: pollElectors, person: persons, voter, votedAt: pollParticipations.votedAt })
    .from(pollElectors)
    .innerJoin(persons, eq(persons.id, pollElectors.personId))
    .innerJoin(voter, eq(voter.id, pollElectors.voterPersonId))
    .leftJoin(pollParticipations, and(eq(pollParticipations.pollId, pollId), eq(pollParticipations.personId, pollElectors.personId)))
    .where(eq(pollElectors.pollId, pollId));
  const handChoices =
    poll.method === 'hands_named'
      ? new Map(
          (await ctx.db.select({ personId: pollVotes.personId, optionId: pollVotes.optionId }).from(pollVotes).where(eq(pollVotes.pollId, pollId))).map(
            (vote) => [vote.personId, vote.optionId],
          ),
        )
      : new Map<string, string>();
  const items = rows.map(
    ({ elector, person, voter: castBy, votedAt }): PollElector => ({
      personId: elector.personId,
      name: fullName(person),
      basis: elector.basis as PollElector['basis'],
      voter: { personId: castBy.id, name: fullName(castBy) },
      weight: elector.weight,
      voted: votedAt !== null,
      optionId: handChoices.get(elector.personId) ?? null,
    }),
  );
  return { items: items.sort((a, b) => a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId)) };
}
