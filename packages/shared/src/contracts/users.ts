import { Type, type Static } from 'typebox';
import { limits } from '../limits.js';
import { Email, InstallationRole, Password } from './auth.js';
import { Uuid } from './common.js';

export const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  role: InstallationRole,
  totpEnabled: Type.Boolean(),
  disabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  /** the person of the directory this account is (lists and reads of one user; null: none) */
  person: Type.Optional(Type.Union([Type.Object({ id: Type.String(), givenName: Type.String(), familyName: Type.String(), title: Type.Union([Type.String(), Type.Null()]) }), Type.Null()])),
});
export type User = Static<typeof User>;

export const UserList = Type.Object({ items: Type.Array(User), total: Type.Integer() });
export type UserList = Static<typeof UserList>;
export const UserParams = Type.Object({ id: Uuid });

export const UserListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: limits.pageSizeMax, default: limits.pageSizeDefault })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type UserListQuery = Static<typeof UserListQuery>;

export const CreateUserBody = Type.Object(
  {
    email: Email,
    displayName: Type.String({ minLength: 1, maxLength: limits.nameMaxLength }),
    role: InstallationRole,
    /** without a password the user receives an e-mail to set one */
    password: Type.Optional(Password),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: limits.nameMaxLength })),
    role: Type.Optional(InstallationRole),
    disabled: Type.Optional(Type.Boolean()),
    /** clears a lockout after failed sign-ins */
    unlock: Type.Optional(Type.Boolean()),
    /** removes two-factor sign-in, for a user who lost their device */
    resetTotp: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const AuditEvent = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String({ format: 'date-time' }),
  actorLabel: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  summary: Type.Unknown(),
});
export type AuditEvent = Static<typeof AuditEvent>;

export const AuditList = Type.Object({ items: Type.Array(AuditEvent), total: Type.Integer() });
export const AuditListQuery = Type.Object({
  entityType: Type.Optional(Type.String({ maxLength: 100 })),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: limits.pageSizeMax, default: limits.pageSizeDefault })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
