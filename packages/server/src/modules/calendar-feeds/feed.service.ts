import { and, asc, eq, gte, inArray, ne, or, sql } from 'drizzle-orm';
import ical from 'ical-generator';
import { can } from '@collegium/shared/domain/policy';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import type { Ctx, Deps } from '../../context.js';
import { agendaItems, bodies, calendarFeeds, sessions, users } from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { sha256Hex } from '../../lib/crypto.js';
import { bodyResource } from '../directory/directory.access.js';
import { sessionResource } from '../sessions/sessions.access.js';
import { sessionEvent, type FeedItem } from './feed-events.js';

/** How far back a feed reaches; older sessions stay in the web app. */
const HISTORY_DAYS = 400;
const MAX_SESSIONS = 1000;


/** The feed owner's ctx: the feed shows what its owner may read now, never more. */
async function ownerCtx(deps: Deps, token: string): Promise<{ ctx: Ctx; feed: typeof calendarFeeds.$inferSelect }> {
  const [row] = await deps.database.db
    .select({ feed: calendarFeeds, user: users })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, sha256Hex(token)))
    .limit(1);
  if (!row || row.user.disabledAt) throw notFound('The calendar feed');
  const actor = {
    kind: 'user' as const,
    userId: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    role: row.user.role as InstallationRole,
    via: 'token' as const,
  };
  return { ctx: { deps, db: deps.database.db, actor, origin: {} }, feed: row.feed };
}

const READ_STAMP_INTERVAL_MS = 60 * 60 * 1000;

/** The iCalendar text of the feed a token opens; an unknown, revoked or orphaned token is 404. */
export async function renderFeed(deps: Deps, token: string): Promise<string> {
  const { ctx, feed } = await ownerCtx(deps, token);
  const now = deps.clock.now();
  // Calendar programs poll every few minutes: the hour of the last read is enough, not a write per poll.
  if (!feed.lastReadAt || now.getTime() - feed.lastReadAt.getTime() >= READ_STAMP_INTERVAL_MS) {
    await ctx.db.update(calendarFeeds).set({ lastReadAt: now }).where(eq(calendarFeeds.id, feed.id));
  }
  const subject = await subjectOf(ctx);
  let bodyIds: string[];
  let name: string;
  if (feed.bodyId) {
    const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, feed.bodyId)).limit(1);
    if (!body || !can(subject, 'body:read', bodyResource(body))) throw notFound('The calendar feed');
    bodyIds = [body.id];
    name = `${body.name} – Collegium`;
  } else {
    bodyIds = [...new Set([...subject.bodyRoles.keys(), ...(subject.substituteIn ?? [])])];
    name = 'My sessions – Collegium';
  }
  const since = new Date(deps.clock.now().getTime() - HISTORY_DAYS * 86_400_000);
  const rows =
    bodyIds.length === 0
      ? []
      : await ctx.db
          .select({ session: sessions, body: bodies })
          .from(sessions)
          .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
          .where(
            and(
              inArray(sessions.bodyId, bodyIds),
              ne(sessions.status, 'draft'),
              or(gte(sessions.startsAt, since), gte(sessions.deadlineAt, since)),
            ),
          )
          .orderBy(asc(sql`coalesce(${sessions.startsAt}, ${sessions.deadlineAt})`))
          .limit(MAX_SESSIONS);
  const visible = rows.filter((row) => can(subject, 'session:read', sessionResource(row.session, row.body)));
  const items = await loadItems(ctx, visible.map((row) => row.session.id));
  const site = { publicUrl: deps.config.publicUrl, host: new URL(deps.config.publicUrl).hostname };
  const calendar = ical({ name, prodId: { company: 'Collegium', product: 'sessions', language: 'EN' }, ttl: 3600 });
  for (const { session, body } of visible) {
    const event = sessionEvent(session, body, items.get(session.id) ?? [], site);
    if (!event) continue;
    calendar.createEvent(event);
  }
  return calendar.toString();
}

async function loadItems(ctx: Ctx, sessionIds: string[]): Promise<Map<string, FeedItem[]>> {
  const bySession = new Map<string, FeedItem[]>();
  if (sessionIds.length === 0) return bySession;
  const rows = await ctx.db
    .select({
      id: agendaItems.id,
      sessionId: agendaItems.sessionId,
      parentId: agendaItems.parentId,
      position: agendaItems.position,
      title: agendaItems.title,
      isPublic: agendaItems.isPublic,
      withdrawnAt: agendaItems.withdrawnAt,
    })
    .from(agendaItems)
    .where(inArray(agendaItems.sessionId, sessionIds));
  for (const row of rows) bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), row]);
  return bySession;
}
