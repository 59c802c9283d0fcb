import { Type, type Static, type TSchema } from 'typebox';
import { bodyRoles } from '../domain/roles.js';
import { limits } from '../limits.js';

/** The directory: organisations, their bodies, the people in them and their memberships. */

export const organizationKinds = [
  'government',
  'ministry',
  'agency',
  'municipality',
  'region',
  'association',
  'public_company',
  'university',
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
] as const;
export type BodyKind = (typeof bodyKinds)[number];

export const quorumRules = ['majority_of_members', 'majority_of_voting_members', 'one_third_of_members', 'none'] as const;
export const majorityRules = ['simple', 'absolute', 'two_thirds', 'consensus'] as const;

export const BodyRole = Type.Enum(bodyRoles);
const DateOnly = Type.String({ format: 'date' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Rules of procedure, stored as JSON on the body; sessions and voting read them. */
export const BodyRules = Type.Object({
  quorumRule: Type.Optional(Type.Enum(quorumRules)),
  majorityRule: Type.Optional(Type.Enum(majorityRules)),
  substitutesMayVote: Type.Optional(Type.Boolean()),
  guestsMaySpeak: Type.Optional(Type.Boolean()),
  /** how many days before a session its materials must be sent */
  materialsDeadlineDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
  /** an RFC 5545 recurrence rule for regular meetings, e.g. FREQ=WEEKLY;BYDAY=TU;BYHOUR=10 */
  meetingPattern: Type.Optional(Type.String({ maxLength: 200 })),
  /** the IANA time zone the meeting pattern is meant in */
  timeZone: Type.Optional(Type.String({ maxLength: 64 })),
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
  votingRight: Type.Boolean(),
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
  abilities: Type.Object({ readInternal: Type.Boolean(), manage: Type.Boolean() }),
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
