import { Type, type Static, type TSchema } from 'typebox';
import { bodyRoles } from '../domain/roles.js';
import { quorumRules } from './directory.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601, stored in UTC' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * expected: nothing recorded yet; present (arrivedAt: when registered); late (arrivedAt: the late arrival);
 * left_early (leftAt); excused; absent. Closing stamps leftAt on everyone still present.
 */
export const attendanceStatuses = ['expected', 'present', 'late', 'left_early', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const attendanceKinds = ['member', 'substitute', 'guest'] as const;

export const AttendanceQuery = Type.Object({
  agendaItemId: Type.Optional(Type.String({ format: 'uuid', description: 'the quorum for this item: members with a declared conflict of interest leave its base' })),
});
export type AttendanceQuery = Static<typeof AttendanceQuery>;

export const AttendanceParams = Type.Object({ id: Uuid, personId: Uuid });
export const AttendanceGuestParams = Type.Object({ id: Uuid, guestId: Uuid });

const PersonRef = Type.Object({ personId: Uuid, name: Type.String() });
export type AttendancePersonRef = Static<typeof PersonRef>;

export const AttendanceEntry = Type.Object({
  /** null while the roster is only expected (before the session starts, nothing recorded for this person) */
  id: Nullable(Uuid),
  kind: Type.Enum(attendanceKinds),
  /** null for a guest added by name */
  personId: Nullable(Uuid),
  name: Type.String(),
  organizationName: Nullable(Type.String()),
  /** a member's role in the body on the session's date */
  role: Nullable(Type.Enum(bodyRoles)),
  votingRight: Type.Boolean(),
  status: Type.Enum(attendanceStatuses),
  arrivedAt: Nullable(DateTime),
  leftAt: Nullable(DateTime),
  note: Nullable(Type.String()),
  /** a substitute: the member whose seat they take */
  substituteFor: Nullable(PersonRef),
  /** a member: the substitute named in their membership */
  namedSubstitute: Nullable(PersonRef),
  /** a member: the substitute in the room in their place now */
  representedBy: Nullable(PersonRef),
  /** whether this counts toward the quorum now (a member in the room, or a substitute filling a seat) */
  countsForQuorum: Type.Boolean(),
});
export type AttendanceEntry = Static<typeof AttendanceEntry>;

export const QuorumState = Type.Object({
  rule: Type.Enum(quorumRules),
  base: Type.Integer({ description: 'seats the rule counts' }),
  needed: Type.Integer(),
  present: Type.Integer({ description: 'seats filled now' }),
  met: Type.Boolean(),
  substitutesCount: Type.Boolean({ description: 'substitutes fill their absent member’s seat (the body’s substitutesMayVote)' }),
  /** the agenda item this quorum is for (its conflicted members out of the base); null for the sitting */
  agendaItemId: Nullable(Uuid),
  /** who is out of the base for that item: members with a declared conflict of interest, and their substitutes */
  excludedPersonIds: Type.Array(Uuid),
});
export type QuorumState = Static<typeof QuorumState>;

export const AttendanceRoster = Type.Object({
  sessionId: Uuid,
  sessionStatus: Type.String(),
  /** the session is closed: nothing changes any more */
  frozen: Type.Boolean(),
  /** members: chair, deputies, coordinator, secretary, members, then observers (the secretary and observers have no seat) */
  members: Type.Array(AttendanceEntry),
  substitutes: Type.Array(AttendanceEntry),
  guests: Type.Array(AttendanceEntry),
  quorum: QuorumState,
  abilities: Type.Object({
    /** register attendance and guests (the body's chair, secretary or coordinator) */
    manage: Type.Boolean(),
    /** check oneself in ("I am here"): on the roster, the session in progress, not in the room yet */
    checkIn: Type.Boolean(),
  }),
});
export type AttendanceRoster = Static<typeof AttendanceRoster>;

export const AttendanceInput = Type.Object(
  {
    status: Type.Enum(attendanceStatuses),
    /** when they arrived (late) or left (left_early); now when omitted; never in the future */
    at: Type.Optional(DateTime),
    /** a substitute: the member (person id) whose seat they take */
    substituteFor: Type.Optional(Uuid),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type AttendanceInput = Static<typeof AttendanceInput>;

/** A guest from the directory (personId) or by name (and organisation): one of the two. */
export const GuestInput = Type.Object(
  {
    personId: Type.Optional(Uuid),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    organization: Type.Optional(Type.String({ maxLength: 300 })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type GuestInput = Static<typeof GuestInput>;
