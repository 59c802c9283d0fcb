import { and, asc, eq, max } from 'drizzle-orm';
import { inTransaction, systemCtx, type Ctx, type Deps } from '../context.js';
import { agendaItemProceedings, agendaItems, bodies, minutes, minutesApprovals, sessions } from '../db/schema/index.js';
import { syncDecisionForOutcome } from '../modules/decisions/decisions.sync.js';
import { onItemOutcome } from '../modules/minutes/minutes.approval-outcome.js';
import { requestMinutesApproval } from '../modules/minutes/minutes.approval.js';
import { approvalItemTexts } from '../modules/minutes/minutes.approval-texts.js';
import { buildMinutesDraft } from '../modules/minutes/minutes.build.js';
import { addMinutesComment, resolveMinutesComment } from '../modules/minutes/minutes.comments.js';
import { saveMinutes } from '../modules/minutes/minutes.save.js';
import { demoVoters, minutesAfter, systemAt } from './demo-clock.js';

const secretary = 'tadej.vidmar@mdu.gov.example';
const member = 'simona.jeric@mzs.gov.example';
const hours = (instant: Date, count: number) => minutesAfter(instant, count * 60);

/** what the secretary wrote of each item's discussion, in turn */
const discussions = [
  '<p>Poročevalec je predstavil gradivo in poudaril glavne spremembe glede na prejšnji osnutek.</p><p>V razpravi so člani opozorili na <strong>roke izvedbe</strong> in na potrebo po usklajevanju z ministrstvi.</p>',
  '<p>Razprava je potekala o virih financiranja. Predstavnik Ministrstva za finance in proračun je pojasnil:</p><ul><li>sredstva so zagotovljena v proračunu za leto 2027,</li><li>za nadaljnja leta je potreben sklep vlade.</li></ul>',
  '<p>Člani so se strinjali s predlogom brez pripomb.</p>',
];

/**
 * The council's minutes through the minutes services at their past moments: the first closed regular
 * session's minutes written, commented on and approved at the next one; the next one's minutes submitted
 * for approval at the coming session. The sessions closed through the services (the extraordinary one,
 * the correspondence session) already have their drafts, built when they closed.
 */
export async function seedDemoMinutes(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const [council] = await ctx.db.select().from(bodies).where(eq(bodies.slug, 'svet-za-informatiko')).limit(1);
  if (!council) return;
  const regular = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.bodyId, council.id), eq(sessions.kind, 'regular')))
    .orderBy(asc(sessions.number));
  const closed = regular.filter((s) => s.status === 'closed');
  const coming = regular.find((s) => s.status === 'convened');
  const [first, second] = closed;
  if (!first?.closedAt || !second?.closedAt || !second.startsAt || !coming) return;
  const [existing] = await ctx.db.select({ id: minutes.id }).from(minutes).where(eq(minutes.sessionId, first.id)).limit(1);
  if (existing) return;

  const voters = await demoVoters(deps, [secretary, member]);
  const tadej = voters.get(secretary)?.at;
  const simona = voters.get(member)?.at;
  if (!tadej || !simona) return;

  // The first session: drafted the day after, written, commented on, approved at the second session.
  const firstMinutes = await writeMinutes(deps, first.id, first.closedAt, tadej);
  const comment = await addMinutesComment(simona(hours(first.closedAt, 50)), firstMinutes, {
    text: 'Pri drugi točki prosim dopolnite, da sredstva za leto 2028 še niso zagotovljena.',
  });
  await resolveMinutesComment(tadej(hours(first.closedAt, 52)), firstMinutes, comment.id);
  await writeMinutes(deps, first.id, first.closedAt, tadej, 54);
  const [{ version } = { version: 1 }] = await ctx.db.select({ version: minutes.currentVersion }).from(minutes).where(eq(minutes.id, firstMinutes));
  const language = (council.rules as { language?: string }).language ?? 'sl';
  await inTransaction(systemAt(deps, minutesAfter(second.startsAt, 5)), async (tx) => {
    const texts = approvalItemTexts(language, first);
    const [last] = await tx.db.select({ position: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.sessionId, second.id));
    const [item] = await tx.db
      .insert(agendaItems)
      .values({ sessionId: second.id, position: (last?.position ?? -1) + 1, kind: 'decision', title: texts.title, proposedResolution: texts.resolution, isPublic: true })
      .returning({ id: agendaItems.id });
    await tx.db.insert(minutesApprovals).values({ agendaItemId: item!.id, minutesId: firstMinutes, sessionId: second.id, version });
    await tx.db.update(minutes).set({ status: 'submitted' }).where(eq(minutes.id, firstMinutes));
    const at = tx.deps.clock.now();
    await tx.db.insert(agendaItemProceedings).values({
      agendaItemId: item!.id,
      sessionId: second.id,
      startedAt: at,
      endedAt: minutesAfter(at, 2),
      outcome: 'adopted',
      resolutionText: texts.resolution,
      outcomeRecordedAt: minutesAfter(at, 2),
    });
    // as the meeting's proceedings do: the adopted item is registered as a decision and approves the minutes
    await syncDecisionForOutcome(tx, second.id, item!.id, 'adopted');
    await onItemOutcome(tx, item!.id, 'adopted');
  });

  // The second session: drafted and written, then put before the coming session for approval.
  const secondMinutes = await writeMinutes(deps, second.id, second.closedAt, tadej);
  await requestMinutesApproval(tadej(deps.clock.now()), secondMinutes, { sessionId: coming.id });
  say('Loaded the council’s minutes: one approved at the next session, one submitted for approval.');
}

/** Builds the draft (once) the hour after the session closed and saves the secretary's text `after` hours later. */
async function writeMinutes(
  deps: Deps,
  sessionId: string,
  closedAt: Date,
  secretaryAt: (instant: Date) => Ctx,
  after = 24,
): Promise<string> {
  const { minutesId } = await inTransaction(systemAt(deps, hours(closedAt, 1)), (tx) => buildMinutesDraft(tx, sessionId));
  const items = await deps.database.db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(eq(agendaItems.sessionId, sessionId))
    .orderBy(asc(agendaItems.position));
  const [row] = await deps.database.db.select({ version: minutes.currentVersion }).from(minutes).where(eq(minutes.id, minutesId));
  const revised = row!.version > 1;
  await saveMinutes(secretaryAt(hours(closedAt, after)), minutesId, {
    baseVersion: row!.version,
    opening: revised
      ? '<p>Sejo je ob 8.00 odprla predsednica sveta, ki je ugotovila, da je svet sklepčen.</p>'
      : '<p>Sejo je odprla predsednica sveta in ugotovila, da je svet sklepčen.</p>',
    closing: '<p>Seja je bila končana ob 9.30.</p>',
    discussions: Object.fromEntries(
      items.map((item, index) => [
        item.id,
        revised && index === 1 ? `${discussions[1]}<p>Sredstva za leto 2028 še niso zagotovljena.</p>` : discussions[index % discussions.length]!,
      ]),
    ),
    note: revised ? 'Dopolnjeno po pripombi članice' : 'Povzetek razprave',
  });
  return minutesId;
}
