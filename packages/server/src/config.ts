import path from 'node:path';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly sessionTtlHours: number;
  readonly login: { readonly maxAttempts: number; readonly lockoutMinutes: number };
  readonly requireAdminTotp: boolean;
  readonly admin: { readonly email: string | undefined; readonly password: string | undefined };
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string };
  readonly oidc:
    | { readonly issuer: string; readonly clientId: string; readonly clientSecret: string | undefined; readonly label: string }
    | undefined;
  readonly files: { readonly maxUploadBytes: number };
  readonly jobs: { readonly enabled: boolean; readonly pollMs: number };
  readonly webDist: string | undefined;
  /** the IANA time zone sessions are shown in when their body names none */
  readonly timeZone: string;
  /** the language of what the server writes for a body that names none (session packets) */
  readonly defaultLanguage: (typeof languages)[number];
}

const languages = ['en', 'sl', 'sr-Latn', 'sr-Cyrl', 'cnr', 'el'] as const;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

type Source = Record<string, string | undefined>;

const flagToVariable: Record<string, string> = {
  '--port': 'PORT',
  '--host': 'HOST',
  '--data-dir': 'DATA_DIR',
  '--database-url': 'DATABASE_URL',
  '--public-url': 'COLLEGIUM_PUBLIC_URL',
  '--log-level': 'LOG_LEVEL',
};

/** Turns `--port 4000` / `--port=4000` flags into the environment variables they stand for. */
export function flagsToEnv(argv: readonly string[]): Source {
  const out: Source = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const variable = flagToVariable[flag];
    if (!variable) continue;
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ConfigError(variable, `flag ${flag} needs a value`);
    out[variable] = value;
  }
  return out;
}

function integer(env: Source, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Source, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

function url(env: Source, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads and validates the whole configuration once; a wrong value names its variable. */
function timeZone(env: Source, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw new ConfigError(name, `is not an IANA time zone such as Europe/Ljubljana (got "${value}")`);
  }
  return value;
}

export function loadConfig(env: Source = process.env, argv: readonly string[] = []): Config {
  const merged: Source = { ...env, ...flagsToEnv(argv) };
  const port = integer(merged, 'PORT', 3000, 0, 65535);
  const publicUrl = (url(merged, 'COLLEGIUM_PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(
    /\/+$/,
    '',
  );
  const logLevel = (merged.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!logLevels.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${logLevels.join(', ')}`);

  const adminEmail = merged.COLLEGIUM_ADMIN_EMAIL?.trim() || undefined;
  if (adminEmail && !/^[^\s@]+@[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('COLLEGIUM_ADMIN_EMAIL', 'is not an e-mail address');
  }
  const adminPassword = merged.COLLEGIUM_ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 10) {
    throw new ConfigError('COLLEGIUM_ADMIN_PASSWORD', 'must be at least 10 characters long');
  }

  const oidcIssuer = url(merged, 'OIDC_ISSUER', ['http:', 'https:']);
  const oidcClientId = merged.OIDC_CLIENT_ID?.trim() || undefined;
  if (oidcIssuer && !oidcClientId) throw new ConfigError('OIDC_CLIENT_ID', 'is required when OIDC_ISSUER is set');
  if (oidcClientId && !oidcIssuer) throw new ConfigError('OIDC_ISSUER', 'is required when OIDC_CLIENT_ID is set');

  const defaultLanguage = (merged.COLLEGIUM_LANGUAGE?.trim() || 'en') as Config['defaultLanguage'];
  if (!languages.includes(defaultLanguage)) {
    throw new ConfigError('COLLEGIUM_LANGUAGE', `must be one of ${languages.join(', ')}`);
  }

  const dataDir = path.resolve(merged.DATA_DIR?.trim() || 'data');
  const databaseUrl = url(merged, 'DATABASE_URL', ['postgres:', 'postgresql:']);

  return Object.freeze({
    port,
    host: merged.HOST?.trim() || '0.0.0.0',
    dataDir,
    databaseUrl,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    trustProxy: boolean(merged, 'TRUST_PROXY', false),
    logLevel,
    sessionTtlHours: integer(merged, 'COLLEGIUM_SESSION_TTL_HOURS', 12, 1, 24 * 90),
    login: Object.freeze({
      maxAttempts: integer(merged, 'COLLEGIUM_LOGIN_MAX_ATTEMPTS', 5, 1, 100),
      lockoutMinutes: integer(merged, 'COLLEGIUM_LOCKOUT_MINUTES', 15, 1, 24 * 60),
    }),
    requireAdminTotp: boolean(merged, 'COLLEGIUM_REQUIRE_ADMIN_TOTP', false),
    admin: Object.freeze({ email: adminEmail, password: adminPassword }),
    mail: Object.freeze({
      smtpUrl: url(merged, 'SMTP_URL', ['smtp:', 'smtps:']),
      from: merged.MAIL_FROM?.trim() || 'Collegium <no-reply@localhost>',
    }),
    oidc:
      oidcIssuer && oidcClientId
        ? Object.freeze({
            issuer: oidcIssuer,
            clientId: oidcClientId,
            clientSecret: merged.OIDC_CLIENT_SECRET || undefined,
            label: merged.OIDC_LABEL?.trim() || 'Single sign-on',
          })
        : undefined,
    files: Object.freeze({ maxUploadBytes: integer(merged, 'COLLEGIUM_MAX_UPLOAD_MB', 50, 1, 2048) * 1024 * 1024 }),
    jobs: Object.freeze({
      enabled: boolean(merged, 'COLLEGIUM_JOBS', true),
      pollMs: integer(merged, 'COLLEGIUM_JOBS_POLL_MS', 1000, 10, 600000),
    }),
    webDist: merged.COLLEGIUM_WEB_DIST?.trim() || undefined,
    timeZone: timeZone(merged, 'COLLEGIUM_TIME_ZONE', 'Europe/Ljubljana'),
    defaultLanguage,
  });
}
