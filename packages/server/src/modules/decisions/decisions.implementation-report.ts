import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItemMaterials, agendaItems, bodies, decisionReportAttachments, decisionReports, decisions } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import type { SessionRow } from '../sessions/sessions.access.js';
import { todayOf } from './decisions.queries.js';
import { implementationReportTexts } from './decisions.implementation-texts.js';

/** At most this many decisions are listed; a body with more follows them in the register. */
const MAX_LISTED = 100;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Where the body's rules ask for it (`implementationReportOnAgenda`), a new regular session gets an
 * information item reporting on the body's open decisions: each with its deadline, whether it is overdue,
 * and its latest progress report; the reports' attachments become the item's materials. Called by the
 * sessions create service inside its transaction.
 */
export async function putImplementationReport(ctx: Ctx, session: SessionRow): Promise<void> {
  if (session.kind !== 'regular') return;
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, session.bodyId)).limit(1);
  const rules = (body?.rules ?? {}) as { implementationReportOnAgenda?: boolean; language?: string };
  if (!body || rules.implementationReportOnAgenda !== true) return;
  const open = await ctx.db
    .select({ decision: decisions, itemIsPublic: agendaItems.isPublic })
    .from(decisions)
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
    .where(and(eq(decisions.bodyId, body.id), inArray(decisions.status, ['open', 'in_progress'])))
    .orderBy(asc(decisions.year), asc(decisions.sequence))
    .limit(MAX_LISTED);
  const ids = open.map((row) => row.decision.id);
  const reports = ids.length
    ? await ctx.db.select().from(decisionReports).where(inArray(decisionReports.decisionId, ids)).orderBy(desc(decisionReports.createdAt), desc(decisionReports.id))
    : [];
  const latest = new Map<string, (typeof reports)[number]>();
  for (const report of reports) if (!latest.has(report.decisionId)) latest.set(report.decisionId, report);

  const t = implementationReportTexts(rules.language ?? ctx.deps.config.defaultLanguage);
  const today = todayOf(ctx);
  const entries = open.map(({ decision }) => {
    const report = latest.get(decision.id);
    const facts = [
      t.status[decision.status as 'open' | 'in_progress'],
      decision.deadline ? `${t.deadline} ${decision.deadline}${decision.deadline < today ? ` — ${t.overdue}` : ''}` : t.noDeadline,
    ].join(', ');
    const progress = report ? `<p>${t.latestReport} (${report.createdAt.toISOString().slice(0, 10)}):</p>${report.text}` : `<p>${t.noReport}</p>`;
    return `<li><p><strong>${escapeHtml(decision.number)}</strong> ${escapeHtml(decision.title)} (${facts})</p>${progress}</li>`;
  });
  const description = open.length ? `<p>${t.intro}</p><ul>${entries.join('')}</ul>` : `<p>${t.none}</p>`;
  const [last] = await ctx.db.select({ value: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.sessionId, session.id));
  const [item] = await ctx.db
    .insert(agendaItems)
    .values({
      sessionId: session.id,
      position: (last?.value ?? -1) + 1,
      kind: 'information',
      title: t.title,
      proposedResolution: description,
      // one decision of a closed item makes the report closed as well
      isPublic: open.every((row) => row.itemIsPublic),
    })
    .returning({ id: agendaItems.id });

  const latestIds = [...latest.values()].map((report) => report.id);
  const documents = latestIds.length
    ? await ctx.db
        .selectDistinct({ documentId: decisionReportAttachments.documentId })
        .from(decisionReportAttachments)
        .where(inArray(decisionReportAttachments.reportId, latestIds))
    : [];
  const now = ctx.deps.clock.now();
  const addedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  for (const [position, { documentId }] of documents.entries()) {
    await ctx.db.insert(agendaItemMaterials).values({ sessionId: session.id, agendaItemId: item!.id, documentId, position, addedBy, addedAt: now });
  }
  await recordAudit(ctx, {
    action: 'decision.implementation-report',
    entityType: 'agenda_item',
    entityId: item!.id,
    organizationId: body.organizationId,
    summary: { after: { sessionId: session.id, decisionIds: ids, documentIds: documents.map((d) => d.documentId) } },
  });
}
