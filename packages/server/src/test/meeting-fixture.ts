import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { LightMyRequestResponse } from 'fastify';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn } from './factories.js';
import type { TestApp } from './harness.js';
import { callerAs, type Headers } from './requests.js';
import { detail, inDays } from './session-requests.js';

export type Who = 'secretary' | 'member' | 'substitute' | 'guest' | 'outsider' | 'staff';

export const state = (response: LightMyRequestResponse): MeetingState => {
  if (response.statusCode >= 300) throw new Error(`expected success, got ${response.statusCode} ${response.body}`);
  return response.json() as MeetingState;
};

/**
 * A body with a secretary, a member (whose named substitute has an account too), a guest of the body and
 * an outsider, and a convened session: 1 Budget (decision, the member wishes to speak), 2 Minutes
 * (consent request), 3 Report (information), 4 Personnel (closed decision).
 */
export async function meetingFixture(app: TestApp, rules: { guestsMaySpeak?: boolean } = {}) {
  const body = await buildBody(app, { rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', ...rules } });
  const secretary = await buildMember(app, body, 'secretary');
  const substituteUser = await buildUser(app);
  const substitute = await buildPerson(app, { user: substituteUser, email: substituteUser.email });
  const memberUser = await buildUser(app);
  const member = await buildPerson(app, { user: memberUser, email: memberUser.email });
  await buildMembership(app, { body, person: member, role: 'member', substituteId: substitute.id });
  const guest = await buildMember(app, body, 'guest');
  const headers = {} as Record<Who, Headers>;
  headers.secretary = (await signIn(app, secretary)).headers;
  headers.member = (await signIn(app, memberUser)).headers;
  headers.substitute = (await signIn(app, substituteUser)).headers;
  headers.guest = (await signIn(app, guest)).headers;
  headers.outsider = (await signIn(app, await buildUser(app))).headers;
  headers.staff = (await signIn(app, await buildUser(app, { role: 'staff' }))).headers;
  const call = callerAs(app, headers);

  const created = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, 'secretary', { kind: 'regular', startsAt: inDays(app, 2) }));
  const add = async (payload: Record<string, unknown>) =>
    detail(await call('POST', `/api/v1/sessions/${created.id}/agenda`, 'secretary', payload)).agenda.items.at(-1)!.id;
  const items = {
    budget: await add({ kind: 'decision', title: 'Budget', proposedResolution: '<p>The budget is adopted.</p>' }),
    minutes: await add({ kind: 'consent_request', title: 'Minutes', proposedResolution: '<p>The minutes are approved.</p>' }),
    report: await add({ kind: 'information', title: 'Report' }),
    personnel: await add({ kind: 'decision', title: 'Personnel', isPublic: false, proposedResolution: '<p>Secret.</p>' }),
  };
  detail(await call('POST', `/api/v1/sessions/${created.id}/status`, 'secretary', { to: 'convened' }));
  const wish = await call('PUT', `/api/v1/agenda-items/${items.budget}/position`, 'member', { position: 'wish_to_speak' });
  if (wish.statusCode !== 200) throw new Error(`position: ${wish.statusCode} ${wish.body}`);
  const session: SessionDetail = detail(await call('POST', `/api/v1/sessions/${created.id}/status`, 'secretary', { to: 'in_progress' }));
  const url = `/api/v1/sessions/${session.id}/meeting`;
  return { body, session, items, call, url, memberPersonId: member.id, substitutePersonId: substitute.id, guestPersonId: guest.personId };
}
