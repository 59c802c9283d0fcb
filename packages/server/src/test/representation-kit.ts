import type { TestApp } from './harness.js';
import { auditEventsOf, callerAs } from './requests.js';
import { buildBody, buildMember, buildOrganization, buildUser, signIn, type TestBody } from './factories.js';

export type Who = 'admin' | 'staff' | 'secretary' | 'member' | 'plain';

/** A network body with a secretary and a member, plus sessions for each kind of caller. */
export async function representationKit(app: TestApp, options: { isPublic?: boolean } = {}) {
  const owner = await buildOrganization(app, { name: 'Association of Towns', kind: 'association' });
  const body: TestBody = await buildBody(app, { organization: owner, kind: 'network', isPublic: options.isPublic ?? false });
  const headers = {} as Record<Who, Record<string, string>>;
  for (const [who, user] of [
    ['admin', await buildUser(app, { role: 'administrator' })],
    ['staff', await buildUser(app, { role: 'staff' })],
    ['secretary', await buildMember(app, body, 'secretary', { organization: owner })],
    ['member', await buildMember(app, body, 'member', { organization: owner })],
    ['plain', await buildUser(app)],
  ] as const) {
    headers[who] = (await signIn(app, user)).headers;
  }
  const call = callerAs(app, headers);
  const auditOf = async (entityId: string) =>
    (await auditEventsOf(app, entityId)).map((e) => ({
      action: e.action,
      summary: e.summary as Record<string, unknown>,
    }));
  return { owner, body, headers, call, auditOf };
}
