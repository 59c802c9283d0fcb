import { Type, type Static, type TSchema } from 'typebox';
import { BodyRole, MemberPerson, OrganizationRef } from './directory.js';

/**
 * Representation in networks: the named slots a body asks each member organisation to fill ("general
 * administration", "ICT — portal administrator"), the body's member organisations, and who fills which
 * slot. A membership fills a slot through its `slotId`; its `representsId` is the member organisation.
 */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateOnly = Type.String({ format: 'date' });
const Uuid = Type.String({ format: 'uuid' });
const ETag = Type.String({ description: 'weak entity tag; send it back in If-Match' });

/** A slot's stable key: lower-case letters, digits and single hyphens (kept when the label changes). */
export const SlotKey = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
export const SlotLabel = Type.String({ minLength: 1, maxLength: 200 });

export const Slot = Type.Object({
  id: Type.String(),
  key: Type.String(),
  label: Type.String(),
  position: Type.Integer(),
});
export type Slot = Static<typeof Slot>;

/** The slots of a body in their order, with the version of the whole list (ETag) for PUT. */
export const SlotList = Type.Object({ items: Type.Array(Slot), etag: ETag });
export type SlotList = Static<typeof SlotList>;

/** One slot as the answer to adding or renaming it, with its own version. */
export const SlotSaved = Type.Object({ ...Slot.properties, bodyId: Type.String(), etag: ETag });
export type SlotSaved = Static<typeof SlotSaved>;

export const SlotInput = Type.Object(
  {
    label: SlotLabel,
    /** made from the label when omitted */
    key: Type.Optional(SlotKey),
  },
  { additionalProperties: false },
);
export type SlotInput = Static<typeof SlotInput>;

export const SlotPatch = Type.Object({ label: SlotLabel }, { additionalProperties: false });
export type SlotPatch = Static<typeof SlotPatch>;

/** The whole list in its new order: existing slots by id (renamed when the label differs), new ones without. */
export const SlotListReplace = Type.Object(
  {
    items: Type.Array(
      Type.Object({ id: Type.Optional(Uuid), key: Type.Optional(SlotKey), label: SlotLabel }, { additionalProperties: false }),
      { maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);
export type SlotListReplace = Static<typeof SlotListReplace>;

/** Every slot of the body, each once, in the new order. */
export const SlotOrder = Type.Object({ slotIds: Type.Array(Uuid, { maxItems: 50 }) }, { additionalProperties: false });
export type SlotOrder = Static<typeof SlotOrder>;

export const SlotParams = Type.Object({ id: Uuid, slotId: Uuid });

export const MemberOrganization = Type.Object({
  id: Type.String(),
  bodyId: Type.String(),
  organization: OrganizationRef,
  joinedOn: DateOnly,
  leftOn: Nullable(DateOnly),
  /** a member today */
  current: Type.Boolean(),
  etag: ETag,
});
export type MemberOrganization = Static<typeof MemberOrganization>;

/** The body's member organisations, current, past and future, by name. */
export const MemberOrganizationList = Type.Object({ items: Type.Array(MemberOrganization) });
export type MemberOrganizationList = Static<typeof MemberOrganizationList>;

export const MemberOrganizationInput = Type.Object(
  { organizationId: Uuid, joinedOn: DateOnly, leftOn: Type.Optional(Nullable(DateOnly)) },
  { additionalProperties: false },
);
export type MemberOrganizationInput = Static<typeof MemberOrganizationInput>;

export const MemberOrganizationEnd = Type.Object({ leftOn: DateOnly }, { additionalProperties: false });
export type MemberOrganizationEnd = Static<typeof MemberOrganizationEnd>;

/** Ending a member organisation also ends the memberships that fill its slots on the same day. */
export const MemberOrganizationEnded = Type.Object({
  ...MemberOrganization.properties,
  endedMembershipIds: Type.Array(Type.String()),
});
export type MemberOrganizationEnded = Static<typeof MemberOrganizationEnded>;

export const Seat = Type.Object({
  slotId: Type.String(),
  /** who fills the slot on the day, or null when it is unfilled */
  holder: Nullable(
    Type.Object({
      membershipId: Type.String(),
      role: BodyRole,
      person: MemberPerson,
      startDate: DateOnly,
      endDate: Nullable(DateOnly),
    }),
  ),
});
export type Seat = Static<typeof Seat>;

export const RepresentedOrganization = Type.Object({
  memberOrganizationId: Type.String(),
  organization: OrganizationRef,
  joinedOn: DateOnly,
  leftOn: Nullable(DateOnly),
  /** one per slot, in slot order */
  seats: Type.Array(Seat),
  unfilled: Type.Integer(),
});
export type RepresentedOrganization = Static<typeof RepresentedOrganization>;

/** Per member organisation on a day, each slot with the person filling it or empty. */
export const Representation = Type.Object({
  on: DateOnly,
  slots: Type.Array(Slot),
  /** the version of the slot list, for If-Match on PUT /slots and /slots/order */
  slotsEtag: ETag,
  organizations: Type.Array(RepresentedOrganization),
  unfilledTotal: Type.Integer(),
  /** how many member organisations have at least one unfilled slot */
  organizationsWithUnfilled: Type.Integer(),
});
export type Representation = Static<typeof Representation>;

export const RepresentationQuery = Type.Object({
  on: Type.Optional(Type.String({ format: 'date', description: 'the day asked about; today when omitted' })),
});
export type RepresentationQuery = Static<typeof RepresentationQuery>;
