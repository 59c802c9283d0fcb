/** Every URL of the web app and the API, written once. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  enrolTotp: '/set-up-two-factor',
  profile: '/profile',
  adminUsers: '/admin/users',
  adminAudit: '/admin/audit',
  directory: '/directory',
  body: '/directory/bodies/:id',
  organizations: '/directory/organizations',
  organization: '/directory/organizations/:id',
} as const;

/** Links to pages whose URL carries a record's id. */
export const links = {
  body: (id: string) => `/directory/bodies/${encodeURIComponent(id)}`,
  organization: (id: string) => `/directory/organizations/${encodeURIComponent(id)}`,
} as const;

export const apiPaths = {
  login: '/api/v1/auth/login',
  totp: '/api/v1/auth/totp',
  logout: '/api/v1/auth/logout',
  logoutEverywhere: '/api/v1/auth/logout-everywhere',
  providers: '/api/v1/auth/providers',
  passwordResetRequest: '/api/v1/auth/password-reset/request',
  passwordResetConfirm: '/api/v1/auth/password-reset/confirm',
  me: '/api/v1/me',
  mePassword: '/api/v1/me/password',
  totpSetup: '/api/v1/me/totp/setup',
  totpEnable: '/api/v1/me/totp/enable',
  totpDisable: '/api/v1/me/totp/disable',
  tokens: '/api/v1/me/tokens',
  token: (id: string) => `/api/v1/me/tokens/${encodeURIComponent(id)}`,
  users: '/api/v1/users',
  user: (id: string) => `/api/v1/users/${encodeURIComponent(id)}`,
  audit: '/api/v1/audit',
  bodies: '/api/v1/bodies',
  body: (id: string) => `/api/v1/bodies/${encodeURIComponent(id)}`,
  organizations: '/api/v1/organizations',
  organization: (id: string) => `/api/v1/organizations/${encodeURIComponent(id)}`,
  myMemberships: '/api/v1/me/memberships',
  bodyMemberships: (id: string) => `/api/v1/bodies/${encodeURIComponent(id)}/memberships`,
  persons: '/api/v1/persons',
  endMembership: (id: string) => `/api/v1/memberships/${encodeURIComponent(id)}/end`,
} as const;
