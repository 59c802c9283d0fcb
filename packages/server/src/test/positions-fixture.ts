import { randomUUID } from 'node:crypto';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { sessionInvitations } from '../db/schema/index.js';
import type { TestApp } from './harness.js';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn, type TestBody } from './factories.js';
import { callerAs, type Headers } from './requests.js';
import { detail, inDays } from './session-requests.js';

export type Who = 'secretary' | 'chair' | 'memberA' | 'memberB' | 'observer' | 'guest' | 'substitute' | 'outsider' | 'staff';

/**
 * A private body with a secretary, a chair, two members (member B names a substitute), an observer and a
 * guest; everyone signed in. `convenedSession` makes a session with one item of each kind that matters.
 */
export async function positionsFixture(app: TestApp, options: { isPublic?: boolean } = {}) {
  const body: TestBody = await buildBody(app, { isPublic: options.isPublic ?? false });
  const headers = {} as Record<Who, Headers>;
  const personIds = {} as Record<Who, string>;
  const join = async (who: Who, role: Parameters<typeof buildMember>[2]) => {
    const user = await buildMember(app, body, role);
    headers[who] = (await signIn(app, user)).headers;
    personIds[who] = user.personId;
  };
  await join('secretary', 'secretary');
  await join('chair', 'chair');
  await join('memberA', 'member');
  await join('observer', 'observer');
  await join('guest', 'guest');
  for (const who of ['substitute', 'outsider', 'memberB'] as const) {
    const user = await buildUser(app);
    headers[who] = (await signIn(app, user)).headers;
    personIds[who] = (await buildPerson(app, { user, email: user.email, givenName: who, familyName: 'Tester' })).id;
  }
  await buildMembership(app, { body, person: { id: personIds.memberB }, role: 'member', substituteId: personIds.substitute });
  headers.staff = (await signIn(app, await buildUser(app, { role: 'staff' }))).headers;
  const call = callerAs(app, headers);

  const newSession = async (items: { kind: string; title: string; isPublic?: boolean }[], convene = true) => {
    let session = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, 'secretary', { kind: 'regular', startsAt: inDays(app, 5) }));
    for (const item of items) session = detail(await call('POST', `/api/v1/sessions/${session.id}/agenda`, 'secretary', item));
    if (convene) session = detail(await call('POST', `/api/v1/sessions/${session.id}/status`, 'secretary', { to: 'convened' }));
    return session;
  };
  const convenedSession = () =>
    newSession([
      { kind: 'decision', title: 'Budget' },
      { kind: 'consent_request', title: 'Staffing', isPublic: false },
      { kind: 'information', title: 'Report of the mayor' },
      { kind: 'discussion', title: 'Strategy' },
      { kind: 'decision', title: 'Lease' },
    ]);
  const itemId = (session: SessionDetail, title: string) => session.agenda.items.find((item) => item.title === title)!.id;
  const record = (who: Who | undefined, id: string, position: string, reason?: string) =>
    call('PUT', `/api/v1/agenda-items/${id}/position`, who, reason === undefined ? { position } : { position, reason });
  /** Member B answers the invitation by sending the substitute named in the membership. */
  const sendSubstitute = async (sessionId: string) => {
    await app.database.db
      .insert(sessionInvitations)
      .values({ sessionId, personId: personIds.memberB, role: 'member', answer: 'substitute', answeredAt: app.clock.now(), sentSubstituteId: personIds.substitute, answerToken: randomUUID() })
      .onConflictDoUpdate({
        target: [sessionInvitations.sessionId, sessionInvitations.personId],
        set: { answer: 'substitute', answeredAt: app.clock.now(), sentSubstituteId: personIds.substitute },
      });
  };
  return { body, headers, personIds, call, newSession, convenedSession, itemId, record, sendSubstitute };
}
