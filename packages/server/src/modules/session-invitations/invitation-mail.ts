import type { MailMessage } from '../../mail/mailer.js';
import { invitationIcs } from './invitation-ics.js';
import { fill, mailTexts, type MailKind, type MailTexts } from './mail-texts.js';
import type { FactChange, MailedFacts } from './session-facts.js';

export interface MailRecipient {
  name: string;
  email: string;
  locale: string | null;
  role: 'member' | 'substitute' | 'guest';
  /** members and substitutes see closed items; guests only public ones */
  readsClosed: boolean;
}

export interface MailSession {
  id: string;
  kind: 'regular' | 'extraordinary' | 'correspondence';
  number: number;
  title: string | null;
  timeZone: string;
  statusReason: string | null;
  bodyName: string;
}

export interface MailInput {
  kind: MailKind;
  session: MailSession;
  facts: MailedFacts;
  sequence: number;
  stamp: Date;
  recipient: MailRecipient;
  changes?: FactChange[];
  /** the member who sends this recipient as their substitute */
  memberName?: string;
  links: { page: string; answer: string | null };
  site: { host: string; organizer: { name: string; email: string } };
}

export const sessionUid = (sessionId: string, host: string) => `session-${sessionId}@${host}`;

export function formatInstant(texts: MailTexts, zone: string, value: string | null, short = false): string {
  if (!value) return texts.notSet;
  const format = new Intl.DateTimeFormat(
    texts.intl,
    short
      ? { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
      : { timeZone: zone, dateStyle: 'full', timeStyle: 'short' },
  );
  return format.format(new Date(value));
}

/** "5th regular session" in the recipient's language, with the title after a dash when there is one. */
export function sessionName(texts: MailTexts, session: MailSession): string {
  const name = fill(texts.kind[session.kind], { n: texts.ordinal(session.number) });
  return session.title ? `${name} – ${session.title}` : name;
}

/** One line per change the recipient may see: closed items' changes only to readers of closed items. */
export function changeLines(texts: MailTexts, zone: string, changes: FactChange[], readsClosed: boolean): string[] {
  return changes.flatMap((change): string[] => {
    switch (change.kind) {
      case 'convened':
        return [texts.change.convened];
      case 'time':
      case 'deadline':
        return [fill(texts.change[change.kind], { from: formatInstant(texts, zone, change.from, true), to: formatInstant(texts, zone, change.to, true) })];
      case 'place':
      case 'online':
        return [fill(texts.change[change.kind], { from: change.from ?? texts.notSet, to: change.to ?? texts.notSet })];
      default:
        if (!change.isPublic && !readsClosed) return [];
        return [fill(texts.change[change.kind], change.kind === 'moved' ? { title: change.title, from: change.from, to: change.to } : { number: change.number, title: change.title })];
    }
  });
}

function factLines(texts: MailTexts, session: MailSession, facts: MailedFacts, readsClosed: boolean): string[] {
  const zone = session.timeZone;
  const lines: string[] = [];
  if (facts.startsAt) {
    lines.push(`${texts.when}: ${formatInstant(texts, zone, facts.startsAt)} (${zone})`);
  } else if (facts.deadlineAt) {
    lines.push(`${texts.deadline}: ${formatInstant(texts, zone, facts.deadlineAt)} (${zone})`);
  }
  if (facts.place) lines.push(`${texts.place}: ${facts.place}`);
  if (facts.onlineUrl) lines.push(`${texts.online}: ${facts.onlineUrl}`);
  const agenda = facts.items
    .filter((item) => item.isPublic || readsClosed)
    .map((item) => `  ${item.number}. ${item.title}${item.withdrawn ? ` (${texts.withdrawn})` : ''}`);
  if (agenda.length > 0) lines.push('', `${texts.agenda}:`, ...agenda);
  return lines;
}

/** The whole message: text in the recipient's language and the .ics as a text/calendar part. */
export function composeInvitationMail(input: MailInput): MailMessage {
  const { kind, session, facts, recipient } = input;
  const texts = mailTexts(recipient.locale);
  const values = {
    session: sessionName(texts, session),
    body: session.bodyName,
    when: formatInstant(texts, session.timeZone, facts.startsAt ?? facts.deadlineAt, true),
    name: recipient.name,
    member: input.memberName ?? '',
  };
  const opening = {
    invitation: texts.intro[recipient.role],
    update: texts.update,
    cancel: texts.cancel,
    postpone: texts.postpone,
    reminder: texts.remind,
    substitute: texts.sentAsSubstitute,
  }[kind];
  const lines = [fill(texts.hello, values), '', fill(opening, values), ''];
  if (kind === 'update') {
    lines.push(...changeLines(texts, session.timeZone, input.changes ?? [], recipient.readsClosed).map((line) => `- ${line}`), '');
  }
  if ((kind === 'cancel' || kind === 'postpone') && session.statusReason) lines.push(`${texts.reason}: ${session.statusReason}`, '');
  if (kind !== 'cancel') lines.push(...factLines(texts, session, facts, recipient.readsClosed), '');
  if (input.links.answer && kind !== 'cancel' && kind !== 'postpone') lines.push(fill(texts.answer, { link: input.links.answer }));
  lines.push(fill(texts.page, { link: input.links.page }));
  const method = kind === 'cancel' ? 'CANCEL' : 'REQUEST';
  const summary = `${sessionName(texts, session)} – ${session.bodyName}`;
  const content = invitationIcs({
    method,
    postponed: kind === 'postpone',
    uid: sessionUid(session.id, input.site.host),
    sequence: input.sequence,
    stamp: input.stamp,
    facts,
    summary,
    description: factLines(texts, session, facts, recipient.readsClosed).join('\n'),
    url: input.links.page,
    organizer: input.site.organizer,
    attendee: { name: recipient.name, email: recipient.email, role: recipient.role },
  });
  return {
    to: recipient.email,
    subject: fill(texts.subject[kind], values),
    text: `${lines.join('\n')}\n`,
    icalEvent: { method, content, filename: kind === 'cancel' ? 'cancel.ics' : 'invite.ics' },
  };
}
