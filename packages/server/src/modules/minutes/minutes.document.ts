import { and, eq } from 'drizzle-orm';
import type { MinutesAudience, MinutesDocument, MinutesStatus } from '@collegium/shared/contracts/minutes';
import type { Ctx } from '../../context.js';
import { minutes, minutesVersions, sessions } from '../../db/schema/index.js';
import { notFound } from '../../lib/app-error.js';
import { loadMinutesWithSession, loadReadableMinutes, type MinutesWithSession } from './minutes.access.js';
import { presentContent, type StoredContent } from './minutes.content.js';
import { cutForPublic } from './minutes.public-cut.js';
import { publicNamesIn, type PublicNamesLanguage } from './minutes.public-names.js';

/** The id of a session's minutes, or null before they are built. No access check: callers read through readMinutesDocument. */
export async function findMinutesIdOfSession(ctx: Ctx, sessionId: string): Promise<string | null> {
  const [row] = await ctx.db.select({ id: minutes.id }).from(minutes).where(eq(minutes.sessionId, sessionId)).limit(1);
  return row?.id ?? null;
}

/** The stored content of one version, or 404 naming it. */
export async function loadVersionContent(ctx: Ctx, minutesId: string, version: number): Promise<StoredContent> {
  const [row] = await ctx.db
    .select({ content: minutesVersions.content })
    .from(minutesVersions)
    .where(and(eq(minutesVersions.minutesId, minutesId), eq(minutesVersions.version, version)))
    .limit(1);
  if (!row) throw notFound(`Version ${version} of the minutes`);
  return row.content as StoredContent;
}

/** When and in which session the approved version was approved, if it was. */
export async function approvalOf(ctx: Ctx, row: MinutesWithSession['minutes']): Promise<MinutesDocument['approval']> {
  if (!row.approvedAt || !row.approvedInSessionId) return null;
  const [session] = await ctx.db
    .select({ number: sessions.number, kind: sessions.kind })
    .from(sessions)
    .where(eq(sessions.id, row.approvedInSessionId))
    .limit(1);
  if (!session) return null;
  return { approvedAt: row.approvedAt.toISOString(), sessionNumber: session.number, sessionKind: session.kind };
}

/**
 * Everything an export needs, cut to its audience. The full audience is for whoever reads the full
 * minutes (404 for everyone else) and defaults to the latest version; the public audience is for anyone
 * once the minutes are approved, only ever the approved version, without closed items and private names.
 */
export async function readMinutesDocument(
  ctx: Ctx,
  minutesId: string,
  options: { version?: number; audience: MinutesAudience; language?: PublicNamesLanguage },
): Promise<MinutesDocument> {
  let row: MinutesWithSession;
  let version: number;
  if (options.audience === 'public') {
    const found = await loadMinutesWithSession(ctx, minutesId);
    const approved = found?.minutes.approvedVersion ?? null;
    if (!found || approved === null || (options.version !== undefined && options.version !== approved)) {
      throw notFound('The approved minutes');
    }
    row = found;
    version = approved;
  } else {
    row = await loadReadableMinutes(ctx, minutesId);
    version = options.version ?? row.minutes.currentVersion;
  }
  const stored = await loadVersionContent(ctx, minutesId, version);
  const names = publicNamesIn(options.language ?? ctx.deps.config.defaultLanguage);
  const content = options.audience === 'public' ? await cutForPublic(ctx, stored, names) : stored;
  const { session, body } = row;
  return {
    minutesId,
    version,
    audience: options.audience,
    body: { id: body.id, name: body.name, shortName: body.shortName },
    session: {
      id: session.id,
      number: session.number,
      kind: session.kind,
      title: session.title,
      startsAt: session.startsAt?.toISOString() ?? null,
      endsAt: session.endsAt?.toISOString() ?? null,
      closedAt: session.closedAt?.toISOString() ?? null,
      place: session.place,
      timeZone: session.timeZone,
    },
    status: row.minutes.status as MinutesStatus,
    approval: await approvalOf(ctx, row.minutes),
    content: presentContent(content),
  };
}
