import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDetail, DecisionList } from '@collegium/shared/contracts/decisions';
import { bodies, users } from '../../db/schema/index.js';
import { buildPerson, buildUser, signIn, type TestUser } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { meetingFixture, state } from '../../test/meeting-fixture.js';
import { caller } from '../../test/requests.js';

const DAY = 86_400_000;

describe('decision reminders: before the deadline and while overdue, once each, in the recipient’s language', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof meetingFixture>>;
  let decisionId: string;
  let responsibleEmail: string;
  let administrator: TestUser;
  const url = () => `/api/v1/decisions/${decisionId}`;
  const dayIn = (days: number) => new Date(app.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);
  /** As an administrator signed in afresh: moving the clock by weeks ends earlier sign-ins. */
  const read = async () => {
    const { headers } = await signIn(app, administrator);
    return { headers, decision: (await caller(app)('GET', url(), headers)).json() as DecisionDetail };
  };
  const patch = async (body: Record<string, unknown>) => {
    const { headers, decision } = await read();
    const response = await caller(app)('PATCH', url(), headers, body, { 'if-match': decision.etag });
    expect(response.statusCode, response.body).toBe(200);
  };
  /** Moves the clock to the start (UTC) of a day plus some hours, runs due jobs and returns the mails they sent. */
  const mailsOn = async (day: string, hours = 6) => {
    app.clock.set(new Date(Date.parse(`${day}T00:00:00Z`) + hours * 3_600_000));
    const before = app.mailer.sent.length;
    await app.jobs.drain();
    return app.mailer.sent.slice(before);
  };
  const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await createTestApp();
    fx = await meetingFixture(app);
    await app.database.db.update(bodies).set({ rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', decisionReminderDays: 3 } }).where(eq(bodies.id, fx.body.id));
    state(await fx.call('POST', `${fx.url}/agenda-adoption`, 'secretary', {}));
    state(await fx.call('PUT', `${fx.url}/items/${fx.items.budget}/outcome`, 'secretary', { outcome: 'adopted' }));
    const list = (await fx.call('GET', `/api/v1/decisions?bodyId=${fx.body.id}`, 'secretary')).json() as DecisionList;
    administrator = await buildUser(app, { role: 'administrator' });
    decisionId = list.items.find((d) => d.agendaItemId === fx.items.budget)!.id;
    const user = await buildUser(app);
    await app.database.db.update(users).set({ locale: 'sl' }).where(eq(users.id, user.id));
    const person = await buildPerson(app, { user, email: user.email });
    responsibleEmail = user.email;
    await patch({ responsiblePersonId: person.id });
    await app.jobs.drain();
  });

  it('reminds the responsible person (in Slovenian) and the secretary the body’s number of days before, once', async () => {
    const deadline = dayIn(20);
    await patch({ deadline });
    expect(await mailsOn(addDays(deadline, -4))).toEqual([]);
    const mails = await mailsOn(addDays(deadline, -3));
    expect(mails.map((m) => m.to).sort()).toHaveLength(2);
    const toResponsible = mails.find((m) => m.to === responsibleEmail)!;
    expect(toResponsible.subject).toMatch(/^Rok se izteka: sklep /);
    expect(toResponsible.text).toContain(`/decisions/${decisionId}`);
    const toSecretary = mails.find((m) => m.to !== responsibleEmail)!;
    expect(toSecretary.subject).toMatch(/^Deadline approaching: decision /);
    expect(await mailsOn(addDays(deadline, -2))).toEqual([]);
  });

  it('reschedules when the deadline moves, and reminds a day after it, then weekly while overdue', async () => {
    const current = (await read()).decision;
    const deadline = addDays(current.deadline!, 10);
    await patch({ deadline });
    expect(await mailsOn(addDays(current.deadline!, 1))).toEqual([]);
    expect(await mailsOn(addDays(deadline, -3))).toHaveLength(2);
    expect(await mailsOn(deadline)).toEqual([]);
    const overdue = await mailsOn(addDays(deadline, 1));
    expect(overdue).toHaveLength(2);
    expect(overdue.find((m) => m.to === responsibleEmail)!.subject).toMatch(/^Rok je potekel: sklep /);
    expect(await mailsOn(addDays(deadline, 5))).toEqual([]);
    expect(await mailsOn(addDays(deadline, 8))).toHaveLength(2);
  });

  it('stops once the decision is done, and sends at most the bounded number after the deadline', async () => {
    const current = (await read()).decision;
    await patch({ status: 'done' });
    expect(await mailsOn(addDays(current.deadline!, 15))).toEqual([]);
    await patch({ status: 'in_progress' });
    // the queue catches up with the latest point only, then continues weekly up to the last
    expect(await mailsOn(addDays(current.deadline!, 16))).toHaveLength(2);
    expect(await mailsOn(addDays(current.deadline!, 22))).toHaveLength(2);
    expect(await mailsOn(addDays(current.deadline!, 29))).toHaveLength(2);
    expect(await mailsOn(addDays(current.deadline!, 36))).toEqual([]);
    expect(await mailsOn(addDays(current.deadline!, 100))).toEqual([]);
  });
});
