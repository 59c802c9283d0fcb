import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CastAck } from '@collegium/shared/contracts/ballots';
import type { Poll } from '@collegium/shared/contracts/polls';
import { jobs } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { connect, listen } from '../../test/platform/live-client.js';
import { poll, pollsFixture, type Voter } from '../../test/polls-fixture.js';

const optionOf = (p: Poll, role: string) => p.options.find((option) => option.role === role)!.id;
const newReceipt = () => randomBytes(32).toString('base64url');

describe('ballots: casting named and secret votes', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;
  const cast = (who: Voter, pollId: string, payload: Record<string, unknown>, key: string | null = randomUUID()) =>
    fx.call('POST', `/api/v1/polls/${pollId}/votes`, who, payload, key ? { 'idempotency-key': key } : {});

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app);
  });

  it('casts a named vote once per key, changes it with a new key, and refuses whoever has no seat', async () => {
    const draft = await fx.create({ agendaItemId: fx.items.budget, title: 'Budget', method: 'named', appliesOutcome: false });
    const notOpen = await cast('ana', draft.id, { optionId: optionOf(draft, 'for') });
    expect(notOpen.statusCode).toBe(409);
    expect(notOpen.json().detail).toMatch(/not been opened/);
    const opened = await fx.open(draft.id);
    const forId = optionOf(opened, 'for');

    expect((await cast('ana', draft.id, { optionId: forId }, null)).statusCode).toBe(400);
    const first = await cast('ana', draft.id, { optionId: forId }, 'key-ana-0001');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ personId: fx.people.ana, replayed: false, changed: false });
    const again = (await cast('ana', draft.id, { optionId: forId }, 'key-ana-0001')).json() as CastAck;
    expect(again).toMatchObject({ replayed: true, acknowledgedAt: first.json().acknowledgedAt });
    const changed = (await cast('ana', draft.id, { optionId: optionOf(opened, 'against') }, 'key-ana-0002')).json() as CastAck;
    expect(changed).toMatchObject({ replayed: false, changed: true });

    const bySubstitute = await cast('sam', draft.id, { optionId: forId });
    expect(bySubstitute.json()).toMatchObject({ personId: fx.people.dana });
    for (const who of ['dana', 'cene', 'guest', 'secretary'] as const) {
      const refused = await cast(who, draft.id, { optionId: forId });
      expect(refused.statusCode, who).toBe(403);
      expect(refused.json().detail).toMatch(/may not vote|not linked/);
    }
    const forOther = await cast('bor', draft.id, { optionId: forId, onBehalfOfPersonId: fx.people.ana });
    expect(forOther.statusCode).toBe(403);
    expect((await cast('bor', draft.id, { optionId: randomUUID() })).json()).toMatchObject({ field: 'optionId' });
    expect((await cast('bor', draft.id, { optionId: forId, receipt: newReceipt() })).json()).toMatchObject({ field: 'receipt' });

    const seats = poll(await fx.call('GET', `/api/v1/polls/${draft.id}`, 'ana')).me.seats;
    expect(seats).toEqual([expect.objectContaining({ voted: true, optionId: optionOf(opened, 'against') })]);
    const closed = await fx.close(draft.id);
    expect(closed.voted).toBe(2);
    expect(closed.result!.namedVotes!.map((vote) => vote.personId).sort()).toEqual([fx.people.ana, fx.people.dana].sort());
    const late = await cast('bor', draft.id, { optionId: forId });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/closed/);
    // a cast acknowledged before the close still answers its acknowledgement
    expect((await cast('ana', draft.id, { optionId: forId }, 'key-ana-0001')).json()).toMatchObject({ replayed: true });
  });

  it('keeps a secret ballot apart from its voter, changeable only with its receipt, and checkable after the close', async () => {
    const draft = await fx.create({ agendaItemId: fx.items.personnel, title: 'Appointment', method: 'secret', appliesOutcome: false });
    const opened = await fx.open(draft.id);
    const [forId, againstId] = [optionOf(opened, 'for'), optionOf(opened, 'against')];
    expect((await cast('ana', draft.id, { optionId: forId })).json()).toMatchObject({ field: 'receipt' });
    const receipts: Partial<Record<Voter, string>> = {};
    for (const [who, optionId] of [['ana', forId], ['bor', againstId], ['chair', forId]] as const) {
      receipts[who] = newReceipt();
      expect((await cast(who, draft.id, { optionId, receipt: receipts[who] })).statusCode).toBe(200);
    }
    const without = await cast('bor', draft.id, { optionId: forId, receipt: newReceipt() });
    expect(without.statusCode).toBe(409);
    expect(without.json().detail).toMatch(/device you voted from/);
    expect((await cast('bor', draft.id, { optionId: forId, receipt: receipts.bor })).json()).toMatchObject({ changed: true });
    expect((await fx.call('GET', `/api/v1/polls/${draft.id}/receipts`, 'ana')).statusCode).toBe(409);

    const closed = await fx.close(draft.id);
    expect(closed.result!.counts.find((count) => count.optionId === forId)).toMatchObject({ votes: 3 });
    expect(closed.result!.namedVotes).toBeUndefined();
    const list = (await fx.call('GET', `/api/v1/polls/${draft.id}/receipts`, 'ana')).json();
    expect(list.items).toHaveLength(3);
    const check = (await fx.call('POST', `/api/v1/polls/${draft.id}/receipts/verify`, 'bor', { receipt: receipts.bor })).json();
    expect(check).toEqual({ counted: true, optionId: forId });
    expect((await fx.call('POST', `/api/v1/polls/${draft.id}/receipts/verify`, 'bor', { receipt: newReceipt() })).json()).toEqual({ counted: false, optionId: null });
  });

  it('refuses casts in a show of hands: the secretary counts those', async () => {
    const hands = await fx.create({ agendaItemId: fx.items.budget, title: 'Hands', method: 'hands_totals', appliesOutcome: false });
    const opened = await fx.open(hands.id);
    const refused = await cast('ana', hands.id, { optionId: optionOf(opened, 'for') });
    expect(refused.statusCode).toBe(409);
    await fx.close(hands.id, { counts: [] });
  });

  it('casts over the live WebSocket, answering with an acknowledgement or an error for the same request id', async () => {
    const base = `${await listen(app)}/api/v1/live`;
    const draft = await fx.create({ agendaItemId: fx.items.budget, title: 'Live', method: 'named', appliesOutcome: false });
    const opened = await fx.open(draft.id);
    const socket = await connect(base, { cookie: fx.cookies.bor });
    socket.send({ type: 'subscribe', topic: `session:${fx.sessionId}` });
    expect(await socket.next()).toMatchObject({ type: 'subscribed' });
    socket.send({ type: 'cast', id: 'c1', pollId: draft.id, optionId: optionOf(opened, 'for'), idempotencyKey: 'ws-key-0001' });
    expect(await socket.next()).toMatchObject({ type: 'ack', id: 'c1', personId: fx.people.bor, replayed: false });
    socket.send({ type: 'cast', id: 'c2', pollId: draft.id, optionId: optionOf(opened, 'for'), idempotencyKey: 'ws-key-0001' });
    expect(await socket.next()).toMatchObject({ type: 'ack', id: 'c2', replayed: true });
    socket.send({ type: 'cast', id: 'c3', pollId: draft.id, optionId: randomUUID(), idempotencyKey: 'ws-key-0002' });
    expect(await socket.next()).toMatchObject({ type: 'error', id: 'c3', code: 'validation_failed' });
    expect(await socket.next()).toMatchObject({ type: 'event', data: { kind: 'poll.count', pollId: draft.id, voted: 1, electors: 4 } });
    socket.close();
    await fx.close(draft.id);
  });

  it('closes a timed poll as soon as every seat has voted', async () => {
    const closesAt = new Date(app.clock.now().getTime() + 86_400_000).toISOString();
    const draft = await fx.create({ agendaItemId: fx.items.budget, title: 'Timed', method: 'named', closesAt, appliesOutcome: false });
    const opened = await fx.open(draft.id);
    for (const who of ['chair', 'ana', 'bor', 'sam'] as const) await cast(who, draft.id, { optionId: optionOf(opened, 'for') });
    // durable: the last cast committed the closing job with it, should the instance stop before it closes the poll
    const closing = await app.database.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.name, 'poll.deadline'));
    expect(closing.map((job) => job.payload)).toContainEqual({ pollId: draft.id });
    await expect.poll(async () => poll(await fx.call('GET', `/api/v1/polls/${draft.id}`, 'ana')).status, { timeout: 5000 }).toBe('closed');
    await app.jobs.drain();
    expect(poll(await fx.call('GET', `/api/v1/polls/${draft.id}`, 'ana')).status).toBe('closed');
  });
});
