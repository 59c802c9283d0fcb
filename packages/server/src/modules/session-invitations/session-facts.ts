import { eq } from 'drizzle-orm';
import { movedItems, numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import type { Ctx } from '../../context.js';
import { agendaItems } from '../../db/schema/index.js';
import { loadSessionWithBody, type BodyRow, type SessionRow } from '../sessions/sessions.access.js';

export type { BodyRow, SessionRow };

export interface FactItem {
  id: string;
  parentId: string | null;
  number: string;
  title: string;
  isPublic: boolean;
  withdrawn: boolean;
}

/** What an invitation mail tells about a session; kept after every mailing to name the next changes. */
export interface MailedFacts {
  status: string;
  startsAt: string | null;
  endsAt: string | null;
  deadlineAt: string | null;
  place: string | null;
  onlineUrl: string | null;
  items: FactItem[];
}

export type FactChange =
  | { kind: 'time' | 'deadline' | 'place' | 'online'; from: string | null; to: string | null }
  | { kind: 'added' | 'withdrawn'; number: string; title: string; isPublic: boolean }
  | { kind: 'moved'; title: string; from: string; to: string; isPublic: boolean }
  | { kind: 'convened' };

export interface SessionFacts {
  session: SessionRow;
  body: BodyRow;
  facts: MailedFacts;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The session, its body and its mailable facts, read inside the caller's transaction. */
export async function loadSessionFacts(ctx: Ctx, sessionId: string): Promise<SessionFacts | undefined> {
  const row = await loadSessionWithBody(ctx, sessionId);
  if (!row) return undefined;
  const items = await ctx.db
    .select({
      id: agendaItems.id,
      parentId: agendaItems.parentId,
      position: agendaItems.position,
      title: agendaItems.title,
      isPublic: agendaItems.isPublic,
      withdrawnAt: agendaItems.withdrawnAt,
    })
    .from(agendaItems)
    .where(eq(agendaItems.sessionId, sessionId));
  const { session } = row;
  return {
    ...row,
    facts: {
      status: session.status,
      startsAt: iso(session.startsAt),
      endsAt: iso(session.endsAt),
      deadlineAt: iso(session.deadlineAt),
      place: session.place,
      onlineUrl: session.onlineUrl,
      items: numberAgenda(items).map(({ item, number }) => ({
        id: item.id,
        parentId: item.parentId,
        number,
        title: item.title,
        isPublic: item.isPublic,
        withdrawn: item.withdrawnAt !== null,
      })),
    },
  };
}

/** What changed between the facts last mailed and now, in the order a reader expects. */
export function diffFacts(before: MailedFacts, after: MailedFacts): FactChange[] {
  const changes: FactChange[] = [];
  if (before.status === 'postponed' && after.status === 'convened') changes.push({ kind: 'convened' });
  if (before.startsAt !== after.startsAt || before.endsAt !== after.endsAt) {
    changes.push({ kind: 'time', from: before.startsAt, to: after.startsAt });
  }
  if (before.deadlineAt !== after.deadlineAt) changes.push({ kind: 'deadline', from: before.deadlineAt, to: after.deadlineAt });
  if (before.place !== after.place) changes.push({ kind: 'place', from: before.place, to: after.place });
  if (before.onlineUrl !== after.onlineUrl) changes.push({ kind: 'online', from: before.onlineUrl, to: after.onlineUrl });

  const old = new Map(before.items.map((item) => [item.id, item]));
  const current = new Set(after.items.map((item) => item.id));
  const stillActive = (items: FactItem[], other: Set<string>) => items.filter((item) => !item.withdrawn && other.has(item.id));
  const oldActiveIds = new Set(before.items.filter((item) => !item.withdrawn).map((item) => item.id));
  const moved = movedItems(stillActive(before.items, current), stillActive(after.items, oldActiveIds));
  for (const item of after.items) {
    const was = old.get(item.id);
    const described = { number: item.number, title: item.title, isPublic: item.isPublic };
    if (!was || was.withdrawn) {
      if (!item.withdrawn) changes.push({ kind: 'added', ...described });
    } else if (item.withdrawn) {
      changes.push({ kind: 'withdrawn', ...described, number: was.number });
    } else if (moved.has(item.id) && was.number !== item.number) {
      changes.push({ kind: 'moved', title: item.title, from: was.number, to: item.number, isPublic: item.isPublic });
    }
  }
  for (const item of before.items) {
    if (!current.has(item.id) && !item.withdrawn) {
      changes.push({ kind: 'withdrawn', number: item.number, title: item.title, isPublic: item.isPublic });
    }
  }
  return changes;
}
