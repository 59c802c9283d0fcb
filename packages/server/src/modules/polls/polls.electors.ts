import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ElectorBasis } from '@collegium/shared/contracts/polls';
import type { Ctx } from '../../context.js';
import { memberships, proxyDelegations } from '../../db/schema/index.js';
import { coversDay } from '../../lib/periods.js';
import { buildRoster } from '../attendance/attendance.roster.js';
import { membersOnDate, rosterDay } from '../attendance/attendance.seats.js';
import { conflictedPersonIds } from '../positions/positions.service.js';
import type { SessionWithBody } from '../sessions/sessions.access.js';
import type { PollRow } from './polls.access.js';
import { votingRulesOf } from '@collegium/shared/domain/voting-rules';

export interface Elector {
  /** the member whose vote it is */
  personId: string;
  /** who casts it: the member, the substitute sitting for them, or the member holding their proxy */
  voterPersonId: string;
  basis: ElectorBasis;
  weight: number;
}

export interface Electorate {
  electors: Elector[];
  /** weight of every voting seat on the day, without members who declared a conflict of interest */
  membersWeight: number;
  /** the conflicted members, out of the electorate and the base */
  recused: string[];
  /** the quorum of the sitting for this poll (meetings), or null for a correspondence session */
  quorum: { base: number; needed: number; present: number; met: boolean } | null;
}

const inRoom = (status: string) => status === 'present' || status === 'late';

/** Vote weights of the body's members on the day: the heaviest membership of each person. */
async function weightsOn(ctx: Ctx, bodyId: string, day: string, personIds: readonly string[]): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ personId: memberships.personId, weight: memberships.voteWeight })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), inArray(memberships.personId, [...personIds]), coversDay(memberships.startDate, memberships.endDate, day)));
  const weights = new Map<string, number>();
  for (const row of rows) weights.set(row.personId, Math.max(weights.get(row.personId) ?? 1, row.weight));
  return weights;
}

async function proxiesInForce(ctx: Ctx, sessionId: string): Promise<Map<string, string>> {
  const rows = await ctx.db
    .select({ from: proxyDelegations.fromPersonId, to: proxyDelegations.toPersonId })
    .from(proxyDelegations)
    .where(and(eq(proxyDelegations.sessionId, sessionId), isNull(proxyDelegations.revokedAt)));
  return new Map(rows.map((row) => [row.from, row.to]));
}

/**
 * Who may vote in a poll now. A meeting: each voting member present; for an absent one, the substitute
 * sitting in their place when the body lets substitutes vote, else the present member holding their proxy
 * when the body allows proxies — never two votes for one seat. A correspondence session: every voting
 * member on the session's day. Guests, observers and the secretary have no seat; members who declared a
 * conflict of interest on the item are out.
 */
export async function electorateFor(ctx: Ctx, row: SessionWithBody, poll: Pick<PollRow, 'agendaItemId' | 'weighted'>): Promise<Electorate> {
  const rules = votingRulesOf(row.body.rules);
  const recused = poll.agendaItemId ? await conflictedPersonIds(ctx, poll.agendaItemId) : [];
  const out = new Set(recused);
  const day = rosterDay(row.session, ctx.deps.clock.now());
  const seats = (await membersOnDate(ctx, row.body.id, day)).filter((member) => member.hasSeat && member.votingRight && !out.has(member.personId));
  const weights = poll.weighted ? await weightsOn(ctx, row.body.id, day, seats.map((seat) => seat.personId)) : new Map<string, number>();
  const weightOf = (personId: string) => weights.get(personId) ?? 1;
  const membersWeight = seats.reduce((sum, seat) => sum + weightOf(seat.personId), 0);

  if (row.session.kind === 'correspondence') {
    const electors = seats.map((seat): Elector => ({ personId: seat.personId, voterPersonId: seat.personId, basis: 'member', weight: weightOf(seat.personId) }));
    return { electors, membersWeight, recused, quorum: null };
  }

  const roster = await buildRoster(ctx, row, { excludePersonIds: recused, agendaItemId: poll.agendaItemId });
  const present = new Set(roster.members.filter((entry) => entry.personId && inRoom(entry.status)).map((entry) => entry.personId!));
  const sittingFor = new Map(
    roster.substitutes
      .filter((entry) => entry.personId && entry.substituteFor && inRoom(entry.status) && !out.has(entry.personId))
      .map((entry) => [entry.substituteFor!.personId, entry.personId!]),
  );
  const proxies = rules.proxyVoting ? await proxiesInForce(ctx, row.session.id) : new Map<string, string>();
  const electors: Elector[] = [];
  for (const seat of seats) {
    const weight = weightOf(seat.personId);
    if (present.has(seat.personId)) {
      electors.push({ personId: seat.personId, voterPersonId: seat.personId, basis: 'member', weight });
      continue;
    }
    const substitute = rules.substitutesMayVote ? sittingFor.get(seat.personId) : undefined;
    if (substitute) {
      electors.push({ personId: seat.personId, voterPersonId: substitute, basis: 'substitute', weight });
      continue;
    }
    const holder = proxies.get(seat.personId);
    if (holder && present.has(holder)) electors.push({ personId: seat.personId, voterPersonId: holder, basis: 'proxy', weight });
  }
  const { base, needed, present: filled, met } = roster.quorum;
  return { electors, membersWeight, recused, quorum: { base, needed, present: filled, met } };
}
