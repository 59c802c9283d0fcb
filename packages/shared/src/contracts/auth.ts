import { Type, type Static } from 'typebox';
import { installationRoles } from '../domain/roles.js';
import { limits } from '../limits.js';
import { Uuid } from './common.js';

export const supportedLocales = ['en', 'sl', 'sr-Latn', 'sr-Cyrl', 'cnr', 'el'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

export const Email = Type.String({ format: 'email', maxLength: limits.emailMaxLength });
export const Password = Type.String({ minLength: limits.passwordMinLength, maxLength: limits.passwordMaxLength });
export const TotpCode = Type.String({ pattern: '^[0-9]{6}$', description: 'six-digit code from the authenticator app' });
export const Locale = Type.Enum(supportedLocales);
export const InstallationRole = Type.Enum(installationRoles);

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: limits.emailMaxLength }),
    password: Type.String({ minLength: 1, maxLength: limits.passwordMaxLength }),
    totp: Type.Optional(TotpCode),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const Me = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  role: InstallationRole,
  locale: Locale,
  totpEnabled: Type.Boolean(),
  /** an administrator who must set up two-factor sign-in before doing anything else */
  mustEnrolTotp: Type.Boolean(),
  /** send this back in the X-CSRF-Token header on every cookie-authenticated write */
  csrfToken: Type.Union([Type.String(), Type.Null()]),
  abilities: Type.Object({
    administer: Type.Boolean(),
    listUsers: Type.Boolean(),
    readAudit: Type.Boolean(),
    /** the directory: create bodies, add and edit organisations, find, add and edit people, see contacts */
    createBodies: Type.Boolean(),
    manageOrganizations: Type.Boolean(),
    readPeople: Type.Boolean(),
    createPeople: Type.Boolean(),
    editPeople: Type.Boolean(),
    readContacts: Type.Boolean(),
    /** link people of the directory to user accounts (administrators) */
    linkAccounts: Type.Boolean(),
  }),
});
export type Me = Static<typeof Me>;

export const LoginResult = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('totp_required')]),
  csrfToken: Type.String(),
  user: Type.Optional(Me),
});
export type LoginResult = Static<typeof LoginResult>;

export const TotpVerifyBody = Type.Object({ code: TotpCode }, { additionalProperties: false });
/** confirms the set-up with the first code from the new device */
export const TotpEnableBody = TotpVerifyBody;

export const AuthProviders = Type.Object({
  password: Type.Boolean(),
  oidc: Type.Union([Type.Object({ label: Type.String(), startUrl: Type.String() }), Type.Null()]),
});
export type AuthProviders = Static<typeof AuthProviders>;

export const PasswordResetRequestBody = Type.Object({ email: Type.String({ minLength: 1, maxLength: 254 }) }, { additionalProperties: false });
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBody>;
export const PasswordResetConfirmBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export type PasswordResetConfirmBody = Static<typeof PasswordResetConfirmBody>;

export const UpdateMeBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: limits.nameMaxLength })),
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
);
export type UpdateMeBody = Static<typeof UpdateMeBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: limits.passwordMaxLength }), newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const TotpSetup = Type.Object({
  secret: Type.String(),
  otpauthUrl: Type.String(),
  /** the otpauth URL as an SVG QR code */
  qrSvg: Type.String(),
});
export type TotpSetup = Static<typeof TotpSetup>;

export const TotpDisableBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: limits.passwordMaxLength }) },
  { additionalProperties: false },
);

export const ApiToken = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type ApiToken = Static<typeof ApiToken>;

export const ApiTokenList = Type.Object({ items: Type.Array(ApiToken) });
export type ApiTokenList = Static<typeof ApiTokenList>;
export const ApiTokenParams = Type.Object({ id: Uuid });

export const CreateApiTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: limits.tokenNameMaxLength }),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
  },
  { additionalProperties: false },
);
export type CreateApiTokenBody = Static<typeof CreateApiTokenBody>;

export const CreatedApiToken = Type.Object({ ...ApiToken.properties, token: Type.String({ description: "shown once" }) });
export type CreatedApiToken = Static<typeof CreatedApiToken>;
