import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../db/schema/index.js';
import { AppError } from '../lib/app-error.js';
import { OpsError } from '../ops/ops-error.js';
import { signIn } from '../test/factories.js';
import { createTestApp } from '../test/harness.js';
import { createAdministrator } from './admin.js';

describe('collegium admin create', () => {
  it('creates an administrator with a generated password shown once, which signs in', async () => {
    const app = await createTestApp();
    const lines: string[] = [];
    const { id } = await createAdministrator(app.deps, { email: 'chief@example.test', displayName: 'Chief Clerk' }, (l) => lines.push(l));
    const [row] = await app.database.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ email: 'chief@example.test', displayName: 'Chief Clerk', role: 'administrator' });
    const password = /password: (\S+)/.exec(lines.join('\n'))?.[1];
    expect(password).toBeDefined();
    await signIn(app, { email: 'chief@example.test', password: password! });
    const audit = await app.database.db.execute(sql`select 1 from audit_events where action = 'user.create' and entity_id = ${id}`);
    expect((audit as unknown as { rows: unknown[] }).rows).toHaveLength(1);
  });

  it('takes the password from COLLEGIUM_ADMIN_PASSWORD and does not print it', async () => {
    const app = await createTestApp({ env: { COLLEGIUM_ADMIN_PASSWORD: 'a long enough secret' } });
    const lines: string[] = [];
    await createAdministrator(app.deps, { email: 'second@example.test' }, (l) => lines.push(l));
    expect(lines.join('\n')).not.toContain('a long enough secret');
    expect(lines.join('\n')).toContain('COLLEGIUM_ADMIN_PASSWORD');
    await signIn(app, { email: 'second@example.test', password: 'a long enough secret' });
  });

  it('refuses an address already in use, whatever its case, and a malformed address', async () => {
    const app = await createTestApp();
    await createAdministrator(app.deps, { email: 'taken@example.test' }, () => undefined);
    const again = createAdministrator(app.deps, { email: 'Taken@Example.test' }, () => undefined);
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toThrow(/already exists/);
    await expect(createAdministrator(app.deps, { email: 'not-an-address' }, () => undefined)).rejects.toBeInstanceOf(OpsError);
  });
});
