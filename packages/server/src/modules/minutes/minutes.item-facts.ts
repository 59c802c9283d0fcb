import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { MinutesItem } from '@collegium/shared/contracts/minutes';
import type { PollResult } from '@collegium/shared/contracts/polls';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import type { Ctx } from '../../context.js';
import { agendaItemProceedings, decisions, pollOptions, polls } from '../../db/schema/index.js';
import { loadAgendaRows } from '../sessions/agenda.queries.js';
import type { StoredItem, StoredPoll } from './minutes.content.js';

const namedMethods = new Set(['named', 'hands_named']);
const adopted = new Set(['adopted', 'adopted_with_amendments']);

/** The closed and annulled polls of a session by agenda item; names of voters only where the method was named. */
async function collectPolls(ctx: Ctx, sessionId: string): Promise<Map<string, StoredPoll[]>> {
  const rows = await ctx.db
    .select()
    .from(polls)
    .where(and(eq(polls.sessionId, sessionId), inArray(polls.status, ['closed', 'annulled'])))
    .orderBy(asc(polls.createdAt), asc(polls.id));
  const options = rows.length
    ? await ctx.db.select().from(pollOptions).where(inArray(pollOptions.pollId, rows.map((row) => row.id)))
    : [];
  const optionById = new Map(options.map((option) => [option.id, option]));
  const byItem = new Map<string, StoredPoll[]>();
  for (const row of rows) {
    if (!row.agendaItemId) continue;
    const result = row.result as PollResult | null;
    const label = (optionId: string) => optionById.get(optionId)?.label ?? '';
    const pollOptionsInOrder = options.filter((o) => o.pollId === row.id).sort((a, b) => a.position - b.position);
    const countOf = new Map((result?.counts ?? []).map((count) => [count.optionId, count]));
    const stored: StoredPoll = {
      title: row.title,
      method: row.method,
      status: row.status as 'closed' | 'annulled',
      annulledReason: row.annulledReason,
      majorityRule: row.majorityRule,
      counts: result
        ? pollOptionsInOrder.map((option) => ({
            label: option.label,
            role: option.role,
            votes: countOf.get(option.id)?.votes ?? 0,
            voters: countOf.get(option.id)?.voters ?? 0,
          }))
        : [],
      passed: row.status === 'closed' && (result?.passed ?? false),
      // Secret ballots never name anyone, whatever the stored result holds.
      named:
        namedMethods.has(row.method) && result?.namedVotes
          ? result.namedVotes.map((vote) => ({ name: vote.name, option: label(vote.optionId), personId: vote.personId }))
          : null,
    };
    byItem.set(row.agendaItemId, [...(byItem.get(row.agendaItemId) ?? []), stored]);
  }
  return byItem;
}

/**
 * The items of the agenda as dealt with, numbered as on the agenda (late items the chair did not let on
 * are left out): outcome, resolution, polls and the decisions taken; the discussion is written later.
 */
export async function collectItems(ctx: Ctx, sessionId: string): Promise<StoredItem[]> {
  const agenda = (await loadAgendaRows(ctx, sessionId)).filter((row) => !row.late || row.lateDecision === 'approved');
  const proceedings = await ctx.db.select().from(agendaItemProceedings).where(eq(agendaItemProceedings.sessionId, sessionId));
  const proceedingOf = new Map(proceedings.map((row) => [row.agendaItemId, row]));
  const taken = await ctx.db
    .select()
    .from(decisions)
    .where(and(eq(decisions.sessionId, sessionId), ne(decisions.status, 'cancelled')));
  const pollsOf = await collectPolls(ctx, sessionId);
  return numberAgenda(agenda).map(({ item, number }) => {
    const proceeding = proceedingOf.get(item.id);
    const outcome = (proceeding?.outcome ?? (item.withdrawnAt ? 'withdrawn' : null)) as MinutesItem['outcome'];
    const resolutionText =
      proceeding?.resolutionText ?? (outcome && adopted.has(outcome) ? item.proposedResolution : null) ?? null;
    return {
      agendaItemId: item.id,
      number,
      title: item.title,
      kind: item.kind,
      isPublic: item.isPublic,
      rapporteur: item.rapporteurPerson?.name ?? item.rapporteurOrganization?.name ?? null,
      rapporteurPersonId: item.rapporteurPerson?.id ?? null,
      rapporteurOrganization: item.rapporteurOrganization?.name ?? null,
      outcome,
      resolutionText,
      polls: pollsOf.get(item.id) ?? [],
      decisions: taken
        .filter((decision) => decision.agendaItemId === item.id)
        .map((decision) => ({ number: decision.number, title: decision.title, text: decision.text })),
      discussion: '',
    };
  });
}
