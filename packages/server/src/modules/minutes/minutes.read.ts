import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Minutes, MinutesContent, MinutesStatus } from '@collegium/shared/contracts/minutes';
import type { Ctx } from '../../context.js';
import { minutesApprovals, minutesVersions, sessions, users } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { etagOf } from '../directory/directory.versions.js';
import { loadReadableSession, sessionResource } from '../sessions/sessions.access.js';
import { loadReadableMinutes, minutesAbilities, type MinutesWithSession } from './minutes.access.js';
import { presentContent } from './minutes.content.js';
import { approvalOf, findMinutesIdOfSession, loadVersionContent } from './minutes.document.js';

/** Statuses in which a new version may be saved. */
export const editableStatuses: ReadonlySet<string> = new Set(['draft', 'correction']);

/** The agenda item that is to approve the minutes (pending), or else the one that approved them. */
async function approvalItemOf(ctx: Ctx, minutesId: string): Promise<Minutes['approvalItem']> {
  const rows = await ctx.db
    .select({ approval: minutesApprovals, sessionNumber: sessions.number })
    .from(minutesApprovals)
    .innerJoin(sessions, eq(sessions.id, minutesApprovals.sessionId))
    .where(and(eq(minutesApprovals.minutesId, minutesId), inArray(minutesApprovals.state, ['pending', 'approved'])))
    .orderBy(desc(minutesApprovals.createdAt));
  const row = rows.find((r) => r.approval.state === 'pending') ?? rows[0];
  return row ? { sessionId: row.approval.sessionId, sessionNumber: row.sessionNumber, agendaItemId: row.approval.agendaItemId } : null;
}

/** The minutes as their page shows them: the latest version, the list of versions and what the caller may do. */
export async function presentMinutes(ctx: Ctx, row: MinutesWithSession): Promise<Minutes> {
  const { minutes } = row;
  const versions = await ctx.db
    .select({ version: minutesVersions.version, createdAt: minutesVersions.createdAt, note: minutesVersions.note, author: users.displayName })
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.authorUserId))
    .where(eq(minutesVersions.minutesId, minutes.id))
    .orderBy(asc(minutesVersions.version));
  const abilities = await minutesAbilities(ctx, row);
  return {
    id: minutes.id,
    sessionId: minutes.sessionId,
    status: minutes.status as MinutesStatus,
    version: minutes.currentVersion,
    approvedVersion: minutes.approvedVersion,
    approval: await approvalOf(ctx, minutes),
    approvalItem: await approvalItemOf(ctx, minutes.id),
    content: presentContent(await loadVersionContent(ctx, minutes.id, minutes.currentVersion)),
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      author: v.author,
      note: v.note,
      approved: v.version === minutes.approvedVersion,
    })),
    etag: etagOf(minutes.updatedAt),
    canEdit: abilities.edit && editableStatuses.has(minutes.status),
    canComment: abilities.comment && minutes.status !== 'approved',
  };
}

/** GET /minutes by id, for those who read the full minutes. */
export async function getMinutes(ctx: Ctx, minutesId: string): Promise<Minutes> {
  return presentMinutes(ctx, await loadReadableMinutes(ctx, minutesId));
}

/** GET /sessions/:id/minutes: 404 for who may not read them, and until they are built. */
export async function getMinutesOfSession(ctx: Ctx, sessionId: string): Promise<Minutes> {
  const { session, body } = await loadReadableSession(ctx, sessionId);
  await requireAbility(ctx, 'minutes:read', sessionResource(session, body), { hideAs: 'The minutes of this session' });
  const minutesId = await findMinutesIdOfSession(ctx, sessionId);
  if (!minutesId) throw notFound('The minutes of this session (they are built when it closes)');
  return getMinutes(ctx, minutesId);
}

/** One version's content, as it was saved. */
export async function getMinutesVersion(ctx: Ctx, minutesId: string, version: number): Promise<MinutesContent> {
  await loadReadableMinutes(ctx, minutesId);
  return presentContent(await loadVersionContent(ctx, minutesId, version));
}
