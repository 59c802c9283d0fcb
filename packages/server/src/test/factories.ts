import { randomUUID } from 'node:crypto';
import type { BodyRole, InstallationRole } from '@collegium/shared/domain/roles';
import { inTransaction, systemCtx } from '../context.js';
import { insertBody, type NewBody } from '../modules/directory/bodies.service.js';
import { insertMembership, insertPerson, type NewMembership, type NewPerson } from '../modules/directory/memberships.service.js';
import { insertOrganization, type NewOrganization } from '../modules/directory/organizations.service.js';
import { insertUser } from '../modules/users/users.service.js';
import type { TestApp } from './harness.js';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function buildUser(
  app: TestApp,
  over: { role?: InstallationRole; email?: string; displayName?: string; password?: string } = {},
): Promise<TestUser> {
  const email = over.email ?? `user-${randomUUID().slice(0, 8)}@example.test`;
  const password = over.password ?? TEST_PASSWORD;
  const { id } = await insertUser(systemCtx(app.deps, 'test'), {
    email,
    displayName: over.displayName ?? 'Test User',
    role: over.role ?? 'user',
    password,
  });
  return { id, email, password };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  /** headers for app.server.inject: the cookie, and the CSRF token for writes */
  headers: Record<string, string>;
}

/** Signs in through the real login route and returns what a browser would keep. */
export async function signIn(app: TestApp, user: { email: string; password: string }): Promise<Session> {
  const response = await app.server.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'collegium_session');
  if (!cookie) throw new Error('sign-in set no session cookie');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const cookieHeader = `collegium_session=${cookie.value}`;
  return { cookie: cookieHeader, csrfToken, headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken } };
}

// Directory: organisations, bodies, persons, memberships — written as the system, audited like real data.

export interface TestOrganization {
  id: string;
  slug: string;
  name: string;
}

export async function buildOrganization(
  app: TestApp,
  over: Partial<Omit<NewOrganization, 'slug'>> & { slug?: string } = {},
): Promise<TestOrganization> {
  const slug = over.slug ?? `org-${randomUUID().slice(0, 8)}`;
  const name = over.name ?? `Test Organisation ${slug}`;
  const { id } = await inTransaction(systemCtx(app.deps, 'test'), (tx) =>
    insertOrganization(tx, { kind: 'ministry', ...over, name, slug }),
  );
  return { id, slug, name };
}

export interface TestBody {
  id: string;
  organizationId: string;
  slug: string;
  isPublic: boolean;
}

/** A body of `organization` (a new one when omitted); private unless `isPublic`. */
export async function buildBody(
  app: TestApp,
  over: Partial<Omit<NewBody, 'organizationId'>> & { organization?: { id: string } } = {},
): Promise<TestBody> {
  const { organization, ...rest } = over;
  const organizationId = (organization ?? (await buildOrganization(app))).id;
  const slug = rest.slug ?? `body-${randomUUID().slice(0, 8)}`;
  const isPublic = rest.isPublic ?? false;
  const { id } = await inTransaction(systemCtx(app.deps, 'test'), (tx) =>
    insertBody(tx, {
      kind: 'working_group',
      name: `Test Body ${slug}`,
      rules: { quorumRule: 'majority_of_members', majorityRule: 'simple' },
      ...rest,
      slug,
      isPublic,
      organizationId,
    }),
  );
  return { id, organizationId, slug, isPublic };
}

export interface TestPerson {
  id: string;
  email: string | null;
}

export async function buildPerson(
  app: TestApp,
  over: Partial<NewPerson> & { user?: { id: string }; organization?: { id: string } } = {},
): Promise<TestPerson> {
  const { user, organization, ...rest } = over;
  const email = rest.email === undefined ? `person-${randomUUID().slice(0, 8)}@example.test` : rest.email;
  const { id } = await inTransaction(systemCtx(app.deps, 'test'), (tx) =>
    insertPerson(tx, {
      givenName: 'Test',
      familyName: 'Person',
      phone: '+386 1 555 0000',
      ...rest,
      email,
      userId: user?.id ?? rest.userId ?? null,
      organizationId: organization?.id ?? rest.organizationId ?? null,
    }),
  );
  return { id, email };
}

/** A membership running since a year ago unless dates are given. */
export async function buildMembership(
  app: TestApp,
  input: { body: { id: string }; person: { id: string }; role?: BodyRole } & Partial<
    Omit<NewMembership, 'bodyId' | 'personId' | 'role'>
  >,
): Promise<{ id: string }> {
  const { body, person, role, ...rest } = input;
  const yearAgo = new Date(app.clock.now().getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
  return inTransaction(systemCtx(app.deps, 'test'), (tx) =>
    insertMembership(tx, { startDate: yearAgo, ...rest, bodyId: body.id, personId: person.id, role: role ?? 'member' }),
  );
}

/** A user with an account, a person record and a membership of `body` in `role`. */
export async function buildMember(
  app: TestApp,
  body: { id: string },
  role: BodyRole = 'member',
  over: { organization?: { id: string }; userRole?: InstallationRole } = {},
): Promise<TestUser & { personId: string }> {
  const user = await buildUser(app, { role: over.userRole ?? 'user' });
  const person = await buildPerson(app, { user, email: user.email, ...(over.organization ? { organization: over.organization } : {}) });
  await buildMembership(app, { body, person, role });
  return { ...user, personId: person.id };
}
