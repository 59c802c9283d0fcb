import { beforeAll, describe, expect, it } from 'vitest';
import type { PollElectorList } from '@collegium/shared/contracts/polls';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { poll, pollsFixture } from '../../test/polls-fixture.js';

const optionOf = (p: { options: { id: string; role: string }[] }, role: string) => p.options.find((option) => option.role === role)!.id;

describe('the seats of a poll for its managers, and a named show of hands', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app);
  });

  it('lists the seats to the managers only, with who votes for each; choices only for hands', async () => {
    const { call, items, people } = fx;
    const hands = await fx.create({ agendaItemId: items.budget, title: 'Budget by hands', method: 'hands_named' });
    const url = `/api/v1/polls/${hands.id}/electors`;
    expect((await call('GET', url, 'secretary')).json()).toEqual({ items: [] });
    await fx.open(hands.id);
    expect((await call('GET', url, 'ana')).statusCode).toBe(403);
    expect((await call('GET', url, 'outsider')).statusCode).toBe(404);
    const seats = (await call('GET', url, 'secretary')).json() as PollElectorList;
    expect(seats.items.map((seat) => seat.personId).sort()).toEqual([people.chair, people.ana, people.bor, people.dana].sort());
    expect(seats.items.find((seat) => seat.personId === people.dana)).toEqual({
      personId: people.dana,
      name: 'Dana Member',
      basis: 'substitute',
      voter: { personId: people.sam, name: 'Sam Substitute' },
      weight: 1,
      voted: false,
      optionId: null,
    });

    const recorded = await call('PUT', `/api/v1/polls/${hands.id}/hand-votes`, 'secretary', {
      votes: [
        { personId: people.chair, optionId: optionOf(hands, 'for') },
        { personId: people.ana, optionId: optionOf(hands, 'for') },
        { personId: people.dana, optionId: optionOf(hands, 'against') },
      ],
    });
    expect(recorded.statusCode).toBe(200);
    const outsider = await call('PUT', `/api/v1/polls/${hands.id}/hand-votes`, 'secretary', { votes: [{ personId: people.cene, optionId: optionOf(hands, 'for') }] });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json()).toMatchObject({ field: 'votes', row: 0 });
    const after = ((await call('GET', url, 'chair')).json() as PollElectorList).items;
    expect(after.find((seat) => seat.personId === people.dana)).toMatchObject({ voted: true, optionId: optionOf(hands, 'against') });
    expect(after.find((seat) => seat.personId === people.bor)).toMatchObject({ voted: false, optionId: null });

    const closed = await fx.close(hands.id);
    expect(closed.result).toMatchObject({ passed: true, cast: 3 });
    expect(closed.result!.namedVotes!.map((vote) => vote.personId).sort()).toEqual([people.chair, people.ana, people.dana].sort());
  });

  it('shows that a seat voted on a device without its choice', async () => {
    const named = await fx.create({ agendaItemId: fx.items.budget, title: 'Budget named', method: 'named', appliesOutcome: false });
    await fx.open(named.id);
    await fx.vote(named.id, 'bor', 'against');
    const seats = ((await fx.call('GET', `/api/v1/polls/${named.id}/electors`, 'secretary')).json() as PollElectorList).items;
    expect(seats.find((seat) => seat.personId === fx.people.bor)).toMatchObject({ voted: true, optionId: null });
    expect(poll(await fx.call('GET', `/api/v1/polls/${named.id}`, 'secretary')).voted).toBe(1);
  });
});
