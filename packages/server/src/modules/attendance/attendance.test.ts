import { beforeAll, describe, expect, it } from 'vitest';
import { buildBody, buildMember, buildMembership, buildPerson, signIn, type TestBody } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditEventsOf } from '../../test/requests.js';
import type { Headers } from '../../test/session-requests.js';
import { attendanceKit, statusLines } from '../../test/attendance-kit.js';

describe('attendance: roster, registration, guests and closing', () => {
  let app: TestApp;
  let body: TestBody;
  let secretary: Headers;
  let kit: ReturnType<typeof attendanceKit>;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp();
    kit = attendanceKit(app);
    body = await buildBody(app, { rules: { quorumRule: 'majority_of_members', substitutesMayVote: true } });
    // the coordinator runs the session here: a manager with a seat
    const secretaryUser = await buildMember(app, body, 'coordinator');
    secretary = (await signIn(app, secretaryUser)).headers;
    people.secretary = secretaryUser.personId;
    const person = async (givenName: string, role: 'chair' | 'member' | 'observer' | 'secretary', over: Record<string, unknown> = {}) => {
      const { id } = await buildPerson(app, { givenName, familyName: 'Test' });
      await buildMembership(app, { body, person: { id }, role, ...over });
      people[givenName] = id;
    };
    const { id: substitute } = await buildPerson(app, { givenName: 'Sam', familyName: 'Substitute' });
    people.Sam = substitute;
    await person('Ana', 'chair');
    await person('Bor', 'member');
    await person('Cene', 'member', { substituteId: substitute });
    await person('Dora', 'member');
    await person('Olga', 'observer');
    await person('Sekretar', 'secretary');
    // not on the roster: a membership that ended before the session, and a member of another body
    await person('Ended', 'member', { startDate: '2020-01-01', endDate: '2021-01-01' });
    const other = await buildBody(app);
    await buildMembership(app, { body: other, person: await buildPerson(app, { givenName: 'Elsewhere', familyName: 'Test' }) });
  });

  it('shows the expected roster before the start: members on the session’s date, the secretary and observers without a seat', async () => {
    const id = await kit.convenedSession(body.id, secretary);
    const roster = kit.roster(await kit.read(id, secretary));
    expect(roster.members.map((m) => `${m.name} ${m.role}`)).toEqual([
      'Ana Test chair',
      'Test Person coordinator',
      'Sekretar Test secretary',
      'Bor Test member',
      'Cene Test member',
      'Dora Test member',
      'Olga Test observer',
    ]);
    expect(roster.members.every((m) => m.status === 'expected' && m.id === null)).toBe(true);
    expect(roster.members.find((m) => m.name === 'Cene Test')?.namedSubstitute).toEqual({ personId: people.Sam, name: 'Sam Substitute' });
    expect(roster.quorum).toEqual({
      rule: 'majority_of_members',
      base: 5,
      needed: 3,
      present: 0,
      met: false,
      substitutesCount: true,
      agendaItemId: null,
      excludedPersonIds: [],
    });
    expect(roster.abilities).toEqual({ manage: true, checkIn: false });
  });

  it('notes only who is excused before the start', async () => {
    const id = await kit.convenedSession(body.id, secretary);
    const refused = await kit.put(id, people.Bor!, secretary, { status: 'present' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail ?? refused.body).toMatch(/once the session has started/);
    const guest = await kit.call('POST', `/api/v1/sessions/${id}/attendance/guests`, secretary, { name: 'Early Guest' });
    expect(guest.statusCode).toBe(409);
    const excused = kit.roster(await kit.put(id, people.Dora!, secretary, { status: 'excused', note: 'abroad' }));
    expect(excused.members.find((m) => m.personId === people.Dora)).toMatchObject({ status: 'excused', note: 'abroad' });
    detail(await kit.move(id, 'in_progress', secretary));
    const started = kit.roster(await kit.read(id, secretary));
    expect(started.members.every((m) => m.id !== null)).toBe(true);
    expect(started.members.find((m) => m.personId === people.Dora)).toMatchObject({ status: 'excused', note: 'abroad' });
  });

  it('registers present, late and left early with times, and seats a substitute for a member', async () => {
    const id = await kit.startedSession(body.id, secretary);
    const startedAt = app.clock.now();
    app.clock.advance(20 * 60_000);
    kit.roster(await kit.put(id, people.Ana!, secretary, { status: 'present' }));
    let roster = kit.roster(await kit.put(id, people.secretary!, secretary, { status: 'present' }));
    expect(roster.quorum).toMatchObject({ present: 2, needed: 3, met: false });
    const lateAt = new Date(startedAt.getTime() + 10 * 60_000).toISOString();
    roster = kit.roster(await kit.put(id, people.Bor!, secretary, { status: 'late', at: lateAt }));
    expect(roster.members.find((m) => m.personId === people.Bor)).toMatchObject({ status: 'late', arrivedAt: lateAt, countsForQuorum: true });
    expect(roster.quorum).toMatchObject({ present: 3, met: true });

    roster = kit.roster(await kit.put(id, people.Sam!, secretary, { status: 'present', substituteFor: people.Cene }));
    expect(roster.substitutes).toHaveLength(1);
    expect(roster.substitutes[0]).toMatchObject({ name: 'Sam Substitute', substituteFor: { personId: people.Cene }, countsForQuorum: true });
    expect(roster.members.find((m) => m.personId === people.Cene)?.representedBy).toMatchObject({ personId: people.Sam });
    expect(roster.quorum.present).toBe(4);

    app.clock.advance(30 * 60_000);
    roster = kit.roster(await kit.put(id, people.Bor!, secretary, { status: 'left_early' }));
    expect(roster.members.find((m) => m.personId === people.Bor)).toMatchObject({
      status: 'left_early',
      arrivedAt: lateAt,
      leftAt: app.clock.now().toISOString(),
      countsForQuorum: false,
    });
    expect(roster.quorum.present).toBe(3);
    kit.roster(await kit.put(id, people.Dora!, secretary, { status: 'absent' }));
    roster = kit.roster(await kit.put(id, people.Olga!, secretary, { status: 'present' }));
    expect(roster.quorum.present).toBe(3);
    expect(statusLines(roster.members)).toEqual([
      'Ana Test: present',
      'Test Person: present',
      'Sekretar Test: expected',
      'Bor Test: left_early',
      'Cene Test: expected',
      'Dora Test: absent',
      'Olga Test: present',
    ]);
  });

  it('refuses bad registrations naming the field', async () => {
    const id = await kit.startedSession(body.id, secretary);
    const cases: [string, Record<string, unknown>, number, string][] = [
      [people.Ana!, { status: 'present', at: new Date(app.clock.now().getTime() + 3_600_000).toISOString() }, 400, 'at'],
      [people.Ana!, { status: 'late', at: new Date(app.clock.now().getTime() - 3_600_000).toISOString() }, 400, 'at'],
      [people.Ana!, { status: 'excused', at: app.clock.now().toISOString() }, 400, 'at'],
      [people.Ana!, { status: 'asleep' }, 400, 'status'],
      [people.Bor!, { status: 'present', substituteFor: people.Cene }, 400, 'substituteFor'],
      [people.Sam!, { status: 'present', substituteFor: people.Bor }, 400, 'substituteFor'],
      [people.Sam!, { status: 'present' }, 404, 'personId'],
      [people.Ended!, { status: 'present' }, 404, 'personId'],
    ];
    for (const [personId, payload, status, field] of cases) {
      const response = await kit.put(id, personId, secretary, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.body).toContain(field);
    }
  });

  it('adds guests by name or from the directory, refuses duplicates and removes one added by mistake', async () => {
    const id = await kit.startedSession(body.id, secretary);
    const url = `/api/v1/sessions/${id}/attendance/guests`;
    const expert = await buildPerson(app, { givenName: 'Eva', familyName: 'Expert' });
    kit.roster(await kit.call('POST', url, secretary, { name: 'Gregor Guest', organization: 'Chamber of Commerce' }));
    let roster = kit.roster(await kit.call('POST', url, secretary, { personId: expert.id }));
    expect(roster.guests.map((g) => `${g.name} (${g.organizationName ?? '-'}) ${g.status}`)).toEqual([
      'Eva Expert (-) present',
      'Gregor Guest (Chamber of Commerce) present',
    ]);
    expect(roster.quorum.base).toBe(5);
    expect((await kit.call('POST', url, secretary, { personId: expert.id })).statusCode).toBe(409);
    expect((await kit.call('POST', url, secretary, { personId: people.Ana })).statusCode).toBe(409);
    expect((await kit.call('POST', url, secretary, {})).statusCode).toBe(400);
    expect((await kit.call('POST', url, secretary, { name: 'X', personId: expert.id })).statusCode).toBe(400);
    const mistaken = roster.guests.find((g) => g.name === 'Gregor Guest')!;
    roster = kit.roster(await kit.call('DELETE', `${url}/${mistaken.id}`, secretary));
    expect(roster.guests.map((g) => g.name)).not.toContain('Gregor Guest');
    expect((await kit.call('DELETE', `${url}/${mistaken.id}`, secretary)).statusCode).toBe(404);
  });

  it('closing stamps the leaving time, marks the unregistered absent and freezes attendance; every change is audited', async () => {
    const id = await kit.startedSession(body.id, secretary);
    app.clock.advance(5 * 60_000);
    kit.roster(await kit.put(id, people.Ana!, secretary, { status: 'present' }));
    kit.roster(await kit.call('POST', `/api/v1/sessions/${id}/attendance/guests`, secretary, { name: 'Gregor Guest' }));
    app.clock.advance(60 * 60_000);
    const closedAt = app.clock.now().toISOString();
    detail(await kit.move(id, 'closed', secretary));
    const roster = kit.roster(await kit.read(id, secretary));
    expect(roster.frozen).toBe(true);
    expect(roster.abilities.manage).toBe(false);
    expect(roster.members.find((m) => m.personId === people.Ana)).toMatchObject({ status: 'present', leftAt: closedAt });
    expect(roster.members.find((m) => m.personId === people.Bor)).toMatchObject({ status: 'absent', leftAt: null });
    expect(roster.guests[0]).toMatchObject({ status: 'present', leftAt: closedAt });
    const frozen = await kit.put(id, people.Bor!, secretary, { status: 'present' });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.body).toContain('frozen');
    expect((await kit.put(id, people.Bor!, secretary, { status: 'excused' })).statusCode).toBe(409);
    expect((await kit.call('POST', `/api/v1/sessions/${id}/attendance/guests`, secretary, { name: 'Late' })).statusCode).toBe(409);
    const actions = (await auditEventsOf(app, id)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['session.start', 'attendance.record', 'attendance.guest_add', 'session.close']));
  });
});

function detail(response: { statusCode: number; body: string }) {
  if (response.statusCode >= 300) throw new Error(`expected success, got ${response.statusCode} ${response.body}`);
  return JSON.parse(response.body) as unknown;
}
