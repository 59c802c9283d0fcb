import { ICalEventStatus, type ICalEventData } from 'ical-generator';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import type { BodyRow, SessionRow } from '../sessions/sessions.access.js';

export interface FeedItem {
  id: string;
  sessionId: string;
  parentId: string | null;
  position: number;
  title: string;
  isPublic: boolean;
  withdrawnAt: Date | null;
}

const kindWords: Record<string, string> = {
  regular: 'regular session',
  extraordinary: 'extraordinary session',
  correspondence: 'correspondence session',
};

/** 1st, 2nd, 3rd, 4th, 11th, 21st … */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

/** "5th regular session – Town council: Budget" (English: calendar programs show one language for everyone). */
export function feedSummary(session: SessionRow, body: Pick<BodyRow, 'name'>): string {
  const name = `${englishOrdinal(session.number)} ${kindWords[session.kind] ?? 'session'} – ${body.name}`;
  const titled = session.title ? `${name}: ${session.title}` : name;
  if (session.status === 'postponed') return `Postponed: ${titled}`;
  if (session.status === 'cancelled') return `Cancelled: ${titled}`;
  return titled;
}

/**
 * SEQUENCE must only grow; there is no revision counter, so it is the seconds from 2024-01-01 to the
 * later of the session's two versions (fits the 32-bit integer calendar programs use until 2092).
 */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);
export const lastRevised = (session: SessionRow): Date =>
  session.agendaUpdatedAt > session.updatedAt ? session.agendaUpdatedAt : session.updatedAt;
const sequenceOf = (session: SessionRow) => Math.max(0, Math.floor((lastRevised(session).getTime() - SEQUENCE_EPOCH) / 1000));

const statusOf = (status: string): ICalEventStatus =>
  status === 'cancelled' ? ICalEventStatus.CANCELLED : status === 'postponed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;

/** The agenda as text: public items only (a calendar leaves this system), withdrawn ones marked. */
function describe(session: SessionRow, items: readonly FeedItem[]): string {
  const lines: string[] = [];
  if (session.deadlineAt && !session.startsAt) {
    lines.push(`Correspondence session: replies are due by ${session.deadlineAt.toISOString().replace('.000Z', 'Z')}.`);
  }
  if (session.statusReason && (session.status === 'cancelled' || session.status === 'postponed')) {
    lines.push(session.statusReason);
  }
  if (session.onlineUrl) lines.push(`Online: ${session.onlineUrl}`);
  const agenda = numberAgenda(items)
    .filter(({ item }) => item.isPublic)
    .map(({ item, number }) => `${number}. ${item.title}${item.withdrawnAt ? ' (withdrawn)' : ''}`);
  if (agenda.length > 0) lines.push(...(lines.length > 0 ? [''] : []), 'Agenda:', ...agenda);
  return lines.join('\n');
}

/**
 * One event per session, in UTC. A correspondence session is a point event at its deadline (no DTEND):
 * the deadline is an instant, and an all-day event would lose its hour and could fall on the wrong day
 * in another time zone. A meeting without an end is a point event at its start.
 */
export function sessionEvent(
  session: SessionRow,
  body: Pick<BodyRow, 'name'>,
  items: readonly FeedItem[],
  site: { publicUrl: string; host: string },
): ICalEventData | null {
  const start = session.startsAt ?? session.deadlineAt;
  if (!start) return null;
  return {
    id: `session-${session.id}@${site.host}`,
    sequence: sequenceOf(session),
    // without a METHOD, DTSTAMP is when the event was last revised (RFC 5545 3.8.7.2), which keeps the feed stable
    stamp: lastRevised(session),
    lastModified: lastRevised(session),
    start,
    end: session.startsAt ? session.endsAt : null,
    summary: feedSummary(session, body),
    location: session.place ?? session.onlineUrl ?? null,
    description: describe(session, items),
    url: `${site.publicUrl}/sessions/${session.id}`,
    status: statusOf(session.status),
  };
}
