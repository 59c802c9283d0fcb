import { and, eq, inArray } from 'drizzle-orm';
import { inTransaction, systemCtx, type Ctx, type Deps } from '../../context.js';
import { bodies, decisionReminders, decisions, memberships, organizations, persons, users } from '../../db/schema/index.js';
import { SEND_MAIL } from '../../jobs/definitions/send-mail.job.js';
import { coversDay } from '../../lib/periods.js';
import { fill } from '../session-invitations/mail-texts.js';
import { decisionMailTexts } from './decisions.mail-texts.js';

export const DECISION_REMINDER_JOB = 'decisions.remind';
/** Days before the deadline the first reminder goes, unless the body's rules (`decisionReminderDays`) say otherwise. */
export const DEFAULT_DECISION_REMINDER_DAYS = 7;
/** After the deadline: the day after, then every week while the decision stays overdue, at most this many times. */
export const OVERDUE_REMINDER_INTERVAL_DAYS = 7;
export const MAX_OVERDUE_REMINDERS = 5;
const lastOverdueOffset = 1 + OVERDUE_REMINDER_INTERVAL_DAYS * (MAX_OVERDUE_REMINDERS - 1);

const DAY_MS = 86_400_000;
const liveStatuses = ['open', 'in_progress'];
type DecisionRow = typeof decisions.$inferSelect;

export const reminderDaysOf = (rules: unknown): number => {
  const days = (rules as { decisionReminderDays?: unknown } | null)?.decisionReminderDays;
  return Number.isInteger(days) && (days as number) > 0 ? (days as number) : DEFAULT_DECISION_REMINDER_DAYS;
};

/** The moment of a reminder point: the start (UTC) of the day `offsetDays` from the deadline. */
const pointTime = (deadline: string, offsetDays: number) => new Date(Date.parse(`${deadline}T00:00:00Z`) + offsetDays * DAY_MS);

async function enqueuePoint(ctx: Ctx, decisionId: string, deadline: string, offsetDays: number, runAt: Date): Promise<void> {
  await ctx.deps.jobs.enqueue(
    ctx.db,
    DECISION_REMINDER_JOB,
    { decisionId, deadline, offsetDays },
    { runAt, singletonKey: `${DECISION_REMINDER_JOB}:${decisionId}:${deadline}:${offsetDays}` },
  );
}

/**
 * Schedules the reminders of a decision's deadline: the one before it (at once when that day has come
 * already) and the first one after it, which schedules the next. A job carries the deadline it reminds
 * of, so after a change of deadline or status the old jobs find nothing to do; each point is sent once.
 */
export async function scheduleDecisionReminders(ctx: Ctx, decision: Pick<DecisionRow, 'id' | 'bodyId' | 'deadline' | 'status'>): Promise<void> {
  const { deadline } = decision;
  if (!deadline || !liveStatuses.includes(decision.status)) return;
  const [body] = await ctx.db.select({ rules: bodies.rules }).from(bodies).where(eq(bodies.id, decision.bodyId)).limit(1);
  const now = ctx.deps.clock.now();
  const before = -reminderDaysOf(body?.rules);
  if (pointTime(deadline, 1) > now) {
    const at = pointTime(deadline, before);
    await enqueuePoint(ctx, decision.id, deadline, before, at > now ? at : now);
  }
  await enqueuePoint(ctx, decision.id, deadline, 1, pointTime(deadline, 1));
}

interface Recipient {
  email: string;
  locale: string | null;
}

/** The responsible person, else the responsible organisation's address or its representatives in the body, and the body's secretaries. */
async function recipientsOf(ctx: Ctx, decision: DecisionRow, today: string): Promise<Recipient[]> {
  const personRows = (where: ReturnType<typeof eq>) =>
    ctx.db
      .select({ email: persons.email, userEmail: users.email, locale: users.locale })
      .from(persons)
      .leftJoin(users, eq(users.id, persons.userId))
      .where(where);
  const found: { email: string | null; userEmail?: string | null; locale?: string | null }[] = [];
  if (decision.responsiblePersonId) found.push(...(await personRows(eq(persons.id, decision.responsiblePersonId))));
  else if (decision.responsibleOrganizationId) {
    const [organization] = await ctx.db.select({ email: organizations.email }).from(organizations).where(eq(organizations.id, decision.responsibleOrganizationId));
    if (organization?.email) found.push({ email: organization.email });
    else {
      const representatives = ctx.db
        .select({ id: memberships.personId })
        .from(memberships)
        .where(and(eq(memberships.bodyId, decision.bodyId), eq(memberships.representsId, decision.responsibleOrganizationId), coversDay(memberships.startDate, memberships.endDate, today)));
      found.push(...(await personRows(inArray(persons.id, representatives))));
    }
  }
  const secretaries = ctx.db
    .select({ id: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.bodyId, decision.bodyId), eq(memberships.role, 'secretary'), coversDay(memberships.startDate, memberships.endDate, today)));
  found.push(...(await personRows(inArray(persons.id, secretaries))));
  const byEmail = new Map<string, Recipient>();
  for (const row of found) {
    const email = row.userEmail ?? row.email;
    if (email && !byEmail.has(email.toLowerCase())) byEmail.set(email.toLowerCase(), { email, locale: row.locale ?? null });
  }
  return [...byEmail.values()];
}

/**
 * The reminder job. `decision_reminders` holds one row per decision, deadline and point, so a reminder is
 * sent once even if its job ran twice. An overdue point first schedules the next one (a week later, up to
 * the last); when that one is already due this one is skipped, so a late queue sends only the latest.
 */
export async function sendDecisionReminder(deps: Deps, payload: { decisionId: string; deadline: string; offsetDays: number }): Promise<void> {
  await inTransaction(systemCtx(deps, DECISION_REMINDER_JOB), async (tx) => {
    const [row] = await tx.db
      .select({ decision: decisions, body: bodies })
      .from(decisions)
      .innerJoin(bodies, eq(bodies.id, decisions.bodyId))
      .where(eq(decisions.id, payload.decisionId))
      .for('update', { of: decisions })
      .limit(1);
    if (!row || row.decision.deadline !== payload.deadline || !liveStatuses.includes(row.decision.status)) return;
    const now = deps.clock.now();
    const next = payload.offsetDays + OVERDUE_REMINDER_INTERVAL_DAYS;
    if (payload.offsetDays > 0 && next <= lastOverdueOffset) {
      await enqueuePoint(tx, payload.decisionId, payload.deadline, next, pointTime(payload.deadline, next));
      if (pointTime(payload.deadline, next) <= now) return;
    }
    const [first] = await tx.db
      .insert(decisionReminders)
      .values({ ...payload, sentAt: now })
      .onConflictDoNothing()
      .returning();
    if (!first) return;
    const { decision, body } = row;
    const link = `${deps.config.publicUrl}/decisions/${decision.id}`;
    for (const recipient of await recipientsOf(tx, decision, now.toISOString().slice(0, 10))) {
      const t = decisionMailTexts(recipient.locale ?? (body.rules as { language?: string }).language ?? deps.config.defaultLanguage);
      const deadline = new Intl.DateTimeFormat(t.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(pointTime(decision.deadline!, 0));
      const values = { number: decision.number, body: body.name, deadline, link };
      const overdue = payload.offsetDays > 0;
      const text = [
        t.hello,
        '',
        fill(overdue ? t.after : t.before, values),
        '',
        `${t.decision}: ${decision.number} – ${decision.title}`,
        `${t.body}: ${body.name}`,
        `${t.deadline}: ${deadline}`,
        `${t.status}: ${t.statuses[decision.status as 'open' | 'in_progress']}`,
        '',
        fill(t.report, values),
      ].join('\n');
      await tx.deps.jobs.enqueue(tx.db, SEND_MAIL, { to: recipient.email, subject: fill(overdue ? t.subjectAfter : t.subjectBefore, values), text });
    }
  });
}
