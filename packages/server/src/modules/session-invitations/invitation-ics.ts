import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MailedFacts } from './session-facts.js';

export interface IcsInput {
  method: 'REQUEST' | 'CANCEL';
  /** a postponed session stays in the calendar as tentative until its new date is mailed */
  postponed: boolean;
  uid: string;
  sequence: number;
  /** when the mailed facts were taken; DTSTAMP of the message */
  stamp: Date;
  facts: MailedFacts;
  summary: string;
  description: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string; role: 'member' | 'substitute' | 'guest' };
}

/**
 * One VEVENT with METHOD:REQUEST or CANCEL. Times are written in UTC (a Date with a TZID but no VTIMEZONE
 * moves the meeting in some programs); calendar programs show them in the reader's zone. A correspondence
 * session is a point event at its deadline, as in the calendar feeds, with the same UID.
 */
export function invitationIcs(input: IcsInput): string {
  const { facts } = input;
  const start = facts.startsAt ?? facts.deadlineAt;
  if (!start) throw new Error('a session without a time cannot be put in a calendar');
  const calendar = ical({
    prodId: { company: 'Collegium', product: 'invitations', language: 'EN' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: new Date(start),
    end: facts.startsAt && facts.endsAt ? new Date(facts.endsAt) : null,
    summary: input.summary,
    location: facts.place ?? facts.onlineUrl ?? null,
    description: input.description,
    url: input.url,
    status:
      input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : input.postponed ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: [
      {
        name: input.attendee.name,
        email: input.attendee.email,
        role: input.attendee.role === 'guest' ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        // answers are given in Collegium (the link in the mail), not by a calendar reply to a no-reply address
        rsvp: false,
      },
    ],
  });
  return calendar.toString();
}
