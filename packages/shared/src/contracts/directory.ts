import { Type, type Static, type TSchema } from 'typebox';
import { DECISION_NUMBER_FORMAT_PATTERN } from '../domain/decision-numbers.js';
import { bodyRoles } from '../domain/roles.js';
import { limits } from '../limits.js';

/** The directory: organisations, their bodies, the people in them and their memberships. */

export const organizationKinds = [
  'ministry',
  'government_office',
  'municipality',
  'region',
  'public_company',
  'public_institution',
  'association',
  'network',
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const bodyKinds = [
  'council',
  'coordination_group',
  'working_group',
  'sub_group',
  'network',
  'assembly',
  'committee',
  'team',
  'division',
] as const;
export type BodyKind = (typeof bodyKinds)[number];

export const quorumRules = ['majority_of_members', 'majority_of_voting_members', 'one_third_of_members', 'none'] as const;
/** 'two_thirds', kept for bodies saved before votes had their own rules, means two thirds of those present. */
export const majorityRules = ['simple', 'absolute', 'two_thirds_present', 'two_thirds_members', 'consensus', 'two_thirds'] as const;

export const BodyRole = Type.Enum(bodyRoles);
const DateOnly = Type.String({ format: 'date' });
/** Lower-case letters, digits and single hyphens, as used in public URLs. */
const Slug = Type.String({ minLength: 2, maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
const Name = Type.String({ minLength: 1, maxLength: 300 });
const Uuid = Type.String({ format: 'uuid' });
/**
 * The version of an editable resource, also sent as its `ETag` header. Send it back in `If-Match` on PATCH:
 * a stale one answers 412 precondition_failed (with the current `etag`), a missing one 428 precondition_required.
 */
const ETag = Type.String({ description: 'weak entity tag, e.g. W/"1763774400000"' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Rules of procedure, stored as JSON on the body; sessions and voting read them. */
export const BodyRules = Type.Object({
  quorumRule: Type.Optional(Type.Enum(quorumRules)),
  majorityRule: Type.Optional(Type.Enum(majorityRules)),
  substitutesMayVote: Type.Optional(Type.Boolean()),
  guestsMaySpeak: Type.Optional(Type.Boolean()),
  /** whether abstentions count as votes cast (weighing like a vote against) or are left out; default ignored */
  abstentions: Type.Optional(Type.Enum(['ignored', 'counted'] as const)),
  /** what a tied vote means: the proposal is rejected (default), or the chair's own vote decides */
  tieBreak: Type.Optional(Type.Enum(['rejected', 'chair_decides'] as const)),
  /** votes weigh as each membership's vote weight says (an assembly of member organisations) */
  weightedVotes: Type.Optional(Type.Boolean()),
  /** a member may entrust their vote in a session to another member */
  proxyVoting: Type.Optional(Type.Boolean()),
  /** how many days before a session its materials must be sent */
  materialsDeadlineDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
  /** hours before a session its invitees are reminded (default: 24); an empty list sends no reminders */
  reminderHours: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 720 }), { maxItems: 3, uniqueItems: true })),
  /** an RFC 5545 recurrence rule for regular meetings, e.g. FREQ=WEEKLY;BYDAY=TU;BYHOUR=10 */
  meetingPattern: Type.Optional(Type.String({ maxLength: 200 })),
  /** the IANA time zone the meeting pattern is meant in */
  timeZone: Type.Optional(Type.String({ maxLength: 64 })),
  /** the language of what is written for the body, such as its session packets (else COLLEGIUM_LANGUAGE) */
  language: Type.Optional(Type.Enum(['en', 'sl', 'sr-Latn', 'sr-Cyrl', 'cnr', 'el'] as const)),
  /** how decisions are numbered: text with {body} {year} {session} {item} {n}; default {body}-{year}/{session}-{n} */
  decisionNumberFormat: Type.Optional(Type.String({ minLength: 1, maxLength: 80, pattern: DECISION_NUMBER_FORMAT_PATTERN })),
  /** how many days before a decision's deadline its responsible side and the secretary are reminded (default 7) */
  decisionReminderDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
  /** put a report on the implementation of open decisions on the agenda of each new regular session */
  implementationReportOnAgenda: Type.Optional(Type.Boolean()),
  /** a correspondence session's items leave members at least this many hours to answer, counted from convening (default 4) */
  correspondenceMinHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
  /** and at most this many hours to answer a correspondence item (default 72) */
  correspondenceMaxHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
  /** how many members asking to withdraw a correspondence item take it off, to the next regular session (default 3) */
  withdrawalRequestThreshold: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  /** hours before a correspondence item's deadline members who have not answered are reminded (default 24 and 2) */
  correspondenceReminderHours: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 720 }), { maxItems: 4, uniqueItems: true })),
});
export type BodyRules = Static<typeof BodyRules>;

export const OrganizationRef = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortName: Nullable(Type.String()),
  slug: Type.String(),
});
export type OrganizationRef = Static<typeof OrganizationRef>;

export const Organization = Type.Object({
  id: Type.String(),
  parentId: Nullable(Type.String()),
  kind: Type.Enum(organizationKinds),
  name: Type.String(),
  shortName: Nullable(Type.String()),
  slug: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  website: Nullable(Type.String()),
  address: Nullable(Type.String()),
});
export type Organization = Static<typeof Organization>;

export const OrganizationList = Type.Object({ items: Type.Array(Organization), total: Type.Integer() });
export type OrganizationList = Static<typeof OrganizationList>;

export const OrganizationListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the name, short name or slug' })),
  kind: Type.Optional(Type.Enum(organizationKinds)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: limits.pageSizeMax, default: limits.pageSizeDefault })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type OrganizationListQuery = Static<typeof OrganizationListQuery>;

/** One entry of the flat body list; build the tree from parentId. */
export const BodySummary = Type.Object({
  id: Type.String(),
  organizationId: Type.String(),
  parentId: Nullable(Type.String()),
  kind: Type.Enum(bodyKinds),
  name: Type.String(),
  shortName: Nullable(Type.String()),
  slug: Type.String(),
  isPublic: Type.Boolean(),
  /** the roles the caller holds in this body today */
  myRoles: Type.Array(BodyRole),
});
export type BodySummary = Static<typeof BodySummary>;

export const BodyList = Type.Object({ items: Type.Array(BodySummary), total: Type.Integer() });
export type BodyList = Static<typeof BodyList>;

export const BodyListQuery = Type.Object({
  organizationId: Type.Optional(Type.String({ format: 'uuid' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the name, short name or slug' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type BodyListQuery = Static<typeof BodyListQuery>;

export const OrganizationDetail = Type.Object({
  ...Organization.properties,
  parent: Nullable(OrganizationRef),
  /** the organisation's bodies the caller may see */
  bodies: Type.Array(BodySummary),
  etag: ETag,
});
export type OrganizationDetail = Static<typeof OrganizationDetail>;

export const PersonRef = Type.Object({
  id: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  title: Nullable(Type.String()),
});

/** A person as a body's members see them; e-mail and phone only for those who may read internal data. */
export const MemberPerson = Type.Object({
  ...PersonRef.properties,
  email: Type.Optional(Nullable(Type.String())),
  phone: Type.Optional(Nullable(Type.String())),
});

export const Member = Type.Object({
  membershipId: Type.String(),
  role: BodyRole,
  person: MemberPerson,
  represents: Nullable(OrganizationRef),
  /** the representation slot of `represents` this membership fills (contracts/representation.ts) */
  slot: Nullable(Type.Object({ id: Type.String(), key: Type.String(), label: Type.String() })),
  votingRight: Type.Boolean(),
  /** how much this member's vote weighs where the body's rules weigh votes (1 otherwise) */
  voteWeight: Type.Integer(),
  substitute: Nullable(PersonRef),
  startDate: DateOnly,
  endDate: Nullable(DateOnly),
});
export type Member = Static<typeof Member>;

export const MemberGroup = Type.Object({ role: BodyRole, members: Type.Array(Member) });

export const BodyDetail = Type.Object({
  ...BodySummary.properties,
  description: Nullable(Type.String()),
  rules: BodyRules,
  organization: OrganizationRef,
  parent: Nullable(Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() })),
  /** current members, grouped by role in the order chair, deputies, …, guests */
  memberGroups: Type.Array(MemberGroup),
  /** manage: may add, edit and end memberships; edit: may change the body itself */
  abilities: Type.Object({ readInternal: Type.Boolean(), manage: Type.Boolean(), edit: Type.Boolean() }),
  etag: ETag,
});
export type BodyDetail = Static<typeof BodyDetail>;

export const MyMembership = Type.Object({
  membershipId: Type.String(),
  role: BodyRole,
  body: Type.Object({
    id: Type.String(),
    name: Type.String(),
    shortName: Nullable(Type.String()),
    slug: Type.String(),
    kind: Type.Enum(bodyKinds),
    organizationId: Type.String(),
  }),
  represents: Nullable(OrganizationRef),
  votingRight: Type.Boolean(),
  startDate: DateOnly,
  endDate: Nullable(DateOnly),
});
export type MyMembership = Static<typeof MyMembership>;

export const MyMembershipList = Type.Object({ items: Type.Array(MyMembership) });

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** The `If-Match` header every PATCH of the directory requires (missing → 428, stale → 412). */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({ description: 'the ETag from the last GET; a stale one answers 412, a missing one 428' }),
  ),
});

// Editing: organisations

const Contact = {
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
};

export const OrganizationInput = Type.Object(
  {
    kind: Type.Enum(organizationKinds),
    name: Name,
    shortName: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
    slug: Slug,
    parentId: Type.Optional(Nullable(Uuid)),
    ...Contact,
    website: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 500 }))),
    address: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type OrganizationInput = Static<typeof OrganizationInput>;

export const OrganizationPatch = Type.Partial(OrganizationInput, { additionalProperties: false });
export type OrganizationPatch = Static<typeof OrganizationPatch>;

/** What POST and PATCH of an organisation answer: the organisation and its version. */
export const OrganizationSaved = Type.Object({ ...Organization.properties, etag: ETag });
export type OrganizationSaved = Static<typeof OrganizationSaved>;

// Editing: bodies

/** Rules of procedure as sent by an editor: unknown keys are refused. */
export const BodyRulesInput = Type.Object(BodyRules.properties, { additionalProperties: false });

export const BodyInput = Type.Object(
  {
    organizationId: Uuid,
    parentId: Type.Optional(Nullable(Uuid)),
    kind: Type.Enum(bodyKinds),
    name: Name,
    shortName: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
    slug: Slug,
    /** the body's tasks, as rich text (sanitised HTML) */
    description: Type.Optional(Nullable(Type.String({ maxLength: 20000 }))),
    isPublic: Type.Boolean(),
    rules: Type.Optional(BodyRulesInput),
  },
  { additionalProperties: false },
);
export type BodyInput = Static<typeof BodyInput>;

export const BodyPatch = Type.Partial(BodyInput, { additionalProperties: false });
export type BodyPatch = Static<typeof BodyPatch>;

/** What POST and PATCH of a body answer: the body as GET /bodies/:id shows it. */
export const BodySaved = BodyDetail;
export type BodySaved = BodyDetail;

// People

export const PersonInput = Type.Object(
  {
    givenName: Name,
    familyName: Name,
    title: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    organizationId: Type.Optional(Nullable(Uuid)),
    ...Contact,
  },
  { additionalProperties: false },
);
export type PersonInput = Static<typeof PersonInput>;

export const PersonPatch = Type.Partial(PersonInput, { additionalProperties: false });
export type PersonPatch = Static<typeof PersonPatch>;

/** A person; `email` and `phone` only for staff and administrators, omitted for everyone else. */
export const Person = Type.Object({
  ...PersonRef.properties,
  organization: Nullable(OrganizationRef),
  hasAccount: Type.Boolean(),
  email: Type.Optional(Nullable(Type.String())),
  phone: Type.Optional(Nullable(Type.String())),
});
export type Person = Static<typeof Person>;

export const PersonList = Type.Object({ items: Type.Array(Person), total: Type.Integer() });
export type PersonList = Static<typeof PersonList>;

export const PersonListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the given or family name' })),
  organizationId: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: limits.pageSizeMax, default: limits.pageSizeDefault })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type PersonListQuery = Static<typeof PersonListQuery>;

/** The user account a person signs in with; shown to those who may link accounts (administrators). */
export const PersonAccount = Type.Object({ userId: Type.String(), displayName: Type.String(), email: Type.String() });
export type PersonAccount = Static<typeof PersonAccount>;

export const PersonAccountLink = Type.Object({ userId: Uuid }, { additionalProperties: false });
export type PersonAccountLink = Static<typeof PersonAccountLink>;

/** One person with its version; `account` only for administrators (null: no account). */
export const PersonSaved = Type.Object({ ...Person.properties, account: Type.Optional(Nullable(PersonAccount)), etag: ETag });
export type PersonSaved = Static<typeof PersonSaved>;

// Memberships

export const MAX_VOTE_WEIGHT = 1_000_000;
const VoteWeight = Type.Integer({ minimum: 1, maximum: MAX_VOTE_WEIGHT });

export const MembershipInput = Type.Object(
  {
    personId: Uuid,
    role: BodyRole,
    representsId: Type.Optional(Nullable(Uuid)),
    /** a representation slot of this body that `representsId` (a member organisation) fills with this person */
    slotId: Type.Optional(Nullable(Uuid)),
    votingRight: Type.Optional(Type.Boolean({ default: true })),
    /** the weight of this member's vote where the body weighs votes (default 1) */
    voteWeight: Type.Optional(VoteWeight),
    substituteId: Type.Optional(Nullable(Uuid)),
    startDate: DateOnly,
    endDate: Type.Optional(Nullable(DateOnly)),
  },
  { additionalProperties: false },
);
export type MembershipInput = Static<typeof MembershipInput>;

/** The person and body of a membership do not change; end it and add another instead. */
export const MembershipPatch = Type.Partial(
  Type.Object(
    {
      role: BodyRole,
      representsId: Nullable(Uuid),
      slotId: Nullable(Uuid),
      votingRight: Type.Boolean(),
      voteWeight: VoteWeight,
      substituteId: Nullable(Uuid),
      startDate: DateOnly,
      endDate: Nullable(DateOnly),
    },
    { additionalProperties: false },
  ),
  { additionalProperties: false },
);
export type MembershipPatch = Static<typeof MembershipPatch>;

export const MembershipEnd = Type.Object({ endDate: DateOnly }, { additionalProperties: false });
export type MembershipEnd = Static<typeof MembershipEnd>;

/** A membership with its body; answered by POST, PATCH and end. */
export const MembershipSaved = Type.Object({
  ...Member.properties,
  bodyId: Type.String(),
  etag: ETag,
});
export type MembershipSaved = Static<typeof MembershipSaved>;

export const MembersOnQuery = Type.Object({
  on: Type.Optional(Type.String({ format: 'date', description: 'the day asked about; today when omitted' })),
});
export type MembersOnQuery = Static<typeof MembersOnQuery>;

/** The members of a body on one day, grouped by role. */
export const MembersOn = Type.Object({ on: DateOnly, memberGroups: Type.Array(MemberGroup) });
export type MembersOn = Static<typeof MembersOn>;

/** Every membership a body has had, current, past and future, newest start first. */
export const MembershipHistory = Type.Object({ items: Type.Array(Member) });
export type MembershipHistory = Static<typeof MembershipHistory>;

// Search

export const DirectorySearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200, description: 'part of a name; case and accents are ignored' }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'per kind of result' })),
});
export type DirectorySearchQuery = Static<typeof DirectorySearchQuery>;

/** Bodies, people and organisations matching `q`, each only as far as the caller may see them. */
export const DirectorySearchResult = Type.Object({
  bodies: Type.Array(BodySummary),
  persons: Type.Array(Person),
  organizations: Type.Array(OrganizationRef),
});
export type DirectorySearchResult = Static<typeof DirectorySearchResult>;
