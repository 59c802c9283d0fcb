import { Type, type Static } from 'typebox';
import { bodyKinds, Member } from './directory.js';

/** A person's membership with the body it is in; GET /persons/:id/memberships. */
export const PersonMembership = Type.Object({
  ...Member.properties,
  body: Type.Object({
    id: Type.String(),
    name: Type.String(),
    shortName: Type.Union([Type.String(), Type.Null()]),
    slug: Type.String(),
    kind: Type.Enum(bodyKinds),
  }),
});
export type PersonMembership = Static<typeof PersonMembership>;

/** Every membership of one person in the bodies the caller may see, past and future ones included, newest start first. */
export const PersonMembershipList = Type.Object({ items: Type.Array(PersonMembership) });
export type PersonMembershipList = Static<typeof PersonMembershipList>;
