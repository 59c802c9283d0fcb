import { and, eq, isNull } from 'drizzle-orm';
import type { CalendarFeed, CalendarFeedList, IssuedCalendarFeed } from '@collegium/shared/contracts/calendar-feeds';
import { inTransaction, type Ctx } from '../../context.js';
import { bodies, calendarFeeds } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { notFound, unauthenticated } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { randomToken, sha256Hex } from '../../lib/crypto.js';
import { bodyResource } from '../directory/directory.access.js';

type FeedRow = typeof calendarFeeds.$inferSelect;
type BodyRef = { id: string; name: string } | null;

function userIdOf(ctx: Ctx): string {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return ctx.actor.userId;
}

const present = (feed: FeedRow, body: BodyRef): CalendarFeed => ({
  body,
  createdAt: feed.createdAt.toISOString(),
  issuedAt: feed.issuedAt.toISOString(),
  lastReadAt: feed.lastReadAt?.toISOString() ?? null,
});

export const feedUrl = (ctx: Ctx, token: string) => `${ctx.deps.config.publicUrl}/api/v1/calendar/${token}.ics`;

const ownedBy = (userId: string, bodyId: string | null) =>
  and(eq(calendarFeeds.userId, userId), bodyId ? eq(calendarFeeds.bodyId, bodyId) : isNull(calendarFeeds.bodyId));

/** The caller's feeds: the personal one and one per body (their URLs are never shown again). */
export async function listCalendarFeeds(ctx: Ctx): Promise<CalendarFeedList> {
  const userId = userIdOf(ctx);
  const rows = await ctx.db
    .select({ feed: calendarFeeds, body: { id: bodies.id, name: bodies.name } })
    .from(calendarFeeds)
    .leftJoin(bodies, eq(bodies.id, calendarFeeds.bodyId))
    .where(eq(calendarFeeds.userId, userId))
    .orderBy(bodies.name);
  const personal = rows.find((row) => row.feed.bodyId === null);
  return {
    personal: personal ? present(personal.feed, null) : null,
    bodies: rows.filter((row) => row.body).map((row) => present(row.feed, row.body)),
  };
}

/**
 * Issues the caller's personal feed (no body) or a body's feed: a new random token, of which only the
 * hash is kept. An existing feed gets a new token, so its old URL stops working at once.
 */
export async function issueCalendarFeed(ctx: Ctx, bodyId: string | null): Promise<IssuedCalendarFeed> {
  const userId = userIdOf(ctx);
  let body: BodyRef = null;
  if (bodyId) {
    const [row] = await ctx.db.select().from(bodies).where(eq(bodies.id, bodyId)).limit(1);
    if (!row) throw notFound('The body');
    await requireAbility(ctx, 'body:read', bodyResource(row), { hideAs: 'The body' });
    body = { id: row.id, name: row.name };
  }
  const token = randomToken();
  const now = ctx.deps.clock.now();
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.db.select().from(calendarFeeds).where(ownedBy(userId, bodyId)).for('update');
    const [feed] = existing
      ? await tx.db
          .update(calendarFeeds)
          .set({ tokenHash: sha256Hex(token), issuedAt: now, lastReadAt: null })
          .where(eq(calendarFeeds.id, existing.id))
          .returning()
      : await tx.db
          .insert(calendarFeeds)
          .values({ userId, bodyId, tokenHash: sha256Hex(token), createdAt: now, issuedAt: now })
          .returning();
    await recordAudit(tx, {
      action: existing ? 'calendar_feed.regenerated' : 'calendar_feed.created',
      entityType: 'calendar_feed',
      entityId: feed!.id,
      summary: { bodyId },
    });
    return { ...present(feed!, body), url: feedUrl(ctx, token) };
  });
}

/** Revokes the caller's personal feed or a body's feed: its URL answers 404 from now on. */
export async function revokeCalendarFeed(ctx: Ctx, bodyId: string | null): Promise<void> {
  const userId = userIdOf(ctx);
  await inTransaction(ctx, async (tx) => {
    const [feed] = await tx.db.delete(calendarFeeds).where(ownedBy(userId, bodyId)).returning();
    if (!feed) throw notFound('The calendar feed');
    await recordAudit(tx, { action: 'calendar_feed.revoked', entityType: 'calendar_feed', entityId: feed.id, summary: { bodyId } });
  });
}
