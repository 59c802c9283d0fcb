import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { DecisionPatch } from '@collegium/shared/contracts/decisions';
import { systemCtx, type Deps } from '../context.js';
import { agendaItemProceedings, agendaItems, decisions, jobs, organizations, persons, sessions } from '../db/schema/index.js';
import { syncDecisionForOutcome } from '../modules/decisions/decisions.sync.js';
import { DECISION_REMINDER_JOB } from '../modules/decisions/decisions.reminders.js';
import { updateDecision } from '../modules/decisions/decisions.service.js';
import { etagOf } from '../modules/directory/directory.versions.js';
import { minutesAfter, systemAt } from './demo-clock.js';

interface FollowUp {
  /** the decision's agenda item, by title */
  title: string;
  status: NonNullable<DecisionPatch['status']>;
  /** days from today (negative: past) */
  deadlineInDays?: number;
  responsiblePerson?: string;
  responsibleOrganization?: string;
}

/** How far the demo's decisions got: one of each state the register knows, overdue included. */
const followUps: FollowUp[] = [
  { title: 'Strategija digitalne javne uprave 2027–2030', status: 'done', deadlineInDays: -20, responsibleOrganization: 'ministrstvo-za-digitalno-upravo' },
  { title: 'Pravilnik o uporabi oblačnih storitev v državni upravi', status: 'in_progress', deadlineInDays: 45, responsiblePerson: 'gregor.kranjc@mnj.gov.example' },
  { title: 'Imenovanje vodje Delovne skupine za skupno infrastrukturo', status: 'done', responsiblePerson: 'tadej.vidmar@mdu.gov.example' },
  // Open with its deadline passed: the register lists it as overdue.
  { title: 'Sofinanciranje skupne rešitve e-Občina', status: 'open', deadlineInDays: -3, responsiblePerson: 'andrej.pavlin@mnj.gov.example' },
  { title: 'Nakup licenc za videokonference', status: 'cancelled' },
  { title: 'Časovnica priprave proračuna za informatiko 2027', status: 'in_progress', deadlineInDays: 20, responsiblePerson: 'petra.golob@mfp.gov.example' },
];

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The older demo sessions were written with their outcomes directly, so their adopted items get their
 * decisions here, numbered in the order they were adopted (run before the votes, whose decisions the
 * services make). Items that already have a decision are left alone.
 */
export async function registerDemoDecisions(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const adoptedWithout = await ctx.db
    .select({ sessionId: agendaItems.sessionId, itemId: agendaItems.id, outcome: agendaItemProceedings.outcome, at: agendaItemProceedings.outcomeRecordedAt })
    .from(agendaItemProceedings)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemProceedings.agendaItemId))
    .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
    .where(and(inArray(agendaItems.kind, ['decision', 'consent_request']), inArray(agendaItemProceedings.outcome, ['adopted', 'adopted_with_amendments']), isNull(decisions.id)))
    .orderBy(asc(agendaItemProceedings.outcomeRecordedAt));
  for (const { sessionId, itemId, outcome, at } of adoptedWithout) {
    await syncDecisionForOutcome(systemAt(deps, at ?? deps.clock.now()), sessionId, itemId, outcome);
  }
  if (adoptedWithout.length) say(`Registered ${adoptedWithout.length} decisions of the older demo sessions.`);
}

/**
 * The secretaries' follow-up of the demo's decisions through the decisions service, a day after each
 * session: done, in progress, open and overdue, cancelled, with responsible people and organisations.
 * Decisions someone already edited are left alone.
 */
export async function seedDemoDecisions(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const now = deps.clock.now();
  let followed = 0;
  for (const followUp of followUps) {
    const [row] = await ctx.db
      .select({ decision: decisions, closedAt: sessions.closedAt })
      .from(decisions)
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
      .innerJoin(sessions, eq(sessions.id, decisions.sessionId))
      .where(and(eq(agendaItems.title, followUp.title), isNull(decisions.editedAt)))
      .limit(1);
    if (!row) continue;
    const patch: DecisionPatch = { status: followUp.status };
    if (followUp.deadlineInDays !== undefined) patch.deadline = day(now, followUp.deadlineInDays);
    if (followUp.responsiblePerson) {
      const [person] = await ctx.db.select({ id: persons.id }).from(persons).where(eq(persons.email, followUp.responsiblePerson));
      patch.responsiblePersonId = person?.id ?? null;
    }
    if (followUp.responsibleOrganization) {
      const [organization] = await ctx.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, followUp.responsibleOrganization));
      patch.responsibleOrganizationId = organization?.id ?? null;
    }
    const editedAt = minutesAfter(row.closedAt ?? row.decision.adoptedAt, 24 * 60);
    await updateDecision(systemAt(deps, editedAt < now ? editedAt : now), row.decision.id, patch, etagOf(row.decision.updatedAt));
    followed++;
  }
  // Deadlines set at past moments would have their reminders due at once, mailing the demo's made-up
  // addresses as soon as a server starts; the seed sends no mail. Reminders still ahead stay scheduled.
  await ctx.db.delete(jobs).where(and(eq(jobs.name, DECISION_REMINDER_JOB), eq(jobs.status, 'pending'), lte(jobs.runAt, now)));
  if (followed) say(`Followed up ${followed} demo decisions: done, in progress, overdue, cancelled.`);
}
