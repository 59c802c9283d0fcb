import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { systemCtx } from '../../context.js';
import { agendaItemPositions, sessionInvitations } from '../../db/schema/index.js';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn, type TestBody } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import type { Headers } from '../../test/session-requests.js';
import { attendanceKit } from '../../test/attendance-kit.js';
import { quorumFor } from './attendance.quorum.js';

describe('attendance: who reads and registers, self check-in, invitation answers, quorum rules', () => {
  let app: TestApp;
  let kit: ReturnType<typeof attendanceKit>;
  let body: TestBody;
  let publicBody: TestBody;
  const as: Record<'secretary' | 'member' | 'substitute' | 'outsider' | 'publicSecretary', Headers> = {} as never;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp();
    kit = attendanceKit(app);
    body = await buildBody(app, { rules: { quorumRule: 'majority_of_members', substitutesMayVote: true } });
    publicBody = await buildBody(app, { isPublic: true });
    as.secretary = (await signIn(app, await buildMember(app, body, 'coordinator'))).headers;
    const member = await buildMember(app, body, 'member');
    as.member = (await signIn(app, member)).headers;
    ids.member = member.personId;
    // a member whose named substitute has an account
    const substituteUser = await buildUser(app);
    const substitute = await buildPerson(app, { user: substituteUser, givenName: 'Sara', familyName: 'Sub' });
    const absentee = await buildPerson(app, { givenName: 'Alan', familyName: 'Away' });
    await buildMembership(app, { body, person: absentee, substituteId: substitute.id });
    as.substitute = (await signIn(app, substituteUser)).headers;
    ids.substitute = substitute.id;
    ids.absentee = absentee.id;
    as.outsider = (await signIn(app, await buildUser(app))).headers;
    as.publicSecretary = (await signIn(app, await buildMember(app, publicBody, 'coordinator'))).headers;
  });

  it('lets the body’s members and substitutes read, only managers register, and hides the roster from others', async () => {
    const id = await kit.startedSession(body.id, as.secretary);
    for (const who of [as.secretary, as.member, as.substitute]) expect((await kit.read(id, who)).statusCode).toBe(200);
    expect((await kit.read(id, as.outsider)).statusCode).toBe(404);
    expect((await kit.read(id)).statusCode).toBe(404);
    expect((await kit.put(id, ids.member!, as.member, { status: 'present' })).statusCode).toBe(403);
    expect((await kit.put(id, ids.member!, as.outsider, { status: 'present' })).statusCode).toBe(404);
    expect((await kit.put(id, ids.member!, {}, { status: 'present' })).statusCode).toBe(401);
    expect((await kit.call('POST', `/api/v1/sessions/${id}/attendance/guests`, as.member, { name: 'X' })).statusCode).toBe(403);
    expect(kit.roster(await kit.read(id, as.member)).abilities).toEqual({ manage: false, checkIn: true });
  });

  it('shows the attendance of a public body’s session to the public only once it is closed', async () => {
    const id = await kit.startedSession(publicBody.id, as.publicSecretary);
    expect((await kit.read(id)).statusCode).toBe(401);
    expect((await kit.read(id, as.outsider)).statusCode).toBe(403);
    expect((await kit.move(id, 'closed', as.publicSecretary)).statusCode).toBe(200);
    const roster = kit.roster(await kit.read(id));
    expect(roster).toMatchObject({ frozen: true, abilities: { manage: false, checkIn: false } });
    expect((await kit.read(id, as.outsider)).statusCode).toBe(200);
  });

  it('lets a member check in themselves, and a named substitute sit for their absent member', async () => {
    const convened = await kit.convenedSession(body.id, as.secretary);
    expect((await kit.call('POST', `/api/v1/sessions/${convened}/attendance/check-in`, as.member)).statusCode).toBe(409);
    const id = await kit.startedSession(body.id, as.secretary);
    const checkIn = (who: Headers) => kit.call('POST', `/api/v1/sessions/${id}/attendance/check-in`, who);
    let roster = kit.roster(await checkIn(as.member));
    expect(roster.members.find((m) => m.personId === ids.member)).toMatchObject({ status: 'present', arrivedAt: app.clock.now().toISOString() });
    expect(roster.abilities.checkIn).toBe(false);
    expect((await checkIn(as.member)).statusCode).toBe(200);
    roster = kit.roster(await checkIn(as.substitute));
    expect(roster.substitutes).toEqual([
      expect.objectContaining({ personId: ids.substitute, status: 'present', substituteFor: { personId: ids.absentee, name: 'Alan Away' } }),
    ]);
    expect(roster.quorum).toMatchObject({ base: 3, present: 2, met: true });
    expect((await checkIn(as.outsider)).statusCode).toBe(404);
    const audit = await app.database.db.query.auditEvents.findMany({ where: (event, { eq }) => eq(event.entityId, id) });
    expect(audit.filter((event) => event.action === 'attendance.check_in')).toHaveLength(2);
  });

  it('pre-fills excused members and announced substitutes from invitation answers', async () => {
    const id = await kit.convenedSession(body.id, as.secretary);
    const answer = (personId: string, value: 'excused' | 'substitute', sentSubstituteId: string | null = null) =>
      app.database.db
        .insert(sessionInvitations)
        .values({ sessionId: id, personId, role: 'member', answer: value, sentSubstituteId, answerToken: randomUUID() })
        .onConflictDoUpdate({ target: [sessionInvitations.sessionId, sessionInvitations.personId], set: { answer: value, sentSubstituteId } });
    await answer(ids.member!, 'excused');
    await answer(ids.absentee!, 'substitute', ids.substitute!);
    const expected = kit.roster(await kit.read(id, as.secretary));
    expect(expected.members.find((m) => m.personId === ids.member)?.status).toBe('excused');
    expect(expected.substitutes).toEqual([expect.objectContaining({ id: null, personId: ids.substitute, status: 'expected' })]);
    expect((await kit.move(id, 'in_progress', as.secretary)).statusCode).toBe(200);
    const started = kit.roster(await kit.read(id, as.secretary));
    expect(started.members.find((m) => m.personId === ids.member)).toMatchObject({ status: 'excused' });
    expect(started.members.find((m) => m.personId === ids.absentee)).toMatchObject({ status: 'excused' });
    expect(started.substitutes[0]).toMatchObject({ personId: ids.substitute, status: 'expected', substituteFor: { personId: ids.absentee } });
    expect(started.substitutes[0]!.id).not.toBeNull();
    const seated = kit.roster(await kit.put(id, ids.substitute!, as.secretary, { status: 'present' }));
    expect(seated.members.find((m) => m.personId === ids.absentee)?.representedBy).toMatchObject({ personId: ids.substitute });
  });

  it('computes the quorum from each rule on 13 members, and takes conflicted members out of an item’s base', async () => {
    const cases = [
      ['majority_of_members', 7],
      ['one_third_of_members', 5],
      ['majority_of_voting_members', 6],
      ['none', 0],
    ] as const;
    for (const [quorumRule, needed] of cases) {
      const council = await buildBody(app, { rules: { quorumRule } });
      const secretary = await buildMember(app, council, 'coordinator');
      const headers = (await signIn(app, secretary)).headers;
      const members: string[] = [secretary.personId];
      for (let index = 1; index < 13; index += 1) {
        const person = await buildPerson(app, { givenName: `M${index}`, familyName: 'Council' });
        await buildMembership(app, { body: council, person, votingRight: index > 2 });
        members.push(person.id);
      }
      await buildMembership(app, { body: council, person: await buildPerson(app), role: 'observer' });
      const id = await kit.startedSession(council.id, headers);
      for (const personId of members.slice(0, 7)) await kit.put(id, personId, headers, { status: 'present' });
      const roster = kit.roster(await kit.read(id, headers));
      const base = quorumRule === 'majority_of_voting_members' ? 11 : 13;
      const present = quorumRule === 'majority_of_voting_members' ? 5 : 7;
      expect(roster.quorum, quorumRule).toMatchObject({ rule: quorumRule, base, needed, present, met: present >= needed });
      if (quorumRule === 'majority_of_members') {
        const forItem = await quorumFor(systemCtx(app.deps, 'test'), id, { excludePersonIds: members.slice(0, 2) });
        expect(forItem).toMatchObject({ base: 11, needed: 6, present: 5, met: false });
        // the same through the API: two members declared a conflict of interest on the item
        const itemId = ((await kit.call('GET', `/api/v1/sessions/${id}`, headers)).json() as SessionDetail).agenda.items[0]!.id;
        await app.database.db.insert(agendaItemPositions).values(
          members.slice(0, 2).map((personId) => ({ sessionId: id, agendaItemId: itemId, personId, position: 'conflict_of_interest', reason: 'Family business', recordedAt: app.clock.now() })),
        );
        const item = kit.roster(await kit.call('GET', `/api/v1/sessions/${id}/attendance?agendaItemId=${itemId}`, headers));
        expect(item.quorum).toMatchObject({ agendaItemId: itemId, base: 11, needed: 6, present: 5, met: false });
        expect(item.quorum.excludedPersonIds.sort()).toEqual(members.slice(0, 2).sort());
        expect(item.members.find((m) => m.personId === members[0])?.countsForQuorum).toBe(false);
        expect(kit.roster(await kit.read(id, headers)).quorum).toMatchObject({ agendaItemId: null, base: 13, met: true });
        const elsewhere = await kit.call('GET', `/api/v1/sessions/${id}/attendance?agendaItemId=${randomUUID()}`, headers);
        expect(elsewhere.statusCode).toBe(404);
        expect(elsewhere.body).toContain('agendaItemId');
      }
    }
  });
});
