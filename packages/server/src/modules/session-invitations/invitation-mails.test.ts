import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InviteeList } from '@collegium/shared/contracts/session-invitations';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { buildBody, buildMember, buildMembership, buildPerson, signIn, type TestBody } from '../../test/factories.js';
import type { TestApp } from '../../test/harness.js';
import { auditEventsOf } from '../../test/requests.js';
import { caller, detail, inDays, type Headers } from '../../test/session-requests.js';
import { createSmtpTestApp, startSmtpCapture, type ReceivedMail } from '../../test/smtp-capture.js';
import { UPDATE_BATCH_MS } from './session-mail-hooks.js';

const HOUR = 3600_000;

function eventOf(mail: ReceivedMail | undefined): VEvent & { method: string } {
  expect(mail?.calendar, 'the mail has a text/calendar part').toBeDefined();
  const parsed = ical.sync.parseICS(mail!.calendar!);
  const event = Object.values(parsed).find((c): c is VEvent => c?.type === 'VEVENT');
  const method = /^METHOD:(\w+)/m.exec(mail!.calendar!)?.[1] ?? '';
  return Object.assign(event!, { method });
}

describe('invitation mails through SMTP, with .ics read back by node-ical', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  let app: TestApp;
  let call: ReturnType<typeof caller>;
  let secretary: Headers;
  let secretaryUser: Awaited<ReturnType<typeof buildMember>>;
  let body: TestBody;
  let session: SessionDetail;
  const emails = {} as Record<'secretary' | 'member' | 'substitute' | 'guest' | 'ended' | 'other', string>;
  const take = () => smtp.received.splice(0);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    app = await createSmtpTestApp(smtp.port);
    call = caller(app);
    body = await buildBody(app, { name: 'Town council' });
    secretaryUser = await buildMember(app, body, 'secretary');
    emails.secretary = secretaryUser.email;
    secretary = (await signIn(app, secretaryUser)).headers;
    const substitute = await buildPerson(app, { givenName: 'Sara', familyName: 'Substitute' });
    emails.substitute = substitute.email!;
    const member = await buildPerson(app, { givenName: 'Marko', familyName: 'Member' });
    emails.member = member.email!;
    await buildMembership(app, { body, person: member, substituteId: substitute.id });
    const ended = await buildPerson(app, { givenName: 'Ena', familyName: 'Ended' });
    emails.ended = ended.email!;
    const longAgo = (days: number) => new Date(app.clock.now().getTime() - days * 86_400_000).toISOString().slice(0, 10);
    await buildMembership(app, { body, person: ended, startDate: longAgo(400), endDate: longAgo(30) });
    const other = await buildMember(app, await buildBody(app, { name: 'Other body' }), 'member');
    emails.other = other.email;
    const guest = await buildPerson(app, { givenName: 'Gordana', familyName: 'Guest' });
    emails.guest = guest.email!;

    session = detail(
      await call('POST', `/api/v1/bodies/${body.id}/sessions`, secretary, {
        kind: 'regular',
        startsAt: inDays(app, 5, 9),
        endsAt: inDays(app, 5, 11),
        place: 'Hall 1',
      }),
    );
    await call('POST', `/api/v1/sessions/${session.id}/agenda`, secretary, { kind: 'information', title: 'Budget report' });
    await call('POST', `/api/v1/sessions/${session.id}/agenda`, secretary, { kind: 'decision', title: 'Personnel matter', isPublic: false });
    const added = await call('POST', `/api/v1/sessions/${session.id}/invitations/guests`, secretary, { personId: guest.id });
    expect(added.statusCode, added.body).toBe(201);
    await app.jobs.drain();
    expect(smtp.received, 'nothing is mailed before convening').toHaveLength(0);
    session = detail(await call('POST', `/api/v1/sessions/${session.id}/status`, secretary, { to: 'convened' }));
  });

  afterAll(() => smtp.stop());

  it('invites exactly the members, the substitutes they name and the guests, each with a REQUEST in UTC', async () => {
    await app.jobs.drain();
    const received = take();
    expect(received.flatMap((mail) => mail.to).sort()).toEqual(
      [emails.secretary, emails.member, emails.substitute, emails.guest].sort(),
    );
    const toMember = received.find((mail) => mail.to.includes(emails.member));
    expect(toMember!.subject).toContain('Invitation: 1st regular session – Town council');
    expect(toMember!.text).toContain('you are invited to the 1st regular session of Town council.');
    expect(toMember!.text).toContain('Place: Hall 1');
    expect(toMember!.text).toContain('2. Personnel matter');
    expect(toMember!.text).toMatch(/http:\/\/localhost:\d+\/invitation-answer#[\w-]{40,}/);
    expect(toMember!.text).toContain(`/sessions/${session.id}`);
    const event = eventOf(toMember);
    expect(event.method).toBe('REQUEST');
    expect(event.uid).toBe(`session-${session.id}@localhost`);
    expect(Number(event.sequence)).toBe(0);
    expect(event.start.toISOString()).toBe(session.startsAt);
    expect(toMember!.calendar).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(JSON.stringify(event.attendee).toLowerCase()).toContain(`mailto:${emails.member}`);

    const toGuest = received.find((mail) => mail.to.includes(emails.guest));
    expect(toGuest!.text).toContain('as a guest');
    expect(toGuest!.text).toContain('Budget report');
    expect(toGuest!.text).not.toContain('Personnel matter');
    expect(toGuest!.calendar).not.toContain('Personnel matter');

    const list = (await call('GET', `/api/v1/sessions/${session.id}/invitations`, secretary)).json() as InviteeList;
    expect(list.items.map((i) => [i.person.name, i.role, i.mailStatus])).toEqual(
      expect.arrayContaining([
        ['Marko Member', 'member', 'sent'],
        ['Sara Substitute', 'substitute', 'sent'],
        ['Gordana Guest', 'guest', 'sent'],
      ]),
    );
    expect(list.items).toHaveLength(4);
    expect((await auditEventsOf(app, session.id)).map((e) => e.action)).toContain('session.invitations.send');
  });

  it('mails one update naming every change made within the batching window, with a raised SEQUENCE', async () => {
    const etag = detail(await call('GET', `/api/v1/sessions/${session.id}`, secretary)).etag;
    const moved = await call('PATCH', `/api/v1/sessions/${session.id}`, secretary, { startsAt: inDays(app, 6, 8), endsAt: inDays(app, 6, 10) }, { 'if-match': etag });
    expect(moved.statusCode, moved.body).toBe(200);
    session = detail(moved);
    await call('POST', `/api/v1/sessions/${session.id}/agenda`, secretary, { kind: 'discussion', title: 'Roads' });
    await app.jobs.drain();
    expect(smtp.received, 'the update waits for the batching window').toHaveLength(0);
    app.clock.advance(UPDATE_BATCH_MS);
    await app.jobs.drain();
    const received = take();
    expect(received).toHaveLength(4);
    const toMember = received.find((mail) => mail.to.includes(emails.member))!;
    expect(toMember.subject).toContain('Changed: 1st regular session');
    expect(toMember.text).toMatch(/Time: .+ → .+/);
    expect(toMember.text).toContain('Item 3 “Roads” added');
    const event = eventOf(toMember);
    expect(event.method).toBe('REQUEST');
    expect(event.uid).toBe(`session-${session.id}@localhost`);
    expect(Number(event.sequence)).toBe(1);
    expect(event.start.toISOString()).toBe(session.startsAt);
  });

  it('reminds once, a day before, everyone who has not sent an apology', async () => {
    const member = await signIn(app, await buildMember(app, body, 'member'));
    // a member added after convening is not invited by the reminder; the secretary excuses herself
    const excused = await call('PUT', `/api/v1/sessions/${session.id}/my-invitation`, secretary, { answer: 'excused', note: 'Abroad' });
    expect(excused.statusCode, excused.body).toBe(200);
    expect((await call('GET', `/api/v1/sessions/${session.id}/my-invitation`, member.headers)).json()).toEqual({ invitation: null });

    app.clock.set(new Date(new Date(session.startsAt!).getTime() - 25 * HOUR));
    await app.jobs.drain();
    expect(take()).toHaveLength(0);
    app.clock.advance(HOUR);
    await app.jobs.drain();
    const reminded = take();
    expect(reminded.flatMap((mail) => mail.to).sort()).toEqual([emails.member, emails.substitute, emails.guest].sort());
    expect(reminded[0]!.subject).toMatch(/^Reminder: 1st regular session/);
    expect(Number(eventOf(reminded[0]).sequence)).toBe(1);
    app.clock.advance(HOUR);
    await app.jobs.drain();
    expect(take()).toHaveLength(0);
  });

  it('cancels with METHOD:CANCEL, the same UID and a raised SEQUENCE', async () => {
    secretary = (await signIn(app, secretaryUser)).headers;
    const cancelled = await call('POST', `/api/v1/sessions/${session.id}/status`, secretary, { to: 'cancelled', reason: 'No quorum expected' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await app.jobs.drain();
    const received = take();
    expect(received.flatMap((mail) => mail.to).sort()).toEqual(
      [emails.secretary, emails.member, emails.substitute, emails.guest].sort(),
    );
    const toMember = received.find((mail) => mail.to.includes(emails.member))!;
    expect(toMember.subject).toContain('Cancelled: 1st regular session');
    expect(toMember.text).toContain('Reason: No quorum expected');
    const event = eventOf(toMember);
    expect(event.method).toBe('CANCEL');
    expect(event.uid).toBe(`session-${session.id}@localhost`);
    expect(Number(event.sequence)).toBe(2);
    expect(toMember.calendar).toContain('STATUS:CANCELLED');
  });

  it('tells invitees of a postponement at once, and names the new date when the session is convened again', async () => {
    secretary = (await signIn(app, secretaryUser)).headers;
    const later = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, secretary, { kind: 'extraordinary', startsAt: inDays(app, 8, 9) }));
    await call('POST', `/api/v1/sessions/${later.id}/agenda`, secretary, { kind: 'information', title: 'Flood plan' });
    await call('POST', `/api/v1/sessions/${later.id}/status`, secretary, { to: 'convened' });
    await app.jobs.drain();
    take();
    const postponed = detail(await call('POST', `/api/v1/sessions/${later.id}/status`, secretary, { to: 'postponed', reason: 'The report is late' }));
    await app.jobs.drain();
    const told = take().find((mail) => mail.to.includes(emails.member))!;
    expect(told.subject).toContain('Postponed: 1st extraordinary session');
    expect(told.text).toContain('Reason: The report is late');
    expect(told.calendar).toContain('STATUS:TENTATIVE');
    expect(Number(eventOf(told).sequence)).toBe(1);

    await call('PATCH', `/api/v1/sessions/${later.id}`, secretary, { startsAt: inDays(app, 12, 9) }, { 'if-match': postponed.etag });
    await call('POST', `/api/v1/sessions/${later.id}/status`, secretary, { to: 'convened' });
    app.clock.advance(UPDATE_BATCH_MS);
    await app.jobs.drain();
    const again = take().filter((mail) => mail.to.includes(emails.member));
    expect(again).toHaveLength(1);
    expect(again[0]!.subject).toContain('Changed: 1st extraordinary session');
    expect(again[0]!.text).toContain('Convened again');
    expect(again[0]!.text).toMatch(/Time: .+ → .+/);
    const event = eventOf(again[0]);
    expect(event.method).toBe('REQUEST');
    expect(Number(event.sequence)).toBe(2);
    expect(event.start.toISOString()).toBe(inDays(app, 12, 9));
  });

  it('marks an invitation failed when nobody can be mailed, and shows it to the secretary', async () => {
    const next = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, secretary, { kind: 'extraordinary', startsAt: inDays(app, 10) }));
    await call('POST', `/api/v1/sessions/${next.id}/agenda`, secretary, { kind: 'information', title: 'Only item' });
    const noAddress = await buildPerson(app, { givenName: 'Nina', familyName: 'Nomail', email: null });
    await buildMembership(app, { body, person: noAddress });
    await call('POST', `/api/v1/sessions/${next.id}/status`, secretary, { to: 'convened' });
    await app.jobs.drain();
    take();
    const list = (await call('GET', `/api/v1/sessions/${next.id}/invitations`, secretary)).json() as InviteeList;
    const nina = list.items.find((item) => item.person.name === 'Nina Nomail');
    expect(nina).toMatchObject({ mailStatus: 'failed', mailError: expect.stringContaining('no e-mail address') });
  });
});
