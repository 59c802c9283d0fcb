import { and, asc, desc, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.js';

/** When a session happens: its start, or a correspondence session's deadline. */
const whenOf = sql`coalesce(${sessions.startsAt}, ${sessions.deadlineAt})`;

/**
 * Upcoming: not closed or cancelled, and not yet begun (or under way). Past: closed, cancelled, or its
 * time has gone by without it being recorded as under way.
 */
export function whenFilter(when: 'upcoming' | 'past' | 'all', now: Date): SQL[] {
  if (when === 'all') return [];
  const finished = or(
    inArray(sessions.status, ['closed', 'cancelled']),
    and(sql`${whenOf} < ${now.toISOString()}::timestamptz`, notInArray(sessions.status, ['in_progress'])),
  )!;
  return [when === 'past' ? finished : sql`not (${finished})`];
}

/** Upcoming soonest first (undated drafts last); past latest first. */
export const whenOrder = (when: 'upcoming' | 'past' | 'all'): SQL[] =>
  when === 'past'
    ? [sql`${whenOf} desc nulls last`, desc(sessions.number)]
    : [sql`${whenOf} asc nulls last`, asc(sessions.number)];
