import type { Readable } from 'node:stream';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DecisionDetail, DecisionReport, DecisionReportInput } from '@collegium/shared/contracts/decisions';
import { can } from '@collegium/shared/domain/policy';
import { inTransaction, type Ctx } from '../../context.js';
import {
  bodies,
  decisionReportAttachments,
  decisionReports,
  decisions,
  documentVersions,
  fileUploads,
  files,
  memberships,
  persons,
  users,
} from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import { AppError, forbidden, invalidField, notFound, unauthenticated } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { coversDay } from '../../lib/periods.js';
import { sanitizeRichText } from '../../lib/rich-text.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { bodyResource } from '../directory/directory.access.js';
import { nextVersion } from '../directory/directory.versions.js';
import { insertDocumentWithVersion } from '../documents/documents.service.js';
import { titleFromFileName } from '../documents/upload-parts.js';
import { findDecision, todayOf } from './decisions.queries.js';
import { scheduleDecisionReminders } from './decisions.reminders.js';

type DecisionRow = typeof decisions.$inferSelect;

/**
 * Whether the caller answers for the decision: the responsible person's user, or a person of the
 * responsible organisation (their own organisation, or one they represent in a body today).
 */
async function isResponsibleSide(ctx: Ctx, decision: DecisionRow): Promise<boolean> {
  if (ctx.actor.kind !== 'user') return false;
  const [person] = await ctx.db
    .select({ id: persons.id, organizationId: persons.organizationId })
    .from(persons)
    .where(eq(persons.userId, ctx.actor.userId))
    .limit(1);
  if (!person) return false;
  if (decision.responsiblePersonId === person.id) return true;
  const organizationId = decision.responsibleOrganizationId;
  if (!organizationId) return false;
  if (person.organizationId === organizationId) return true;
  const [represents] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.personId, person.id),
        eq(memberships.representsId, organizationId),
        coversDay(memberships.startDate, memberships.endDate, todayOf(ctx)),
      ),
    )
    .limit(1);
  return Boolean(represents);
}

/** Whether the caller may report on the decision: its responsible side, or the body's chair, secretary or coordinator. */
async function mayReport(ctx: Ctx, decision: DecisionRow, body: typeof bodies.$inferSelect): Promise<boolean> {
  if (decision.status === 'cancelled') return false;
  if (can(await subjectOf(ctx), 'body:manage', bodyResource(body))) return true;
  return isResponsibleSide(ctx, decision);
}

async function loadDecisionWithBody(ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}) {
  const query = ctx.db.select({ decision: decisions, body: bodies }).from(decisions).innerJoin(bodies, eq(bodies.id, decisions.bodyId)).where(eq(decisions.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: decisions }) : await query;
  return row;
}

/** A decision the caller may see, or one they answer for (the register may hide a private body's decisions from them). */
async function findVisibleDecision(ctx: Ctx, id: string) {
  const decision = await findDecision(ctx, id);
  if (decision) return decision;
  const row = await loadDecisionWithBody(ctx, id);
  if (row && (await isResponsibleSide(ctx, row.decision))) return findDecision(ctx, id, { responsible: true });
  return null;
}

const attachmentHref = (decisionId: string, reportId: string, documentId: string) =>
  `/api/v1/decisions/${decisionId}/reports/${reportId}/attachments/${documentId}`;

/** The progress reports of a decision, newest first, with their attachments. */
export async function listDecisionReports(ctx: Ctx, decisionId: string): Promise<DecisionReport[]> {
  const reports = await ctx.db
    .select({ report: decisionReports, authorName: users.displayName })
    .from(decisionReports)
    .leftJoin(users, eq(users.id, decisionReports.authorId))
    .where(eq(decisionReports.decisionId, decisionId))
    .orderBy(desc(decisionReports.createdAt), desc(decisionReports.id));
  const ids = reports.map((r) => r.report.id);
  const attachments = ids.length
    ? await ctx.db
        .select({ reportId: decisionReportAttachments.reportId, documentId: decisionReportAttachments.documentId, version: documentVersions })
        .from(decisionReportAttachments)
        .innerJoin(documentVersions, and(eq(documentVersions.documentId, decisionReportAttachments.documentId), eq(documentVersions.number, 1)))
        .where(inArray(decisionReportAttachments.reportId, ids))
        .orderBy(asc(decisionReportAttachments.position))
    : [];
  return reports.map(({ report, authorName }) => ({
    id: report.id,
    text: report.text,
    statusChange: report.statusChange as DecisionReport['statusChange'],
    author: report.authorId && authorName ? { id: report.authorId, name: authorName } : null,
    createdAt: report.createdAt.toISOString(),
    attachments: attachments
      .filter((a) => a.reportId === report.id)
      .map((a) => ({
        documentId: a.documentId,
        fileName: a.version.fileName,
        contentType: a.version.contentType,
        size: a.version.size,
        href: attachmentHref(decisionId, report.id, a.documentId),
      })),
  }));
}

/** One decision with its progress reports (404 for who may not see it). */
export async function readDecisionDetail(ctx: Ctx, id: string): Promise<DecisionDetail> {
  const decision = await findVisibleDecision(ctx, id);
  if (!decision) throw notFound('The decision');
  const row = (await loadDecisionWithBody(ctx, id))!;
  return { ...decision, reports: await listDecisionReports(ctx, id), canReport: await mayReport(ctx, row.decision, row.body) };
}

/** The caller's own uploads among the named files: a report may attach only what its author uploaded. */
async function requireOwnUploads(ctx: Ctx, userId: string, attachments: NonNullable<DecisionReportInput['attachments']>) {
  const wanted = [...new Set(attachments.map((a) => a.sha256))];
  if (!wanted.length) return new Map<string, typeof files.$inferSelect>();
  const rows = await ctx.db
    .selectDistinct({ file: files })
    .from(fileUploads)
    .innerJoin(files, eq(files.sha256, fileUploads.sha256))
    .where(and(eq(fileUploads.userId, userId), inArray(fileUploads.sha256, wanted)));
  const found = new Map(rows.map((r) => [r.file.sha256, r.file]));
  attachments.forEach((a, index) => {
    if (!found.has(a.sha256)) {
      throw new AppError('validation_failed', `${a.fileName}: upload the file first (POST /api/v1/files); it was not found among your uploads.`, {
        field: `attachments/${index}`,
      });
    }
  });
  return found;
}

/**
 * Adds a progress report (the responsible side, or the body's chair, secretary or coordinator): the text,
 * optionally a new status, and the attachments, each stored as a document of the body.
 */
export async function addDecisionReport(ctx: Ctx, decisionId: string, input: DecisionReportInput): Promise<DecisionDetail> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const userId = ctx.actor.userId;
  if (!(await findVisibleDecision(ctx, decisionId))) throw notFound('The decision');
  const text = sanitizeRichText(input.text);
  if (!text.replace(/<[^>]*>/g, '').trim()) throw invalidField('text', 'Write what has been done.');
  await inTransaction(ctx, async (tx) => {
    const row = await loadDecisionWithBody(tx, decisionId, { forUpdate: true });
    if (!row) throw notFound('The decision');
    const { decision, body } = row;
    if (decision.status === 'cancelled') throw new AppError('conflict', 'The decision is cancelled; progress can no longer be reported on it.');
    if (!(await mayReport(tx, decision, body))) {
      throw forbidden('Only the person or organisation responsible for this decision, or the body’s chair or secretary, may report progress on it.');
    }
    const stored = await requireOwnUploads(tx, userId, input.attachments ?? []);
    const now = tx.deps.clock.now();
    const [report] = await tx.db
      .insert(decisionReports)
      .values({ decisionId, text, statusChange: input.status ?? null, authorId: userId, createdAt: now })
      .returning({ id: decisionReports.id });
    const documentIds: string[] = [];
    for (const [position, attachment] of (input.attachments ?? []).entries()) {
      const file = stored.get(attachment.sha256)!;
      const documentId = await insertDocumentWithVersion(tx, {
        bodyId: body.id,
        organizationId: body.organizationId,
        title: titleFromFileName(attachment.fileName),
        kind: 'report',
        file: { stored: { sha256: file.sha256, size: file.size, contentType: file.contentType }, fileName: attachment.fileName },
      });
      await tx.db.insert(decisionReportAttachments).values({ reportId: report!.id, documentId, position });
      documentIds.push(documentId);
    }
    const statusChanged = input.status && input.status !== decision.status;
    await tx.db
      .update(decisions)
      .set({ ...(statusChanged ? { status: input.status } : {}), editedAt: now, editedBy: userId, updatedAt: nextVersion(decisions.updatedAt, now) })
      .where(eq(decisions.id, decisionId));
    if (statusChanged) await scheduleDecisionReminders(tx, { ...decision, status: input.status! });
    await recordAudit(tx, {
      action: 'decision.report',
      entityType: 'decision',
      entityId: decisionId,
      organizationId: body.organizationId,
      summary: { after: { reportId: report!.id, documentIds, ...(statusChanged ? { status: input.status } : {}) }, before: statusChanged ? { status: decision.status } : undefined },
    });
    await publishSessionEvent(tx, decision.sessionId, { kind: 'decision.report', decisionId });
  });
  return readDecisionDetail(ctx, decisionId);
}

export interface OpenedAttachment {
  fileName: string;
  contentType: string;
  size: number;
  stream: Readable;
}

/** Opens an attachment of a report for whoever may see the decision. */
export async function openReportAttachment(ctx: Ctx, decisionId: string, reportId: string, documentId: string): Promise<OpenedAttachment> {
  if (!(await findVisibleDecision(ctx, decisionId))) throw notFound('The decision');
  const [row] = await ctx.db
    .select({ version: documentVersions })
    .from(decisionReportAttachments)
    .innerJoin(decisionReports, eq(decisionReports.id, decisionReportAttachments.reportId))
    .innerJoin(documentVersions, and(eq(documentVersions.documentId, decisionReportAttachments.documentId), eq(documentVersions.number, 1)))
    .where(and(eq(decisionReports.decisionId, decisionId), eq(decisionReportAttachments.reportId, reportId), eq(decisionReportAttachments.documentId, documentId)))
    .limit(1);
  if (!row) throw notFound('The attachment');
  const { version } = row;
  return { fileName: version.fileName, contentType: version.contentType, size: version.size, stream: await ctx.deps.files.open(version.sha256) };
}
