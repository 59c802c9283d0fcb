import { eq, inArray } from 'drizzle-orm';
import { systemCtx, type Ctx, type Deps } from '../context.js';
import { persons, users } from '../db/schema/index.js';

/**
 * The demo's history is made by the services themselves, each call with a clock standing at the moment it
 * happened in the story, so polls, outcomes and decisions carry their past times and go through the same
 * rules, audit and hooks as a real meeting.
 */
export const systemAt = (deps: Deps, instant: Date): Ctx => systemCtx({ ...deps, clock: { now: () => instant } }, 'demo');

export const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

/** A day at `hour` UTC, `days` from now (negative: in the past). */
export function dayAt(now: Date, days: number, hour: number): Date {
  const date = new Date(now.getTime() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

export interface DemoVoter {
  email: string;
  personId: string;
  /** acts as this person's account at `instant` (a cast is the voter's own act); null without an account */
  at: ((instant: Date) => Ctx) | null;
}

/** The demo people by e-mail, with their accounts where they have one. */
export async function demoVoters(deps: Deps, emails: readonly string[]): Promise<Map<string, DemoVoter>> {
  const rows = await deps.database.db
    .select({ personId: persons.id, email: persons.email, user: users })
    .from(persons)
    .leftJoin(users, eq(users.id, persons.userId))
    .where(inArray(persons.email, [...emails]));
  return new Map(
    rows.map(({ personId, email, user }) => [
      email!,
      {
        email: email!,
        personId,
        at: user
          ? (instant: Date): Ctx => ({
              deps: { ...deps, clock: { now: () => instant } },
              db: deps.database.db,
              actor: { kind: 'user', userId: user.id, email: user.email, displayName: user.displayName, role: user.role, via: 'session' },
              origin: {},
            })
          : null,
      },
    ]),
  );
}
