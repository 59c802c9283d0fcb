/** Installation-wide roles, strongest first. */
export const installationRoles = ['administrator', 'staff', 'user'] as const;
export type InstallationRole = (typeof installationRoles)[number];

/** Roles a person holds through membership of a body. */
export const bodyRoles = [
  'chair',
  'deputy_chair',
  'deputy',
  'coordinator',
  'secretary',
  'member',
  'observer',
  'guest',
] as const;
export type BodyRole = (typeof bodyRoles)[number];

/** Roles that may manage a body's sessions and membership. */
export const bodyManagerRoles: readonly BodyRole[] = ['chair', 'secretary', 'coordinator'];

/** Roles that take part in a body's work and may read its internal material. */
export const bodyParticipantRoles: readonly BodyRole[] = [
  'chair',
  'deputy_chair',
  'deputy',
  'coordinator',
  'secretary',
  'member',
  'observer',
];

/**
 * Roles with a seat: they count in the quorum, record positions before a meeting and (with a voting right)
 * vote. The secretary runs the session's paperwork and has no seat; a secretary who is also a member holds a
 * second, member membership. Observers and standing guests attend without a seat.
 */
export const seatRoles: readonly BodyRole[] = ['chair', 'deputy_chair', 'deputy', 'coordinator', 'member'];
