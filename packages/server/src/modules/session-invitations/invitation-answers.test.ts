import { beforeAll, describe, expect, it } from 'vitest';
import type { InviteeList, MyInvitation, TokenInvitation } from '@collegium/shared/contracts/session-invitations';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn, type TestBody } from '../../test/factories.js';
import { auditEventsOf } from '../../test/requests.js';
import { caller, detail, inDays, type Headers } from '../../test/session-requests.js';

describe('invitees and their answers', () => {
  let app: TestApp;
  let call: ReturnType<typeof caller>;
  let body: TestBody;
  let session: SessionDetail;
  const who = {} as Record<'secretary' | 'withSubstitute' | 'plain' | 'observer' | 'outsider' | 'substituteUser', Headers>;
  let substituteEmail: string;
  let guestId: string;

  const invitees = async (sessionId = session.id) => {
    const response = await call('GET', `/api/v1/sessions/${sessionId}/invitations`, who.secretary);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as InviteeList;
  };
  const answer = (headers: Headers, payload: unknown, sessionId = session.id) =>
    call('PUT', `/api/v1/sessions/${sessionId}/my-invitation`, headers, payload);
  const tokenOf = (text: string) => decodeURIComponent(/invitation-answer#([\w%-]+)/.exec(text)![1]!);

  beforeAll(async () => {
    // the last test moves the clock past the session's start: keep the sign-ins alive that long
    app = await createTestApp({ env: { COLLEGIUM_SESSION_TTL_HOURS: '720' } });
    call = caller(app);
    body = await buildBody(app, { name: 'Water board' });
    who.secretary = (await signIn(app, await buildMember(app, body, 'secretary'))).headers;
    const substituteUser = await buildUser(app);
    substituteEmail = substituteUser.email;
    const substitutePerson = await buildPerson(app, { user: substituteUser, email: null, givenName: 'Sven', familyName: 'Stand-in' });
    const withSubstitute = await buildUser(app);
    const withSubstitutePerson = await buildPerson(app, { user: withSubstitute, givenName: 'Mira', familyName: 'Member' });
    await buildMembership(app, { body, person: withSubstitutePerson, substituteId: substitutePerson.id });
    who.withSubstitute = (await signIn(app, withSubstitute)).headers;
    who.substituteUser = (await signIn(app, substituteUser)).headers;
    who.plain = (await signIn(app, await buildMember(app, body, 'member'))).headers;
    who.observer = (await signIn(app, await buildMember(app, body, 'observer'))).headers;
    who.outsider = (await signIn(app, await buildUser(app))).headers;
    guestId = (await buildPerson(app, { givenName: 'Goran', familyName: 'Guest' })).id;

    session = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, who.secretary, { kind: 'regular', startsAt: inDays(app, 4) }));
    await call('POST', `/api/v1/sessions/${session.id}/agenda`, who.secretary, { kind: 'information', title: 'Water levels' });
  });

  it('lets only the body’s managers see and change the invitees', async () => {
    expect((await call('GET', `/api/v1/sessions/${session.id}/invitations`)).statusCode).toBe(401);
    expect((await call('GET', `/api/v1/sessions/${session.id}/invitations`, who.outsider)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/sessions/${session.id}/invitations`, who.plain)).statusCode).toBe(403);
    const url = `/api/v1/sessions/${session.id}/invitations/guests`;
    expect((await call('POST', url, who.plain, { personId: guestId })).statusCode).toBe(403);
    const badId = await call('POST', url, who.secretary, { personId: 'nobody' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ field: 'personId' });
    const unknown = await call('POST', url, who.secretary, { personId: '6f1c1d2e-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'personId' });
    const added = await call('POST', url, who.secretary, { personId: guestId });
    expect(added.statusCode, added.body).toBe(201);
    expect((added.json() as InviteeList).items).toEqual([expect.objectContaining({ role: 'guest', mailStatus: 'none', person: { id: guestId, name: 'Goran Guest' } })]);
    const twice = await call('POST', url, who.secretary, { personId: guestId });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ field: 'personId', detail: expect.stringContaining('Goran Guest is already invited') });
    expect(app.mailer.sent).toHaveLength(0);
  });

  it('refuses answers before convening (409)', async () => {
    expect((await answer(who.plain, { answer: 'attend' })).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/sessions/${session.id}/my-invitation`, who.plain)).json()).toEqual({ invitation: null });
  });

  it('invites at convening, and a member answers excused with a note, changeable until the start', async () => {
    session = detail(await call('POST', `/api/v1/sessions/${session.id}/status`, who.secretary, { to: 'convened' }));
    await app.jobs.drain();
    expect(app.mailer.sent.map((mail) => mail.subject)).toEqual(Array(6).fill(expect.stringMatching(/^Invitation: 1st regular session – Water board/)));
    const mine = (await call('GET', `/api/v1/sessions/${session.id}/my-invitation`, who.plain)).json() as MyInvitation;
    expect(mine.invitation).toMatchObject({ role: 'member', answer: null, canAnswer: true, namedSubstitute: null });
    expect((await answer(who.plain, { answer: 'maybe' })).statusCode).toBe(400);
    const excused = await answer(who.plain, { answer: 'excused', note: 'Sick leave' });
    expect(excused.statusCode, excused.body).toBe(200);
    expect((excused.json() as MyInvitation).invitation).toMatchObject({ answer: 'excused', answerNote: 'Sick leave' });
    expect((await answer(who.observer, { answer: 'attend' })).statusCode).toBe(200);
    const list = await invitees();
    expect(list.items.find((i) => i.answer === 'excused')).toMatchObject({ answerNote: 'Sick leave', mailStatus: 'sent' });
    expect((await auditEventsOf(app, session.id)).filter((e) => e.action === 'session.invitation.answer')).toHaveLength(2);
  });

  it('sends the substitute named in the membership, who is told so; refuses it when none is named (409)', async () => {
    const none = await answer(who.plain, { answer: 'substitute' });
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ field: 'answer', detail: expect.stringContaining('names no substitute') });
    const mine = (await call('GET', `/api/v1/sessions/${session.id}/my-invitation`, who.withSubstitute)).json() as MyInvitation;
    expect(mine.invitation?.namedSubstitute).toMatchObject({ name: 'Sven Stand-in' });
    app.mailer.sent.length = 0;
    const sent = await answer(who.withSubstitute, { answer: 'substitute' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((sent.json() as MyInvitation).invitation).toMatchObject({ answer: 'substitute', sentSubstitute: { name: 'Sven Stand-in' } });
    await app.jobs.drain();
    expect(app.mailer.sent).toHaveLength(1);
    expect(app.mailer.sent[0]).toMatchObject({ to: substituteEmail, subject: expect.stringContaining('You are sent as a substitute') });
    expect(app.mailer.sent[0]!.text).toContain('Mira Member cannot attend');
    const substituteOwn = (await call('GET', `/api/v1/sessions/${session.id}/my-invitation`, who.substituteUser)).json() as MyInvitation;
    expect(substituteOwn.invitation).toMatchObject({ role: 'substitute' });
  });

  it('answers through the mail’s link without signing anybody in', async () => {
    app.mailer.sent.length = 0;
    const guest = (await invitees()).items.find((i) => i.role === 'guest')!;
    expect((await call('POST', `/api/v1/sessions/${session.id}/invitations/${guest.id}/resend`, who.plain)).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/sessions/${session.id}/invitations/${guest.id}/resend`, who.secretary)).statusCode).toBe(200);
    await app.jobs.drain();
    const token = tokenOf(app.mailer.sent[0]!.text);
    expect((await call('POST', '/api/v1/invitation-answers/lookup', {}, { token: 'x'.repeat(43) })).statusCode).toBe(404);
    const looked = await call('POST', '/api/v1/invitation-answers/lookup', {}, { token });
    expect(looked.statusCode, looked.body).toBe(200);
    expect(looked.json()).toMatchObject({ invitee: 'Goran Guest', session: { id: session.id, bodyName: 'Water board', number: 1 } });
    expect(looked.cookies).toHaveLength(0);
    const answered = await call('POST', '/api/v1/invitation-answers', {}, { token, answer: 'attend' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((answered.json() as TokenInvitation).invitation).toMatchObject({ answer: 'attend', canAnswer: true });
    expect((await call('POST', '/api/v1/invitation-answers', {}, { token, answer: 'substitute' })).statusCode).toBe(409);
    expect((await call('GET', '/api/v1/me', {}, undefined, {})).statusCode).toBe(401);
  });

  it('removes a guest (cancellation mailed) but not a member (409)', async () => {
    app.mailer.sent.length = 0;
    const list = await invitees();
    const member = list.items.find((i) => i.role === 'member')!;
    expect((await call('DELETE', `/api/v1/sessions/${session.id}/invitations/${member.id}`, who.secretary)).statusCode).toBe(409);
    const guest = list.items.find((i) => i.role === 'guest')!;
    const removed = await call('DELETE', `/api/v1/sessions/${session.id}/invitations/${guest.id}`, who.secretary);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json() as InviteeList).items.some((i) => i.role === 'guest')).toBe(false);
    await app.jobs.drain();
    expect(app.mailer.sent.map((m) => m.icalEvent?.method)).toEqual(['CANCEL']);
  });

  it('takes no answers once the session has started (409)', async () => {
    app.clock.set(new Date(new Date(session.startsAt!).getTime() + 60_000));
    const plain = await answer(who.plain, { answer: 'attend' });
    expect(plain.statusCode).toBe(409);
    expect(plain.json()).toMatchObject({ field: 'answer', detail: expect.stringContaining('has started') });
    expect(((await call('GET', `/api/v1/sessions/${session.id}/my-invitation`, who.plain)).json() as MyInvitation).invitation?.canAnswer).toBe(false);
  });
});
