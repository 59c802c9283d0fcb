import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { TestBody, TestOrganization, TestUser } from './factories.js';

/**
 * Roles × routes. Every route of the app must have an entry here (the first test names any that lacks
 * one), and a row for a route that does not exist fails too. When you add a route, add its row: what
 * each kind of caller gets. A fixture a row needs goes into `Fixture` below and permission-matrix.fixture.ts.
 * The rows run in shards (permission-matrix.<k>.test.ts, see permission-matrix.check.ts), so workers share them.
 */

export const roles = [
  'anonymous',
  'user', // signed in, no memberships, no organisation
  'memberA', // member of body A (private, organisation A)
  'secretaryA',
  'observerA',
  'guestA',
  'chairB', // chair of body B (private, organisation B)
  'staff',
  'administrator',
] as const;
export type Role = (typeof roles)[number];
const bodyARoles: readonly Role[] = ['memberA', 'secretaryA', 'observerA', 'guestA'];

/**
 * - ok: 2xx
 * - allowed: past the access checks; the route may still refuse the input (4xx other than 401/403)
 * - unauthenticated: 401; forbidden: 403; hidden: 404; denied: 403 or 404
 * - rejected: any 4xx (nothing to do for this caller, e.g. a second factor nobody owes)
 */
export type Outcome = 'ok' | 'allowed' | 'unauthenticated' | 'forbidden' | 'hidden' | 'denied' | 'rejected';
type Expectations = Record<Role, Outcome>;

export interface Fixture {
  orgA: TestOrganization;
  orgB: TestOrganization;
  publicBody: TestBody;
  bodyA: TestBody;
  bodyB: TestBody;
  throwaway: TestUser;
  /** an API token of the administrator, created through the API on first use */
  adminTokenId(): Promise<string>;
  /** a file the administrator uploaded, created through the API on first use */
  adminFileSha(): Promise<string>;
  /** a dry run of an organisations file the administrator started, created through the API on first use */
  adminImportRunId(): Promise<string>;
  /** the ETag the administrator reads at `url` now, for If-Match */
  etag(url: string): Promise<string>;
  /** a new draft session of body A with one item, created through the API */
  newSessionA(): Promise<{ id: string; etag: string; agendaEtag: string; itemId: string; itemEtag: string }>;
  /** a new draft poll on the item of a new draft session of body A, with its ETag */
  newPollA(): Promise<{ id: string; etag: string; sessionId: string }>;
  /** a new decision adopted on the item of a new draft session of body A, with its ETag */
  newDecisionA(): Promise<{ id: string; etag: string }>;
  /** new minutes (with one open comment) of a new draft session of body A, approved or submitted — states no new session suggests */
  newMinutesA(status: 'approved' | 'submitted'): Promise<{ id: string; commentId: string }>;
  /** a new decision of body A with a progress report by the administrator that attaches their file */
  newDecisionReportA(): Promise<{ decisionId: string; attachmentHref: string }>;
  /** a new material (a text file uploaded by the administrator) of an item of a new draft of body A */
  newMaterialA(): Promise<{ id: string; documentId: string }>;
  /** a convened session of the public body with a closed item, created through the API on first use */
  convenedPublicSessionId(): Promise<string>;
  /** a new daily series of body A starting tomorrow, with its ETag and first occurrence, created through the API */
  newSeriesA(): Promise<{ id: string; etag: string; firstStart: string }>;
  /** what the administrator reads at `url` now */
  read(url: string): Promise<Record<string, unknown>>;
  /** a new person of the directory, with its ETag */
  newPerson(): Promise<{ id: string; etag: string }>;
  /** a new membership in body A (2020), with its ETag and person */
  newMembershipA(): Promise<{ id: string; etag: string; personId: string }>;
  /** a new representation slot of body A, with its ETag */
  newSlotA(): Promise<{ id: string; etag: string }>;
  /** a new organisation made a member organisation of body A (2020) */
  newMemberOrganizationA(): Promise<{ id: string }>;
  /** a new organisation of the directory */
  newOrganizationId(): Promise<string>;
}

export interface Case {
  name: string;
  request: (fx: Fixture) => Promise<Request> | Request;
  expect: Expectations;
  /** sign in a separate session for this call: the route ends sessions */
  ownSession?: boolean;
  /** the route ends every session of the caller: sign in afresh afterwards */
  endsAllSessions?: boolean;
  /** extra checks on a response that met its expectation; return a complaint or nothing */
  check?: (role: Role, response: LightMyRequestResponse, fx: Fixture) => string | undefined;
}
export interface Request {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
}
type Entry = Case[];

const all = (outcome: Outcome): Expectations =>
  Object.fromEntries(roles.map((role) => [role, outcome])) as Expectations;
const signedIn = (outcome: Outcome = 'ok', over: Partial<Expectations> = {}): Expectations => ({
  ...all(outcome),
  anonymous: 'unauthenticated',
  ...over,
});
const onlyFor = (granted: readonly Role[], otherwise: Outcome = 'forbidden'): Expectations =>
  signedIn(otherwise, Object.fromEntries(granted.map((role) => [role, 'ok'])));
const staffRoles: readonly Role[] = ['staff', 'administrator'];
/** sessions of body A are changed by its secretary and administrators; who may not read a draft does not see it */
const sessionManagersOfA: Expectations = {
  ...all('forbidden'),
  anonymous: 'unauthenticated',
  user: 'hidden',
  chairB: 'hidden',
  guestA: 'hidden',
  secretaryA: 'ok',
  administrator: 'ok',
};
/** the meeting of a session of body A is run by its managers, only while it is in progress (a draft answers 409) */
const meetingRunnersOfA: Expectations = { ...sessionManagersOfA, secretaryA: 'allowed', administrator: 'allowed' };
/** who manages body A: its secretary and administrators; others who may see it are refused, the rest do not see it */
const managersOfA: Expectations = {
  ...all('forbidden'),
  anonymous: 'unauthenticated',
  user: 'hidden',
  chairB: 'hidden',
  secretaryA: 'ok',
  administrator: 'ok',
};

const NIL_UUID = '6f1c1d2e-0000-4000-8000-000000000000';
/** the next 30 days, for calendar requests */
const calendarWindow = () => `from=${new Date().toISOString()}&to=${new Date(Date.now() + 30 * 86_400_000).toISOString()}`;
const WRONG_PASSWORD = 'not the right password';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A PNG with a random tail after its end, so every upload is a different file (the store dedupes by hash). */
/** A CSV file in the multipart field "file", for directory imports. */
export function multipartCsv(content: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `matrix${randomUUID().replaceAll('-', '')}`;
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="import.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** a small text file with distinct bytes in the form field `field` */
export function multipartText(field: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `matrix${randomUUID().replaceAll('-', '')}`;
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="matrix.txt"\r\nContent-Type: text/plain\r\n\r\n` +
      `Matrix material ${randomUUID()}\r\n--${boundary}--\r\n`,
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export function multipartPng(): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `matrix${randomUUID().replaceAll('-', '')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="pixel.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    PNG,
    Buffer.from(randomUUID()),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const listedIds = (response: LightMyRequestResponse, key: 'items' | 'bodies'): string[] =>
  ((response.json() as Record<string, { id?: string; body?: { id: string } }[]>)[key] ?? []).map(
    (item) => item.id ?? item.body?.id ?? '',
  );

/** Complains when contact details are shown to someone who may not see them, or missing for someone who may. */
const contactsOnlyFor =
  (entitled: readonly Role[]) =>
  (role: Role, response: LightMyRequestResponse): string | undefined => {
    const shows = /"email":"[^"]+@/.test(response.body);
    if (shows && !entitled.includes(role)) return 'members’ e-mail addresses were shown';
    if (!shows && entitled.includes(role)) return 'members’ e-mail addresses were missing';
    return undefined;
  };

export const matrix: Record<string, Entry> = {
  // Operations
  'GET /healthz': [{ name: 'liveness', request: () => ({ url: '/healthz' }), expect: all('ok') }],
  'GET /readyz': [{ name: 'readiness', request: () => ({ url: '/readyz' }), expect: all('ok') }],
  'GET /metrics': [{ name: 'Prometheus metrics', request: () => ({ url: '/metrics' }), expect: all('ok') }],
  'GET /api/openapi.json': [{ name: 'API description', request: () => ({ url: '/api/openapi.json' }), expect: all('ok') }],

  // Sign-in
  'POST /api/v1/auth/login': [
    {
      name: 'with valid credentials',
      request: (fx) => ({ url: '/api/v1/auth/login', payload: { email: fx.throwaway.email, password: fx.throwaway.password } }),
      expect: all('ok'),
    },
  ],
  'POST /api/v1/auth/totp': [
    { name: 'when no sign-in awaits a code', request: () => ({ url: '/api/v1/auth/totp', payload: { code: '123456' } }), expect: all('rejected') },
  ],
  'POST /api/v1/auth/logout': [{ name: 'this session', request: () => ({ url: '/api/v1/auth/logout' }), expect: all('ok'), ownSession: true }],
  'POST /api/v1/auth/logout-everywhere': [
    { name: 'every session', request: () => ({ url: '/api/v1/auth/logout-everywhere' }), expect: signedIn(), ownSession: true, endsAllSessions: true },
  ],
  'GET /api/v1/auth/providers': [{ name: 'sign-in methods', request: () => ({ url: '/api/v1/auth/providers' }), expect: all('ok') }],
  'POST /api/v1/auth/password-reset/request': [
    {
      name: 'for an address',
      request: (fx) => ({ url: '/api/v1/auth/password-reset/request', payload: { email: fx.throwaway.email } }),
      expect: all('ok'),
    },
  ],
  'POST /api/v1/auth/password-reset/confirm': [
    {
      name: 'with an unknown token',
      request: () => ({ url: '/api/v1/auth/password-reset/confirm', payload: { token: 'x'.repeat(43), password: 'a new long password' } }),
      expect: all('allowed'),
    },
  ],
  'GET /api/v1/auth/oidc/start': [{ name: 'single sign-on', request: () => ({ url: '/api/v1/auth/oidc/start' }), expect: all('allowed') }],
  'GET /api/v1/auth/oidc/callback': [
    { name: 'without a transaction', request: () => ({ url: '/api/v1/auth/oidc/callback?code=x&state=y' }), expect: all('allowed') },
  ],

  // The signed-in user's own account
  'GET /api/v1/me': [{ name: 'own profile', request: () => ({ url: '/api/v1/me' }), expect: signedIn() }],
  'PATCH /api/v1/me': [{ name: 'own language', request: () => ({ url: '/api/v1/me', payload: { locale: 'en' } }), expect: signedIn() }],
  'POST /api/v1/me/password': [
    {
      name: 'with a wrong current password',
      request: () => ({ url: '/api/v1/me/password', payload: { currentPassword: WRONG_PASSWORD, newPassword: 'another long password' } }),
      expect: signedIn('allowed'),
    },
  ],
  'POST /api/v1/me/totp/setup': [{ name: 'start enrolment', request: () => ({ url: '/api/v1/me/totp/setup' }), expect: signedIn() }],
  'POST /api/v1/me/totp/enable': [
    { name: 'with a wrong code', request: () => ({ url: '/api/v1/me/totp/enable', payload: { code: '000000' } }), expect: signedIn('allowed') },
  ],
  'POST /api/v1/me/totp/disable': [
    { name: 'with a wrong password', request: () => ({ url: '/api/v1/me/totp/disable', payload: { password: WRONG_PASSWORD } }), expect: signedIn('allowed') },
  ],
  'GET /api/v1/me/tokens': [{ name: 'own tokens', request: () => ({ url: '/api/v1/me/tokens' }), expect: signedIn() }],
  'POST /api/v1/me/tokens': [
    { name: 'create one', request: () => ({ url: '/api/v1/me/tokens', payload: { name: 'matrix' } }), expect: signedIn() },
  ],
  'DELETE /api/v1/me/tokens/:id': [
    {
      name: "the administrator's token (only its owner may revoke it)",
      request: async (fx) => ({ url: `/api/v1/me/tokens/${await fx.adminTokenId()}` }),
      expect: signedIn('hidden', { administrator: 'ok' }),
    },
  ],
  'GET /api/v1/me/memberships': [
    {
      name: 'own memberships only',
      request: () => ({ url: '/api/v1/me/memberships' }),
      expect: signedIn(),
      check: (role, response, fx) => {
        const ids = listedIds(response, 'items');
        const expected = bodyARoles.includes(role) ? [fx.bodyA.id] : role === 'chairB' ? [fx.bodyB.id] : [];
        return JSON.stringify(ids) === JSON.stringify(expected) ? undefined : `listed ${ids.length} memberships`;
      },
    },
  ],

  // Administration
  'GET /api/v1/users': [{ name: 'list accounts', request: () => ({ url: '/api/v1/users' }), expect: onlyFor(staffRoles) }],
  'POST /api/v1/users': [
    {
      name: 'create an account',
      request: () => ({
        url: '/api/v1/users',
        payload: { email: `new-${randomUUID().slice(0, 8)}@example.test`, displayName: 'New Person', role: 'user', password: 'a long enough password' },
      }),
      expect: onlyFor(['administrator']),
    },
  ],
  'GET /api/v1/users/:id': [
    { name: "another person's account", request: (fx) => ({ url: `/api/v1/users/${fx.throwaway.id}` }), expect: onlyFor(staffRoles) },
  ],
  'PATCH /api/v1/users/:id': [
    {
      name: "another person's account",
      request: (fx) => ({ url: `/api/v1/users/${fx.throwaway.id}`, payload: { displayName: 'Renamed by the matrix' } }),
      expect: onlyFor(['administrator']),
    },
  ],
  'GET /api/v1/audit': [{ name: 'the audit trail', request: () => ({ url: '/api/v1/audit' }), expect: onlyFor(['administrator']) }],

  // Files
  'POST /api/v1/files': [{ name: 'upload an image', request: () => ({ url: '/api/v1/files', ...multipartPng() }), expect: signedIn() }],
  'GET /api/v1/files/:sha256': [
    {
      name: "the administrator's upload (uploader and staff only)",
      request: async (fx) => ({ url: `/api/v1/files/${await fx.adminFileSha()}` }),
      expect: signedIn('hidden', { staff: 'ok', administrator: 'ok' }),
    },
  ],

  // Live updates
  'GET /api/v1/live': [
    { name: 'without a WebSocket upgrade', request: () => ({ url: '/api/v1/live' }), expect: signedIn('allowed') },
  ],

  // Directory
  'GET /api/v1/organizations': [{ name: 'all organisations', request: () => ({ url: '/api/v1/organizations' }), expect: signedIn() }],
  'GET /api/v1/organizations/:id': [
    { name: 'organisation A', request: (fx) => ({ url: `/api/v1/organizations/${fx.orgA.id}` }), expect: signedIn() },
    {
      name: "organisation B, whose private body only B's chair and staff see",
      request: (fx) => ({ url: `/api/v1/organizations/${fx.orgB.id}` }),
      expect: signedIn(),
      check: (role, response, fx) => {
        const sees = listedIds(response, 'bodies').includes(fx.bodyB.id);
        const may = role === 'chairB' || staffRoles.includes(role);
        return sees === may ? undefined : sees ? "body B was listed" : 'body B was missing';
      },
    },
    { name: 'one that does not exist', request: () => ({ url: `/api/v1/organizations/${NIL_UUID}` }), expect: signedIn('hidden') },
  ],
  'GET /api/v1/bodies': [
    {
      name: 'the bodies the caller may see',
      request: () => ({ url: '/api/v1/bodies' }),
      expect: all('ok'),
      check: (role, response, fx) => {
        const ids = listedIds(response, 'items');
        const expected = {
          [fx.publicBody.id]: true,
          [fx.bodyA.id]: bodyARoles.includes(role) || staffRoles.includes(role),
          [fx.bodyB.id]: role === 'chairB' || staffRoles.includes(role),
        };
        const wrong = Object.entries(expected).filter(([id, visible]) => ids.includes(id) !== visible);
        return wrong.length ? `visibility wrong for ${wrong.length} bodies` : undefined;
      },
    },
  ],
  'GET /api/v1/bodies/:id': [
    {
      name: 'a public body',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.publicBody.id}` }),
      expect: all('ok'),
      check: contactsOnlyFor(staffRoles),
    },
    {
      name: "body A's internal data",
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}` }),
      expect: {
        ...all('hidden'),
        memberA: 'ok',
        secretaryA: 'ok',
        observerA: 'ok',
        guestA: 'ok',
        staff: 'ok',
        administrator: 'ok',
      },
      check: contactsOnlyFor(['memberA', 'secretaryA', 'observerA', 'staff', 'administrator']),
    },
    {
      name: "body B's internal data (members of A may not know it exists)",
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyB.id}` }),
      expect: { ...all('hidden'), chairB: 'ok', staff: 'ok', administrator: 'ok' },
      check: contactsOnlyFor(['chairB', 'staff', 'administrator']),
    },
    { name: 'one that does not exist', request: () => ({ url: `/api/v1/bodies/${NIL_UUID}` }), expect: all('hidden') },
  ],
  'POST /api/v1/organizations': [
    {
      name: 'add one',
      request: () => ({ url: '/api/v1/organizations', payload: { kind: 'municipality', name: 'Matrix Town', slug: `matrix-${randomUUID().slice(0, 8)}` } }),
      expect: onlyFor(['administrator']),
    },
  ],
  'PATCH /api/v1/organizations/:id': [
    {
      name: 'organisation B',
      request: async (fx) => ({
        url: `/api/v1/organizations/${fx.orgB.id}`,
        payload: { phone: '+386 1 555 1234' },
        headers: { 'if-match': await fx.etag(`/api/v1/organizations/${fx.orgB.id}`) },
      }),
      expect: onlyFor(['administrator']),
    },
  ],
  'POST /api/v1/bodies': [
    {
      name: 'add one to organisation A',
      request: (fx) => ({
        url: '/api/v1/bodies',
        payload: { organizationId: fx.orgA.id, kind: 'team', name: 'Matrix Team', slug: `matrix-${randomUUID().slice(0, 8)}`, isPublic: false },
      }),
      expect: onlyFor(['administrator']),
    },
  ],
  'PATCH /api/v1/bodies/:id': [
    {
      name: "body B's description",
      request: async (fx) => ({
        url: `/api/v1/bodies/${fx.bodyB.id}`,
        payload: { description: 'Changed by the matrix' },
        headers: { 'if-match': await fx.etag(`/api/v1/bodies/${fx.bodyB.id}`) },
      }),
      expect: onlyFor(['administrator']),
    },
  ],
  'GET /api/v1/bodies/:id/members': [
    {
      name: 'of a public body',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.publicBody.id}/members?on=2030-01-01` }),
      expect: all('ok'),
    },
    {
      name: 'of body A',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}/members` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
      check: contactsOnlyFor(['memberA', 'secretaryA', 'observerA', 'staff', 'administrator']),
    },
  ],
  'GET /api/v1/bodies/:id/memberships/history': [
    {
      name: 'of body B',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyB.id}/memberships/history` }),
      expect: { ...all('hidden'), chairB: 'ok', staff: 'ok', administrator: 'ok' },
      check: contactsOnlyFor(['chairB', 'staff', 'administrator']),
    },
  ],
  'POST /api/v1/bodies/:id/memberships': [
    {
      name: 'add a member to body A (its secretary and administrators)',
      request: async (fx) => ({
        url: `/api/v1/bodies/${fx.bodyA.id}/memberships`,
        payload: { personId: (await fx.newPerson()).id, role: 'member', startDate: '2026-01-01' },
      }),
      expect: { ...all('forbidden'), anonymous: 'unauthenticated', user: 'hidden', chairB: 'hidden', secretaryA: 'ok', administrator: 'ok' },
    },
  ],
  'PATCH /api/v1/memberships/:id': [
    {
      name: 'a membership of body A',
      request: async (fx) => {
        const membership = await fx.newMembershipA();
        return { url: `/api/v1/memberships/${membership.id}`, payload: { votingRight: false }, headers: { 'if-match': membership.etag } };
      },
      expect: { ...all('forbidden'), anonymous: 'unauthenticated', user: 'hidden', chairB: 'hidden', secretaryA: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/memberships/:id/end': [
    {
      name: 'a membership of body A',
      request: async (fx) => ({ url: `/api/v1/memberships/${(await fx.newMembershipA()).id}/end`, payload: { endDate: '2020-06-30' } }),
      expect: { ...all('forbidden'), anonymous: 'unauthenticated', user: 'hidden', chairB: 'hidden', secretaryA: 'ok', administrator: 'ok' },
    },
  ],
  // Representation slots and member organisations (body A: managed by secretaryA and administrators)
  'GET /api/v1/bodies/:id/representation': [
    { name: 'of a public body', request: (fx) => ({ url: `/api/v1/bodies/${fx.publicBody.id}/representation` }), expect: all('ok') },
    {
      name: 'of body A',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}/representation` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/bodies/:id/slots': [
    {
      name: 'of body B',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyB.id}/slots` }),
      expect: { ...all('hidden'), chairB: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/bodies/:id/slots': [
    {
      name: 'add a slot to body A',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}/slots`, payload: { label: `Matrix ${randomUUID().slice(0, 8)}` } }),
      expect: managersOfA,
    },
  ],
  'PUT /api/v1/bodies/:id/slots': [
    {
      name: 'replace the slots of body A with the same list',
      request: async (fx) => {
        const url = `/api/v1/bodies/${fx.bodyA.id}/slots`;
        const { items } = await fx.read(url);
        return { url, payload: { items: (items as { id: string; label: string }[]).map(({ id, label }) => ({ id, label })) }, headers: { 'if-match': await fx.etag(url) } };
      },
      expect: managersOfA,
    },
  ],
  'PUT /api/v1/bodies/:id/slots/order': [
    {
      name: 'reverse the slots of body A',
      request: async (fx) => {
        await fx.newSlotA();
        const url = `/api/v1/bodies/${fx.bodyA.id}/slots`;
        const { items } = await fx.read(url);
        return { url: `${url}/order`, payload: { slotIds: (items as { id: string }[]).map((s) => s.id).reverse() }, headers: { 'if-match': await fx.etag(url) } };
      },
      expect: managersOfA,
    },
  ],
  'PATCH /api/v1/bodies/:id/slots/:slotId': [
    {
      name: 'rename a slot of body A',
      request: async (fx) => {
        const slot = await fx.newSlotA();
        return { url: `/api/v1/bodies/${fx.bodyA.id}/slots/${slot.id}`, payload: { label: 'Renamed' }, headers: { 'if-match': slot.etag } };
      },
      expect: managersOfA,
    },
  ],
  'DELETE /api/v1/bodies/:id/slots/:slotId': [
    {
      name: 'remove an unfilled slot of body A',
      request: async (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}/slots/${(await fx.newSlotA()).id}` }),
      expect: managersOfA,
    },
  ],
  'GET /api/v1/bodies/:id/member-organizations': [
    {
      name: 'of body A',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}/member-organizations` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/bodies/:id/member-organizations': [
    {
      name: 'make an organisation a member of body A',
      request: async (fx) => ({
        url: `/api/v1/bodies/${fx.bodyA.id}/member-organizations`,
        payload: { organizationId: await fx.newOrganizationId(), joinedOn: '2024-01-01' },
      }),
      expect: managersOfA,
    },
  ],
  'POST /api/v1/member-organizations/:id/end': [
    {
      name: 'end a member organisation of body A',
      request: async (fx) => ({ url: `/api/v1/member-organizations/${(await fx.newMemberOrganizationA()).id}/end`, payload: { leftOn: '2025-12-31' } }),
      expect: managersOfA,
    },
  ],
  'GET /api/v1/memberships/:id': [
    {
      name: 'a membership of body A',
      request: async (fx) => ({ url: `/api/v1/memberships/${(await fx.newMembershipA()).id}` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/persons/:id/memberships': [
    {
      name: 'a person with a membership of body A (only bodies the caller may see)',
      request: async (fx) => ({ url: `/api/v1/persons/${(await fx.newMembershipA()).personId}/memberships` }),
      expect: onlyFor(['secretaryA', 'chairB', 'staff', 'administrator']),
      check: (role, response) => {
        const seen = (response.json() as { items: unknown[] }).items.length;
        return seen === (role === 'chairB' ? 0 : 1) ? undefined : `listed ${seen} memberships`;
      },
    },
  ],
  'GET /api/v1/persons': [
    {
      name: 'people of the directory (staff and body managers; contacts for staff)',
      request: () => ({ url: '/api/v1/persons' }),
      expect: onlyFor(['secretaryA', 'chairB', 'staff', 'administrator']),
      check: contactsOnlyFor(staffRoles),
    },
  ],
  'GET /api/v1/persons/:id': [
    {
      name: 'one person',
      request: async (fx) => ({ url: `/api/v1/persons/${(await fx.newPerson()).id}` }),
      expect: onlyFor(['secretaryA', 'chairB', 'staff', 'administrator']),
      check: contactsOnlyFor(staffRoles),
    },
  ],
  'POST /api/v1/persons': [
    {
      name: 'add one',
      request: () => ({ url: '/api/v1/persons', payload: { givenName: 'Matrix', familyName: 'Person' } }),
      expect: onlyFor(['secretaryA', 'chairB', 'staff', 'administrator']),
    },
  ],
  'PATCH /api/v1/persons/:id': [
    {
      name: 'change a name',
      request: async (fx) => {
        const person = await fx.newPerson();
        return { url: `/api/v1/persons/${person.id}`, payload: { title: 'Dr' }, headers: { 'if-match': person.etag } };
      },
      expect: onlyFor(staffRoles),
    },
  ],
  'PUT /api/v1/persons/:id/account': [
    {
      name: 'link a new person to the throwaway account',
      request: async (fx) => {
        const person = await fx.newPerson();
        return { url: `/api/v1/persons/${person.id}/account`, payload: { userId: fx.throwaway.id }, headers: { 'if-match': person.etag } };
      },
      expect: onlyFor(['administrator']),
    },
  ],
  'DELETE /api/v1/persons/:id/account': [
    {
      name: 'unlink a person without an account',
      request: async (fx) => {
        const person = await fx.newPerson();
        return { url: `/api/v1/persons/${person.id}/account`, headers: { 'if-match': person.etag } };
      },
      expect: onlyFor(['administrator']),
    },
  ],
  // Directory import and export
  'GET /api/v1/directory/transfer': [
    { name: 'what the caller may import and export', request: () => ({ url: '/api/v1/directory/transfer' }), expect: signedIn() },
  ],
  'POST /api/v1/directory/imports': [
    {
      name: 'dry run of memberships of body A (body managers: rows of their own bodies only)',
      request: (fx) => ({
        url: '/api/v1/directory/imports?dataset=memberships',
        ...multipartCsv(`body_slug,given_name,family_name,role,start_date\r\n${fx.bodyA.slug},Matrix,Member,member,2026-01-01\r\n`),
      }),
      expect: onlyFor(['secretaryA', 'chairB', 'administrator']),
      check: (role, response) => {
        const { counts } = response.json() as { counts: { create: number; error: number } };
        const allowedRow = role === 'secretaryA' || role === 'administrator';
        return (allowedRow ? counts.create === 1 : counts.error === 1) ? undefined : `row outcome ${JSON.stringify(counts)}`;
      },
    },
  ],
  'GET /api/v1/directory/imports/:id': [
    {
      name: "the administrator's import run",
      request: async (fx) => ({ url: `/api/v1/directory/imports/${await fx.adminImportRunId()}` }),
      expect: signedIn('hidden', { administrator: 'ok' }),
    },
  ],
  'POST /api/v1/directory/imports/:id/confirm': [
    {
      name: "the administrator's dry run",
      request: async (fx) => ({ url: `/api/v1/directory/imports/${await fx.adminImportRunId()}/confirm` }),
      expect: signedIn('hidden', { administrator: 'allowed' }),
    },
  ],
  'GET /api/v1/directory/export': [
    {
      name: 'memberships as CSV (contact columns for staff only)',
      request: () => ({ url: '/api/v1/directory/export?dataset=memberships' }),
      expect: signedIn(),
      check: (role, response) => {
        const header = response.body.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
        return header.includes('email') === staffRoles.includes(role) ? undefined : 'contact columns shown to the wrong people';
      },
    },
  ],
  // Sessions and agendas (body A: private, managed by secretaryA and administrators)
  'GET /api/v1/bodies/:id/sessions': [
    { name: 'of a public body', request: (fx) => ({ url: `/api/v1/bodies/${fx.publicBody.id}/sessions` }), expect: all('ok') },
    {
      name: 'of body A (drafts only for its participants)',
      request: async (fx) => {
        await fx.newSessionA();
        return { url: `/api/v1/bodies/${fx.bodyA.id}/sessions` };
      },
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
      check: (role, response) => {
        const { items } = response.json() as { items: { status: string }[] };
        return items.some((s) => s.status === 'draft') === (role !== 'guestA') ? undefined : 'drafts shown to the wrong people';
      },
    },
  ],
  'POST /api/v1/bodies/:id/sessions': [
    {
      name: 'create a session of body A',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}/sessions`, payload: { kind: 'regular' } }),
      expect: { ...sessionManagersOfA, guestA: 'forbidden' },
    },
  ],
  // Calendar feeds: the feed itself is public and its secret token decides
  'GET /api/v1/calendar/:token.ics': [
    { name: 'an unknown token', request: () => ({ url: '/api/v1/calendar/no-such-token.ics' }), expect: all('hidden') },
  ],
  'GET /api/v1/me/calendar-feeds': [{ name: 'own feeds', request: () => ({ url: '/api/v1/me/calendar-feeds' }), expect: signedIn() }],
  'POST /api/v1/me/calendar-feeds': [{ name: 'issue the personal feed', request: () => ({ url: '/api/v1/me/calendar-feeds' }), expect: signedIn() }],
  'DELETE /api/v1/me/calendar-feeds': [
    { name: 'revoke the personal feed (404 without one)', request: () => ({ url: '/api/v1/me/calendar-feeds' }), expect: signedIn('allowed') },
  ],
  'POST /api/v1/me/calendar-feeds/bodies/:id': [
    { name: 'of a public body', request: (fx) => ({ url: `/api/v1/me/calendar-feeds/bodies/${fx.publicBody.id}` }), expect: signedIn() },
    {
      name: 'of body A (who may read it)',
      request: (fx) => ({ url: `/api/v1/me/calendar-feeds/bodies/${fx.bodyA.id}` }),
      expect: signedIn('hidden', { memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' }),
    },
  ],
  'DELETE /api/v1/me/calendar-feeds/bodies/:id': [
    {
      name: 'revoke a body feed (404 without one)',
      request: (fx) => ({ url: `/api/v1/me/calendar-feeds/bodies/${fx.bodyA.id}` }),
      expect: signedIn('allowed'),
    },
  ],
  // Session series of body A: planned meetings, read like drafts, changed by its managers
  'GET /api/v1/bodies/:id/session-series': [
    {
      name: 'of body A',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}/session-series` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/bodies/:id/session-series': [
    {
      name: 'start a series of body A',
      request: (fx) => ({
        url: `/api/v1/bodies/${fx.bodyA.id}/session-series`,
        payload: { rrule: 'FREQ=WEEKLY;BYDAY=TU', startsOn: '2030-01-01', startTime: '10:00', durationMinutes: 60 },
      }),
      expect: { ...sessionManagersOfA, guestA: 'forbidden' },
    },
  ],
  'GET /api/v1/session-series/:id': [
    {
      name: 'a series of body A',
      request: async (fx) => ({ url: `/api/v1/session-series/${(await fx.newSeriesA()).id}` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/session-series/:id/occurrences': [
    {
      name: 'the next occurrences of a series of body A',
      request: async (fx) => ({ url: `/api/v1/session-series/${(await fx.newSeriesA()).id}/occurrences` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/session-series/:id/split': [
    {
      name: 'change a series of body A from a day on',
      request: async (fx) => {
        const series = await fx.newSeriesA();
        return { url: `/api/v1/session-series/${series.id}/split`, payload: { from: '2020-01-01', place: 'Matrix room' }, headers: { 'if-match': series.etag } };
      },
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/session-series/:id/end': [
    {
      name: 'end a series of body A',
      request: async (fx) => {
        const series = await fx.newSeriesA();
        return { url: `/api/v1/session-series/${series.id}/end`, payload: { lastDay: '2099-01-01' }, headers: { 'if-match': series.etag } };
      },
      expect: sessionManagersOfA,
    },
  ],
  ...Object.fromEntries(
    (['cancel', 'move', 'restore', 'prepare'] as const).map((verb) => [
      `POST /api/v1/session-series/:id/occurrences/${verb}`,
      [
        {
          name: `${verb} an occurrence of a series of body A`,
          request: async (fx: Fixture) => {
            const { id, firstStart } = await fx.newSeriesA();
            const extra = { cancel: { reason: 'Matrix' }, move: { startsAt: '2099-01-01T10:00:00.000Z' }, restore: {}, prepare: {} }[verb];
            return { url: `/api/v1/session-series/${id}/occurrences/${verb}`, payload: { originalStart: firstStart, ...extra } };
          },
          expect: sessionManagersOfA,
        },
      ],
    ]),
  ),
  'GET /api/v1/calendar': [
    { name: 'the caller’s own bodies', request: () => ({ url: `/api/v1/calendar?${calendarWindow()}` }), expect: signedIn() },
    { name: 'a public body', request: (fx) => ({ url: `/api/v1/calendar?${calendarWindow()}&bodyId=${fx.publicBody.id}` }), expect: all('ok') },
    {
      name: 'body A',
      request: (fx) => ({ url: `/api/v1/calendar?${calendarWindow()}&bodyId=${fx.bodyA.id}` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/sessions/:id/invitations': [
    { name: 'invitees of a draft of body A', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/invitations` }), expect: sessionManagersOfA },
  ],
  'POST /api/v1/sessions/:id/invitations/guests': [
    {
      name: 'invite a guest to a draft of body A',
      request: async (fx) => ({
        url: `/api/v1/sessions/${(await fx.newSessionA()).id}/invitations/guests`,
        payload: { personId: (await fx.newPerson()).id },
      }),
      expect: sessionManagersOfA,
    },
  ],
  'DELETE /api/v1/sessions/:id/invitations/:invitationId': [
    {
      name: 'remove an unknown guest of a draft of body A (404 for its managers)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/invitations/${NIL_UUID}` }),
      expect: { ...sessionManagersOfA, secretaryA: 'allowed', administrator: 'allowed' },
    },
  ],
  'POST /api/v1/sessions/:id/invitations/:invitationId/resend': [
    {
      name: 'resend an unknown invitation of a draft of body A (404 for its managers)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/invitations/${NIL_UUID}/resend` }),
      expect: { ...sessionManagersOfA, secretaryA: 'allowed', administrator: 'allowed' },
    },
  ],
  'GET /api/v1/sessions/:id/my-invitation': [
    {
      name: 'own invitation to a draft of body A (none yet)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/my-invitation` }),
      expect: { ...all('hidden'), anonymous: 'unauthenticated', memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'PUT /api/v1/sessions/:id/my-invitation': [
    {
      name: 'answer an invitation to a draft of body A (nobody is invited yet)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/my-invitation`, payload: { answer: 'attend' } }),
      expect: { ...all('hidden'), anonymous: 'unauthenticated', memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'POST /api/v1/invitation-answers/lookup': [
    { name: 'an unknown answer token', request: () => ({ url: '/api/v1/invitation-answers/lookup', payload: { token: 'x'.repeat(43) } }), expect: all('hidden') },
  ],
  'POST /api/v1/invitation-answers': [
    {
      name: 'answer with an unknown token',
      request: () => ({ url: '/api/v1/invitation-answers', payload: { token: 'x'.repeat(43), answer: 'excused' } }),
      expect: all('hidden'),
    },
  ],
  'GET /api/v1/sessions': [{ name: 'the caller’s own sessions', request: () => ({ url: '/api/v1/sessions?when=all' }), expect: signedIn() }],
  'GET /api/v1/sessions/:id': [
    {
      name: 'a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
    {
      name: 'a convened session of a public body (closed items without title)',
      request: async (fx) => ({ url: `/api/v1/sessions/${await fx.convenedPublicSessionId()}` }),
      expect: all('ok'),
      check: (role, response) =>
        response.body.includes('Closed matrix item') === staffRoles.includes(role) ? undefined : 'closed item shown to the wrong people',
    },
  ],
  'PATCH /api/v1/sessions/:id': [
    {
      name: 'a draft of body A',
      request: async (fx) => {
        const session = await fx.newSessionA();
        return { url: `/api/v1/sessions/${session.id}`, payload: { place: 'Matrix hall' }, headers: { 'if-match': session.etag } };
      },
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/sessions/:id/status': [
    {
      name: 'cancel a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/status`, payload: { to: 'cancelled' } }),
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/sessions/:id/agenda': [
    {
      name: 'add an item to a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/agenda`, payload: { kind: 'report', title: 'Matrix report' } }),
      expect: sessionManagersOfA,
    },
  ],
  'PUT /api/v1/sessions/:id/agenda/order': [
    {
      name: 'reorder the agenda of a draft of body A',
      request: async (fx) => {
        const session = await fx.newSessionA();
        return {
          url: `/api/v1/sessions/${session.id}/agenda/order`,
          payload: { items: [{ id: session.itemId, parentId: null }] },
          headers: { 'if-match': session.agendaEtag },
        };
      },
      expect: sessionManagersOfA,
    },
  ],
  // The meeting: read by whoever reads the session; run by the body's managers while it is in progress (a draft: 409)
  'GET /api/v1/sessions/:id/meeting': [
    {
      name: 'the meeting of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/sessions/:id/meeting/amendments': [
    {
      name: 'an amendment in a draft of body A',
      request: async (fx) => ({
        url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/amendments`,
        payload: { kind: 'add', text: 'Matrix', decision: 'rejected' },
      }),
      expect: meetingRunnersOfA,
    },
  ],
  'POST /api/v1/sessions/:id/meeting/agenda-adoption': [
    { name: 'adopt the agenda of a draft of body A', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/agenda-adoption`, payload: {} }), expect: meetingRunnersOfA },
  ],
  'POST /api/v1/sessions/:id/meeting/consent-block-adoption': [
    { name: 'adopt the consent block of a draft of body A', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/consent-block-adoption`, payload: {} }), expect: meetingRunnersOfA },
  ],
  'PUT /api/v1/sessions/:id/meeting/current-item': [
    { name: 'move on in a draft of body A', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/current-item`, payload: { step: 'next' } }), expect: meetingRunnersOfA },
  ],
  'PUT /api/v1/sessions/:id/meeting/items/:itemId/outcome': [
    {
      name: 'the outcome of an item of a draft of body A',
      request: async (fx) => {
        const session = await fx.newSessionA();
        return { url: `/api/v1/sessions/${session.id}/meeting/items/${session.itemId}/outcome`, payload: { outcome: 'noted' } };
      },
      expect: meetingRunnersOfA,
    },
  ],
  'PUT /api/v1/sessions/:id/meeting/speaking-limit': [
    { name: 'the speaking limit of a draft of body A', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/speaking-limit`, payload: { seconds: 120 } }), expect: meetingRunnersOfA },
  ],
  'POST /api/v1/sessions/:id/meeting/speakers': [
    {
      name: 'ask for the floor in a draft of body A (members and substitutes may; nothing is under way: 409)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/speakers`, payload: {} }),
      expect: { ...signedIn('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'forbidden', administrator: 'forbidden' },
    },
  ],
  'DELETE /api/v1/sessions/:id/meeting/speakers/:requestId': [
    { name: 'a request that does not exist', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/speakers/${NIL_UUID}` }), expect: signedIn('hidden') },
  ],
  'POST /api/v1/sessions/:id/meeting/speakers/:requestId/grant': [
    { name: 'grant in a draft of body A', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/speakers/${NIL_UUID}/grant`, payload: {} }), expect: meetingRunnersOfA },
  ],
  'POST /api/v1/sessions/:id/meeting/speakers/:requestId/end': [
    { name: 'end a speech in a draft of body A', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/speakers/${NIL_UUID}/end`, payload: {} }), expect: meetingRunnersOfA },
  ],
  'PUT /api/v1/sessions/:id/meeting/speakers/order': [
    { name: 'reorder the speakers in a draft of body A', request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/meeting/speakers/order`, payload: { ids: [] } }), expect: meetingRunnersOfA },
  ],
  // Polls: read like the session; run by its managers (a draft session: opening, closing and annulling answer 409)
  'GET /api/v1/sessions/:id/polls': [
    {
      name: 'the polls of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newPollA()).sessionId}/polls` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/sessions/:id/polls': [
    {
      name: 'a poll on the item of a draft of body A',
      request: async (fx) => {
        const session = await fx.newSessionA();
        return { url: `/api/v1/sessions/${session.id}/polls`, payload: { agendaItemId: session.itemId, title: 'Matrix vote', method: 'secret' } };
      },
      expect: sessionManagersOfA,
    },
  ],
  'GET /api/v1/polls/:id': [
    {
      name: 'a draft poll of body A',
      request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'PATCH /api/v1/polls/:id': [
    {
      name: 'rename a draft poll of body A',
      request: async (fx) => {
        const poll = await fx.newPollA();
        return { url: `/api/v1/polls/${poll.id}`, payload: { title: 'Renamed vote' }, headers: { 'if-match': poll.etag } };
      },
      expect: sessionManagersOfA,
    },
  ],
  'DELETE /api/v1/polls/:id': [
    { name: 'a draft poll of body A', request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}` }), expect: sessionManagersOfA },
  ],
  'POST /api/v1/polls/:id/open': [
    { name: 'open a poll of a draft session of body A', request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}/open`, payload: {} }), expect: meetingRunnersOfA },
  ],
  'POST /api/v1/polls/:id/close': [
    { name: 'close a poll never opened', request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}/close`, payload: {} }), expect: meetingRunnersOfA },
  ],
  'PUT /api/v1/polls/:id/hand-votes': [
    {
      name: 'hands in a poll cast on devices',
      request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}/hand-votes`, payload: { votes: [{ personId: NIL_UUID, optionId: null }] } }),
      expect: meetingRunnersOfA,
    },
  ],
  'GET /api/v1/polls/:id/electors': [
    { name: 'the seats of a draft poll of body A', request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}/electors` }), expect: sessionManagersOfA },
  ],
  'POST /api/v1/polls/:id/annul': [
    { name: 'annul a poll never opened', request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}/annul`, payload: { reason: 'Matrix' } }), expect: meetingRunnersOfA },
  ],
  'POST /api/v1/polls/:id/votes': [
    {
      name: 'a vote in a draft poll of body A (members: not open, 409; accounts without a person: 403)',
      request: async (fx) => {
        const poll = await fx.read(`/api/v1/polls/${(await fx.newPollA()).id}`);
        const options = poll.options as { id: string }[];
        return { url: `/api/v1/polls/${String(poll.id)}/votes`, payload: { optionId: options[0]!.id }, headers: { 'idempotency-key': `matrix-${randomUUID()}` } };
      },
      expect: { ...signedIn('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'forbidden', administrator: 'forbidden' },
    },
  ],
  // Correspondence answers: read like the session (a session meeting in person answers 409); deadlines set by its managers; answered by seats
  'GET /api/v1/sessions/:id/correspondence': [
    {
      name: 'a draft regular session of body A (409: not by correspondence)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/correspondence` }),
      expect: { ...all('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'PUT /api/v1/sessions/:id/correspondence/deadlines': [
    {
      name: 'item deadlines of a draft regular session of body A (409: not by correspondence)',
      request: async (fx) => {
        const session = await fx.newSessionA();
        return { url: `/api/v1/sessions/${session.id}/correspondence/deadlines`, payload: { items: [{ agendaItemId: session.itemId, deadlineAt: null }] } };
      },
      expect: meetingRunnersOfA,
    },
  ],
  'PUT /api/v1/agenda-items/:id/written-position': [
    {
      name: 'a position on an item of a draft of body A (409: not by correspondence)',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/written-position`, payload: { text: 'Matrix' } }),
      expect: { ...signedIn('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'DELETE /api/v1/agenda-items/:id/written-position': [
    {
      name: 'delete a position on an item of a draft of body A (409: not by correspondence)',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/written-position` }),
      expect: { ...signedIn('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'POST /api/v1/agenda-items/:id/withdrawal-request': [
    {
      name: 'ask to withdraw an item of a draft of body A (409: not by correspondence)',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/withdrawal-request`, payload: {} }),
      expect: { ...signedIn('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'DELETE /api/v1/agenda-items/:id/withdrawal-request': [
    {
      name: 'take back a request on an item of a draft of body A (409: not by correspondence)',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/withdrawal-request` }),
      expect: { ...signedIn('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  // Decisions register: read like the body (and the item); changed by the body's managers
  'GET /api/v1/decisions': [{ name: 'the register', request: async () => ({ url: '/api/v1/decisions?status=overdue' }), expect: all('ok') }],
  'GET /api/v1/decisions/export': [{ name: 'the register as CSV', request: async () => ({ url: '/api/v1/decisions/export?status=overdue' }), expect: all('ok') }],
  'GET /api/v1/decisions/:id': [
    {
      name: 'a decision of body A',
      request: async (fx) => ({ url: `/api/v1/decisions/${(await fx.newDecisionA()).id}` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'PATCH /api/v1/decisions/:id': [
    {
      name: 'mark a decision of body A in progress',
      request: async (fx) => {
        const decision = await fx.newDecisionA();
        return { url: `/api/v1/decisions/${decision.id}`, payload: { status: 'in_progress' }, headers: { 'if-match': decision.etag } };
      },
      expect: managersOfA,
    },
  ],
  'GET /api/v1/decisions/overdue-summary': [{ name: 'overdue decisions counted', request: async () => ({ url: '/api/v1/decisions/overdue-summary' }), expect: all('ok') }],
  'POST /api/v1/decisions/:id/reports': [
    {
      name: 'a progress report on a decision of body A (the responsible side, or its managers)',
      request: async (fx) => ({ url: `/api/v1/decisions/${(await fx.newDecisionA()).id}/reports`, payload: { text: '<p>Under way.</p>', status: 'in_progress' } }),
      expect: managersOfA,
    },
  ],
  'GET /api/v1/decisions/:id/reports/:reportId/attachments/:documentId': [
    {
      name: 'an attachment of a progress report on a decision of body A',
      request: async (fx) => ({ url: (await fx.newDecisionReportA()).attachmentHref }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  // Minutes exports: the full minutes for whoever reads them, the approved public version for anyone
  'GET /api/v1/minutes/:id/export.pdf': [
    {
      name: 'the minutes of body A as PDF',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/export.pdf` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/minutes/:id/export.docx': [
    {
      name: 'the minutes of body A as DOCX',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/export.docx` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/public/minutes/:id/export.pdf': [
    {
      name: 'the approved minutes of body A for the public',
      request: async (fx) => ({ url: `/api/v1/public/minutes/${(await fx.newMinutesA('approved')).id}/export.pdf` }),
      expect: all('ok'),
    },
  ],
  'GET /api/v1/minutes/:id/items/:agendaItemId/excerpt.pdf': [
    {
      name: 'an excerpt of minutes of body A not yet approved (409)',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/items/${NIL_UUID}/excerpt.pdf` }),
      expect: { ...all('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'POST /api/v1/minutes/:id/items/:agendaItemId/excerpt/send': [
    {
      name: 'mail an excerpt of minutes of body A not yet approved (409; the minutes’ editors)',
      request: async (fx) => ({
        url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/items/${NIL_UUID}/excerpt/send`,
        payload: { email: 'matrix@example.org' },
      }),
      expect: { ...signedIn('hidden'), memberA: 'forbidden', observerA: 'forbidden', staff: 'forbidden', secretaryA: 'allowed', administrator: 'allowed' },
    },
  ],
  // Minutes on their way to approval: read and commented by the body's participants, steered by its managers
  'GET /api/v1/minutes/:id/comments': [
    {
      name: 'the comments on minutes of body A',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/comments` }),
      expect: { ...signedIn('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/minutes/:id/comments': [
    {
      name: 'a comment on minutes of body A awaiting approval (whoever reads the full minutes)',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/comments`, payload: { text: 'Matrix remark.' } }),
      expect: { ...signedIn('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/minutes/:id/comments/:commentId/resolve': [
    {
      name: 'resolve a comment on minutes of body A',
      request: async (fx) => {
        const created = await fx.newMinutesA('submitted');
        return { url: `/api/v1/minutes/${created.id}/comments/${created.commentId}/resolve` };
      },
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/minutes/:id/approval': [
    {
      name: 'put minutes of body A already awaiting approval on an agenda (409)',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/approval`, payload: { sessionId: NIL_UUID } }),
      expect: meetingRunnersOfA,
    },
  ],
  'DELETE /api/v1/minutes/:id/approval': [
    {
      name: 'withdraw the approval of minutes of body A that are on no agenda (409)',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/approval` }),
      expect: meetingRunnersOfA,
    },
  ],
  'POST /api/v1/minutes/:id/corrections': [
    {
      name: 'open a correction of minutes of body A not yet approved (409)',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/corrections` }),
      expect: meetingRunnersOfA,
    },
  ],
  // The minutes themselves: read by the body's participants and staff, built and saved by its chair or secretary
  'GET /api/v1/sessions/:id/minutes': [
    {
      name: 'the minutes of a draft session of body A, not built (404 for everyone)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/minutes` }),
      expect: signedIn('hidden'),
    },
  ],
  'POST /api/v1/sessions/:id/minutes': [
    {
      name: 'build the minutes of a draft session of body A (not closed: 409)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/minutes` }),
      expect: meetingRunnersOfA,
    },
  ],
  'PUT /api/v1/minutes/:id': [
    {
      name: 'save minutes of body A awaiting approval (locked: 409)',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}`, payload: { baseVersion: 1, opening: '<p>Matrix.</p>' } }),
      expect: meetingRunnersOfA,
    },
  ],
  'GET /api/v1/minutes/:id/versions/:version': [
    {
      name: 'version 1 of minutes of body A',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/versions/1` }),
      expect: { ...signedIn('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/minutes/:id/compare': [
    {
      name: 'version 1 of minutes of body A compared with itself',
      request: async (fx) => ({ url: `/api/v1/minutes/${(await fx.newMinutesA('submitted')).id}/compare?from=1&to=1` }),
      expect: { ...signedIn('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/public/minutes/:id': [
    {
      name: 'the public version of approved minutes of body A',
      request: async (fx) => ({ url: `/api/v1/public/minutes/${(await fx.newMinutesA('approved')).id}` }),
      expect: all('ok'),
    },
  ],
  'GET /api/v1/polls/:id/receipts': [
    {
      name: 'the ballots of a draft poll of body A (not secret: 409)',
      request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}/receipts` }),
      expect: { ...all('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'POST /api/v1/polls/:id/receipts/verify': [
    {
      name: 'a receipt of a draft poll of body A (not secret: 409)',
      request: async (fx) => ({ url: `/api/v1/polls/${(await fx.newPollA()).id}/receipts/verify`, payload: { receipt: 'A'.repeat(43) } }),
      expect: { ...all('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'GET /api/v1/sessions/:id/proxies': [
    {
      name: 'the proxies of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/proxies` }),
      expect: { ...signedIn('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/sessions/:id/proxies': [
    {
      name: 'a proxy in body A, whose rules allow none (409)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/proxies`, payload: { toPersonId: NIL_UUID } }),
      expect: { ...signedIn('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'DELETE /api/v1/proxies/:id': [
    { name: 'a proxy that does not exist', request: () => ({ url: `/api/v1/proxies/${NIL_UUID}` }), expect: signedIn('hidden') },
  ],
  'PATCH /api/v1/agenda-items/:id': [
    {
      name: 'an item of a draft of body A',
      request: async (fx) => {
        const session = await fx.newSessionA();
        return { url: `/api/v1/agenda-items/${session.itemId}`, payload: { title: 'Renamed' }, headers: { 'if-match': session.itemEtag } };
      },
      expect: sessionManagersOfA,
    },
  ],
  'DELETE /api/v1/agenda-items/:id': [
    {
      name: 'an item of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}` }),
      expect: sessionManagersOfA,
    },
  ],
  // Materials and documents: changed by the session's managers, late ones decided by the chair (none in these rows:
  // administrators reach the 409 of an entry that is not late); read like the session and its items
  'POST /api/v1/agenda-items/:id/materials': [
    {
      name: 'upload to an item of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/materials`, ...multipartText('files') }),
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/agenda-items/:id/materials/attach': [
    {
      name: 'attach a document of body A to an item of a draft',
      request: async (fx) => ({
        url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/materials/attach`,
        payload: { documentId: (await fx.newMaterialA()).documentId },
      }),
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/agenda-items/:id/late-decision': [
    {
      name: 'an item of a draft of body A that is not late',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/late-decision`, payload: { decision: 'approve' } }),
      expect: { ...sessionManagersOfA, secretaryA: 'forbidden', administrator: 'allowed' },
    },
  ],
  'DELETE /api/v1/materials/:materialId': [
    {
      name: 'a material of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/materials/${(await fx.newMaterialA()).id}` }),
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/materials/:materialId/versions': [
    {
      name: 'a new version of a material of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/materials/${(await fx.newMaterialA()).id}/versions`, ...multipartText('files') }),
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/materials/:materialId/late-decision': [
    {
      name: 'a material of a draft of body A that is not late',
      request: async (fx) => ({ url: `/api/v1/materials/${(await fx.newMaterialA()).id}/late-decision`, payload: { decision: 'refuse' } }),
      expect: { ...sessionManagersOfA, secretaryA: 'forbidden', administrator: 'allowed' },
    },
  ],
  'GET /api/v1/bodies/:id/documents': [
    {
      name: 'the documents of body A',
      request: (fx) => ({ url: `/api/v1/bodies/${fx.bodyA.id}/documents` }),
      expect: { ...signedIn('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', guestA: 'forbidden', staff: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/documents/:documentId': [
    {
      name: 'a material of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/documents/${(await fx.newMaterialA()).documentId}` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'POST /api/v1/documents/:documentId/versions': [
    {
      name: 'a new version of a document of body A',
      request: async (fx) => ({ url: `/api/v1/documents/${(await fx.newMaterialA()).documentId}/versions`, ...multipartText('files') }),
      expect: { ...sessionManagersOfA, secretaryA: 'ok', administrator: 'ok' },
    },
  ],
  'GET /api/v1/documents/:documentId/versions/:version/file': [
    {
      name: 'version 1 of a material of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/documents/${(await fx.newMaterialA()).documentId}/versions/1/file` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  // Positions and the consent block: read by those who read closed items; recorded by the body's members
  'GET /api/v1/sessions/:id/positions': [
    {
      name: 'a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/positions` }),
      expect: { ...all('hidden'), anonymous: 'unauthenticated', memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
    {
      name: 'a convened session of a public body (never for the public)',
      request: async (fx) => ({ url: `/api/v1/sessions/${await fx.convenedPublicSessionId()}/positions` }),
      expect: onlyFor(staffRoles),
    },
  ],
  'PUT /api/v1/agenda-items/:id/position': [
    {
      name: 'an item of a draft of body A (members only; 409 until convened)',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/position`, payload: { position: 'agree' } }),
      expect: { ...sessionManagersOfA, memberA: 'allowed', secretaryA: 'forbidden', administrator: 'forbidden' },
    },
  ],
  'GET /api/v1/sessions/:id/consent-block': [
    {
      name: 'a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/consent-block` }),
      expect: { ...all('hidden'), anonymous: 'unauthenticated', memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'PUT /api/v1/agenda-items/:id/consent-block': [
    {
      name: 'take an item of a draft of body A out of the block',
      request: async (fx) => ({ url: `/api/v1/agenda-items/${(await fx.newSessionA()).itemId}/consent-block`, payload: { excluded: true } }),
      expect: sessionManagersOfA,
    },
  ],
  // Session packet: readers of the session; 409 while it is not built (jobs do not run here)
  'GET /api/v1/sessions/:id/packet': [
    {
      name: 'of a draft of body A (being prepared)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/packet` }),
      expect: { ...all('hidden'), memberA: 'allowed', secretaryA: 'allowed', observerA: 'allowed', staff: 'allowed', administrator: 'allowed' },
    },
  ],
  'GET /api/v1/sessions/:id/packet/status': [
    {
      name: 'of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/packet/status` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
    {
      name: 'of a convened session of a public body',
      request: async (fx) => ({ url: `/api/v1/sessions/${await fx.convenedPublicSessionId()}/packet/status` }),
      expect: all('ok'),
    },
  ],
  'POST /api/v1/sessions/:id/packet/rebuild': [
    {
      name: 'of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/packet/rebuild` }),
      expect: sessionManagersOfA,
    },
  ],
  // Attendance (a draft of body A: before the start only excused notes; guests and check-in wait for the start)
  'GET /api/v1/sessions/:id/attendance': [
    {
      name: 'the expected roster of a draft of body A',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/attendance` }),
      expect: { ...all('hidden'), memberA: 'ok', secretaryA: 'ok', observerA: 'ok', staff: 'ok', administrator: 'ok' },
    },
  ],
  'PUT /api/v1/sessions/:id/attendance/:personId': [
    {
      name: 'note a member of body A excused',
      request: async (fx) => ({
        url: `/api/v1/sessions/${(await fx.newSessionA()).id}/attendance/${(await fx.newMembershipA()).personId}`,
        payload: { status: 'excused' },
      }),
      expect: sessionManagersOfA,
    },
  ],
  'POST /api/v1/sessions/:id/attendance/guests': [
    {
      name: 'a guest of a draft of body A (refused: not started)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/attendance/guests`, payload: { name: 'Matrix Guest' } }),
      expect: { ...sessionManagersOfA, secretaryA: 'allowed', administrator: 'allowed' },
    },
  ],
  'DELETE /api/v1/sessions/:id/attendance/guests/:guestId': [
    {
      name: 'a guest of a draft of body A (refused: not started)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/attendance/guests/${NIL_UUID}` }),
      expect: { ...sessionManagersOfA, secretaryA: 'allowed', administrator: 'allowed' },
    },
  ],
  'POST /api/v1/sessions/:id/attendance/check-in': [
    {
      name: 'check in to a draft of body A (refused: not in progress)',
      request: async (fx) => ({ url: `/api/v1/sessions/${(await fx.newSessionA()).id}/attendance/check-in` }),
      expect: {
        ...all('hidden'),
        anonymous: 'unauthenticated',
        memberA: 'allowed',
        secretaryA: 'allowed',
        observerA: 'allowed',
        staff: 'allowed',
        administrator: 'allowed',
      },
    },
  ],
  'GET /api/v1/directory/search': [
    {
      name: 'bodies, people and organisations as far as the caller may see them',
      request: () => ({ url: '/api/v1/directory/search?q=t&limit=50' }),
      expect: all('ok'),
      check: (role, response, fx) => {
        const found = response.json() as { bodies: { id: string }[]; persons: unknown[]; organizations: unknown[] };
        const ids = found.bodies.map((b) => b.id);
        if (ids.includes(fx.bodyB.id) !== (role === 'chairB' || staffRoles.includes(role))) return 'body B visibility wrong';
        const seesPeople = ['secretaryA', 'chairB', 'staff', 'administrator'].includes(role);
        if ((found.persons.length > 0) !== seesPeople) return 'people visibility wrong';
        if ((found.organizations.length > 0) !== (role !== 'anonymous')) return 'organisation visibility wrong';
        return undefined;
      },
    },
  ],
};
