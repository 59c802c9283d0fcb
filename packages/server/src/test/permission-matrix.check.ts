import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from './factories.js';
import { createTestApp, type TestApp } from './harness.js';
import { buildMatrixFixture } from './permission-matrix.fixture.js';
import { matrix, roles, type Case, type Fixture, type Outcome, type Request, type Role } from './permission-matrix.rows.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** Served on purpose without an entry in the OpenAPI document (the WebSocket is no HTTP operation). */
const outsideOpenApi = new Set(['GET /metrics', 'GET /api/openapi.json', 'GET /api/v1/live']);
const methodOf = (key: string) => key.slice(0, key.indexOf(' '));
const pathOf = (key: string) => key.slice(key.indexOf(' ') + 1);

function problemCode(response: LightMyRequestResponse): string | undefined {
  if (response.statusCode < 400) return undefined;
  try {
    return (response.json() as { code?: string }).code;
  } catch {
    return undefined;
  }
}

function meets(outcome: Outcome, response: LightMyRequestResponse): boolean {
  const status = response.statusCode;
  const code = problemCode(response);
  switch (outcome) {
    case 'ok':
      return status >= 200 && status < 300;
    case 'allowed':
      return status < 500 && code !== 'unauthenticated' && code !== 'forbidden' && code !== 'csrf_failed';
    case 'unauthenticated':
      return status === 401;
    case 'forbidden':
      return status === 403;
    case 'hidden':
      return status === 404;
    case 'denied':
      return status === 403 || status === 404;
    case 'rejected':
      return status >= 400 && status < 500;
  }
}

/**
 * Runs shard `shard` of `shards` of the permission matrix (permission-matrix.rows.ts): every `shards`-th
 * route, starting at the `shard`-th, each shard on its own app, so test workers run the shards side by
 * side. Shard 1 also checks that every route the app serves has a row.
 */
export function describePermissionMatrix(shard: number, shards: number): void {
  const inShard = <T>(entries: T[]) => entries.filter((_, index) => index % shards === shard - 1);

  describe(`permission matrix: roles × routes (shard ${shard} of ${shards})`, () => {
    let app: TestApp;
    let fx: Fixture;
    const credentials = new Map<Role, TestUser>();
    const sessions = new Map<Role, Record<string, string>>();
    let address = 0;

    // Each request comes from its own address, so per-address rate limits do not shape the matrix.
    const nextAddress = () => {
      address++;
      return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
    };

    async function signInAs(role: Role): Promise<Record<string, string>> {
      const user = credentials.get(role)!;
      const response = await app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: user.password },
        remoteAddress: nextAddress(),
      });
      if (response.statusCode !== 200) throw new Error(`sign-in of ${role} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'collegium_session')!;
      const { csrfToken } = response.json() as { csrfToken: string };
      return { cookie: `collegium_session=${cookie.value}`, 'x-csrf-token': csrfToken };
    }

    async function headersFor(role: Role, fresh = false): Promise<Record<string, string>> {
      if (role === 'anonymous') return {};
      if (fresh) return signInAs(role);
      let headers = sessions.get(role);
      if (!headers) {
        headers = await signInAs(role);
        sessions.set(role, headers);
      }
      return headers;
    }

    async function send(method: string, role: Role, request: Request, fresh = false): Promise<LightMyRequestResponse> {
      const options: InjectOptions = {
        method: method as InjectOptions['method'],
        url: request.url,
        headers: { ...(await headersFor(role, fresh)), ...request.headers },
        remoteAddress: nextAddress(),
      };
      if (request.payload !== undefined) options.payload = request.payload as InjectOptions['payload'];
      return app.server.inject(options);
    }

    const isRegistered = (key: string) =>
      app.server.hasRoute({ method: methodOf(key) as 'GET', url: pathOf(key) });

    beforeAll(async () => {
      app = await createTestApp();
      fx = await buildMatrixFixture(app, credentials, send);
    });

    it.runIf(shard === 1)('has a row for every route the app serves', async () => {
      const response = await app.server.inject({ method: 'GET', url: '/api/openapi.json' });
      const paths = (response.json() as { paths: Record<string, Record<string, unknown>> }).paths;
      const served = Object.entries(paths).flatMap(([path, operations]) =>
        METHODS.filter((method) => method in operations).map(
          (method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`,
        ),
      );
      expect(served.length).toBeGreaterThan(10);
      const missing = served.filter((key) => !(key in matrix));
      expect(missing, `routes without a row in permission-matrix.rows.ts: ${missing.join(', ')}`).toEqual([]);
      const undocumented = Object.keys(matrix).filter(
        (key) => isRegistered(key) && !served.includes(key) && !outsideOpenApi.has(key),
      );
      expect(undocumented, `routes missing from the OpenAPI document: ${undocumented.join(', ')}`).toEqual([]);
    });

    for (const [key, entry] of inShard(Object.entries(matrix))) {
      for (const testCase of entry) {
        it(`${key}: ${testCase.name}`, async () => {
          expect(isRegistered(key), `${key} has a row in the matrix but no such route is registered`).toBe(true);
          const complaints: string[] = [];
          for (const role of roles) {
            const request = await testCase.request(fx);
            const response = await send(methodOf(key), role, request, testCase.ownSession);
            const expected = testCase.expect[role];
            if (!meets(expected, response)) {
              complaints.push(`${role}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`);
            } else {
              const complaint = response.statusCode < 300 ? testCase.check?.(role, response, fx) : undefined;
              if (complaint) complaints.push(`${role}: ${complaint}`);
            }
            if (testCase.endsAllSessions) sessions.delete(role);
          }
          expect(complaints, `${key} (${testCase.name})`).toEqual([]);
        });
      }
    }

    it('refuses cookie-authenticated writes without the CSRF token', async () => {
      const writes = inShard(Object.entries(matrix)).filter(
        (entry): entry is [string, Case[]] =>
          methodOf(entry[0]) !== 'GET' &&
          entry[1].some((c) => c.expect.anonymous === 'unauthenticated') &&
          isRegistered(entry[0]),
      );
      expect(writes.length).toBeGreaterThan(0);
      const complaints: string[] = [];
      for (const [key, cases] of writes) {
        const { cookie } = await headersFor('memberA');
        const request = await cases[0]!.request(fx);
        const response = await app.server.inject({
          method: methodOf(key) as InjectOptions['method'],
          url: request.url,
          headers: { ...request.headers, cookie: cookie! },
          remoteAddress: nextAddress(),
          ...(request.payload === undefined ? {} : { payload: request.payload as InjectOptions['payload'] }),
        });
        if (problemCode(response) !== 'csrf_failed') complaints.push(`${key}: got ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
      expect(complaints).toEqual([]);
    });
  });
}
