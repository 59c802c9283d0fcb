/**
 * Why a single sign-on attempt ended without a session. The server redirects the browser to
 * `/sign-in?error=<code>`; the web app shows a translated message for each code.
 */
export const oidcSignInErrors = [
  /** the provider could not be reached, the answer was invalid, expired, tampered with or cancelled */
  'oidc_failed',
  /** the provider did not confirm that the e-mail address belongs to the person */
  'oidc_unverified_email',
  /** no local account has the provider's e-mail address */
  'oidc_no_account',
  /** the local account exists but is disabled */
  'oidc_account_disabled',
] as const;

export type OidcSignInError = (typeof oidcSignInErrors)[number];
