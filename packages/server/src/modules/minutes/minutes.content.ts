import type {
  MinutesAttendance,
  MinutesContent,
  MinutesItem,
  MinutesPerson,
  MinutesPoll,
} from '@collegium/shared/contracts/minutes';

/**
 * What a version stores. Beside the contract's fields it keeps the ids of the people it names, so the
 * public audience can name generically whoever is not public in the directory at read time. The ids never
 * leave the server: `presentContent` keeps only the contract's fields.
 */
export interface StoredPerson extends MinutesPerson {
  personId: string | null;
}
export interface StoredSubstitute extends StoredPerson {
  substituteFor: string;
  substituteForId: string | null;
}
export interface StoredAttendance {
  present: StoredPerson[];
  excused: StoredPerson[];
  absent: StoredPerson[];
  substitutes: StoredSubstitute[];
  guests: StoredPerson[];
}
export interface StoredPoll extends Omit<MinutesPoll, 'named'> {
  named: { name: string; option: string; personId: string | null }[] | null;
}
export interface StoredItem extends Omit<MinutesItem, 'polls'> {
  rapporteurPersonId: string | null;
  rapporteurOrganization: string | null;
  polls: StoredPoll[];
}
export interface StoredAmendment {
  kind: string;
  text: string;
  proposer: string | null;
  proposerPersonId: string | null;
  decision: string;
}
export interface StoredContent {
  attendance: StoredAttendance;
  agenda: { adoptedAt: string | null; amendments: StoredAmendment[] };
  items: StoredItem[];
  opening: string;
  closing: string;
}

const person = (p: StoredPerson): MinutesPerson => ({ name: p.name, organization: p.organization, role: p.role });

function presentAttendance(a: StoredAttendance): MinutesAttendance {
  return {
    present: a.present.map(person),
    excused: a.excused.map(person),
    absent: a.absent.map(person),
    substitutes: a.substitutes.map((s) => ({ ...person(s), substituteFor: s.substituteFor })),
    guests: a.guests.map(person),
  };
}

function presentPoll(p: StoredPoll): MinutesPoll {
  return {
    title: p.title,
    method: p.method,
    status: p.status,
    annulledReason: p.annulledReason,
    majorityRule: p.majorityRule,
    counts: p.counts.map((c) => ({ label: c.label, role: c.role, votes: c.votes, voters: c.voters })),
    passed: p.passed,
    named: p.named ? p.named.map((n) => ({ name: n.name, option: n.option })) : null,
  };
}

function presentItem(i: StoredItem): MinutesItem {
  return {
    agendaItemId: i.agendaItemId,
    number: i.number,
    title: i.title,
    kind: i.kind,
    isPublic: i.isPublic,
    rapporteur: i.rapporteur,
    outcome: i.outcome,
    resolutionText: i.resolutionText,
    polls: i.polls.map(presentPoll),
    decisions: i.decisions.map((d) => ({ number: d.number, title: d.title, text: d.text })),
    discussion: i.discussion,
  };
}

/** A stored version as the contract shows it: only its fields, no ids of people. */
export function presentContent(c: StoredContent): MinutesContent {
  return {
    attendance: presentAttendance(c.attendance),
    agenda: {
      adoptedAt: c.agenda.adoptedAt,
      amendments: c.agenda.amendments.map((a) => ({ kind: a.kind, text: a.text, proposer: a.proposer, decision: a.decision })),
    },
    items: c.items.map(presentItem),
    opening: c.opening,
    closing: c.closing,
  };
}
