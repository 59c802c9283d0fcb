import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function variableNamedBy(env: Record<string, string>, argv: string[] = []): string | undefined {
  try {
    loadConfig(env, argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      expect(error.message.startsWith(`${error.variable}:`)).toBe(true);
      return error.variable;
    }
    throw error;
  }
  return undefined;
}

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', databaseUrl: undefined, publicUrl: 'http://localhost:3000' });
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['COLLEGIUM_PUBLIC_URL', 'ftp://example.test'],
    ['COLLEGIUM_PUBLIC_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://db.example.test/collegium'],
    ['SMTP_URL', 'http://mail.example.test'],
    ['TRUST_PROXY', 'maybe'],
    ['COLLEGIUM_REQUIRE_ADMIN_TOTP', 'sometimes'],
    ['COLLEGIUM_JOBS', '2'],
    ['COLLEGIUM_JOBS_POLL_MS', '1'],
    ['COLLEGIUM_SESSION_TTL_HOURS', '0'],
    ['COLLEGIUM_LOGIN_MAX_ATTEMPTS', '-3'],
    ['COLLEGIUM_LOCKOUT_MINUTES', 'ten'],
    ['COLLEGIUM_MAX_UPLOAD_MB', '99999'],
    ['COLLEGIUM_ADMIN_EMAIL', 'nobody'],
    ['COLLEGIUM_ADMIN_PASSWORD', 'short'],
  ])('a wrong %s (%s) names the variable', (variable, value) => {
    expect(variableNamedBy({ [variable]: value })).toBe(variable);
  });

  it('names the missing half of the OpenID Connect settings', () => {
    expect(variableNamedBy({ OIDC_ISSUER: 'https://id.example.test' })).toBe('OIDC_CLIENT_ID');
    expect(variableNamedBy({ OIDC_CLIENT_ID: 'collegium' })).toBe('OIDC_ISSUER');
  });

  it('lets flags override the environment, in both spellings', () => {
    const config = loadConfig({ PORT: '3000', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: '/srv/env' }, [
      'serve',
      '--port',
      '4000',
      '--log-level=warn',
      '--data-dir',
      '/srv/flag',
      '--database-url=postgres://db.example.test/collegium',
      '--public-url',
      'https://collegium.example.test/',
    ]);
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'warn',
      dataDir: '/srv/flag',
      databaseUrl: 'postgres://db.example.test/collegium',
      publicUrl: 'https://collegium.example.test',
      secureCookies: true,
    });
  });

  it('names the variable of a wrong or missing flag value', () => {
    expect(variableNamedBy({}, ['--port', 'eighty'])).toBe('PORT');
    expect(variableNamedBy({}, ['--port'])).toBe('PORT');
    expect(variableNamedBy({ DATABASE_URL: 'postgres://ok.example.test/db' }, ['--database-url', 'sqlite:x'])).toBe('DATABASE_URL');
  });
});
