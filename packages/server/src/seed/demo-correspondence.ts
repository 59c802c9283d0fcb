import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { inTransaction, systemCtx, type Deps } from '../context.js';
import { agendaItems, bodies, jobs, polls, sessions } from '../db/schema/index.js';
import { recordAudit } from '../lib/audit.js';
import { castVote } from '../modules/ballots/ballots.cast.js';
import { openCorrespondenceVotes } from '../modules/correspondence/correspondence.convene.js';
import { closePoll, POLL_DEADLINE_JOB } from '../modules/polls/polls.flow.js';
import { readPoll } from '../modules/polls/polls.read.js';
import { takeSessionNumber } from '../modules/sessions/sessions.service.js';
import { dayAt, demoVoters, minutesAfter, systemAt } from './demo-clock.js';

const items = [
  {
    kind: 'consent_request' as const,
    title: 'Soglasje k letnemu poročilu delovnih skupin',
    resolution: '<p>Koordinacijska skupina soglaša z letnim poročilom delovnih skupin in ga predloži svetu.</p>',
  },
  {
    kind: 'decision' as const,
    title: 'Časovnica priprave proračuna za informatiko 2027',
    resolution: '<p>Koordinacijska skupina sprejme časovnico priprave proračuna za informatiko 2027.</p>',
  },
];
/** who answered, and how; Rok Hribar did not answer before the deadline */
const answers: Record<string, 'for' | 'against' | 'abstain'> = {
  'andrej.pavlin@mnj.gov.example': 'for',
  'simona.jeric@mzs.gov.example': 'for',
  'gregor.kranjc@mnj.gov.example': 'abstain',
};

/**
 * Loads a closed correspondence session of the coordination group three weeks ago, once (nothing to do when
 * the group has a closed one): convened two days before its deadline, which opened a named vote on each
 * item; three of the four voting members answered on their devices; at the deadline the votes closed, the
 * outcomes were written, and the session closed itself. Convening is done without the invitation mails.
 */
export async function seedDemoCorrespondence(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.slug, 'koordinacijska-skupina-si'));
  if (!body) return;
  const [done] = await ctx.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.bodyId, body.id), eq(sessions.kind, 'correspondence'), eq(sessions.status, 'closed')))
    .limit(1);
  if (done) return;
  const deadline = dayAt(deps.clock.now(), -21, 12);
  const convened = minutesAfter(deadline, -48 * 60);

  const sessionId = await inTransaction(systemAt(deps, convened), async (tx) => {
    const [session] = await tx.db
      .insert(sessions)
      .values({
        bodyId: body.id,
        kind: 'correspondence',
        number: await takeSessionNumber(tx, body.id, 'correspondence'),
        title: 'Letno poročilo in časovnica proračuna',
        status: 'convened',
        deadlineAt: deadline,
        timeZone: (body.rules as { timeZone?: string }).timeZone ?? deps.config.timeZone,
        convenedAt: convened,
      })
      .returning();
    for (const [position, item] of items.entries()) {
      await tx.db.insert(agendaItems).values({ sessionId: session!.id, position, kind: item.kind, title: item.title, proposedResolution: item.resolution });
    }
    await recordAudit(tx, { action: 'session.create', entityType: 'session', entityId: session!.id, organizationId: body.organizationId, summary: { after: { kind: 'correspondence', status: 'convened' } } });
    const pollIds = await openCorrespondenceVotes(tx, session!.id, body.rules);
    // The seed closes the votes itself at their deadline, which lies in the past: a running server's deadline
    // jobs would close them at once, before the members' answers are in.
    await tx.db.delete(jobs).where(and(eq(jobs.name, POLL_DEADLINE_JOB), inArray(sql<string>`${jobs.payload}->>'pollId'`, pollIds)));
    return session!.id;
  });

  const voters = await demoVoters(deps, Object.keys(answers));
  const opened = await ctx.db.select({ id: polls.id }).from(polls).where(eq(polls.sessionId, sessionId));
  for (const [index, { id }] of opened.entries()) {
    const poll = await readPoll(ctx, id);
    for (const [email, choice] of Object.entries(answers)) {
      const voter = voters.get(email)?.at;
      if (!voter) continue;
      const optionId = poll.options.find((option) => option.role === choice)!.id;
      await castVote(voter(minutesAfter(convened, 180 + index * 30 + Object.keys(answers).indexOf(email) * 400)), { pollId: id, optionId, idempotencyKey: randomUUID() });
    }
  }
  for (const { id } of opened) await closePoll(systemAt(deps, deadline), id, { reason: 'deadline' });
  say('Loaded a closed correspondence session of the coordination group, decided by named votes.');
}
