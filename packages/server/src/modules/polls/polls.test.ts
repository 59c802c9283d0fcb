import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { BusEvent } from '../../events/bus.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { poll, pollsFixture } from '../../test/polls-fixture.js';
import { auditEventsOf } from '../../test/requests.js';

const optionOf = (p: { options: { id: string; role: string }[] }, role: string) => p.options.find((option) => option.role === role)!.id;

describe('polls: drafting, electorate, counting, outcome', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app);
  });

  it('drafts a poll with the body’s rules, refusing what makes no sense', async () => {
    const { call, sessionId, items } = fx;
    const url = `/api/v1/sessions/${sessionId}/polls`;
    expect((await call('POST', url, 'ana', { agendaItemId: items.budget, title: 'Budget', method: 'named' })).statusCode).toBe(403);
    const noOptions = await call('POST', url, 'secretary', { agendaItemId: items.budget, title: 'Which?', method: 'named', kind: 'choice' });
    expect(noOptions.statusCode).toBe(400);
    expect(noOptions.json()).toMatchObject({ field: 'options' });
    const noItem = await call('POST', url, 'secretary', { title: 'Budget', method: 'named', subject: 'resolution' });
    expect(noItem.json()).toMatchObject({ field: 'agendaItemId' });
    const draft = await fx.create({ agendaItemId: items.budget, title: 'Budget 2027', method: 'named' });
    expect(draft).toMatchObject({
      status: 'draft',
      kind: 'yes_no',
      subject: 'resolution',
      majorityRule: 'simple',
      abstentions: 'ignored',
      tieBreak: 'rejected',
      appliesOutcome: true,
      electors: 0,
      me: { seats: [] },
      abilities: { manage: true },
    });
    expect(draft.options.map((option) => option.role)).toEqual(['for', 'against', 'abstain']);
    const noMatch = await call('PATCH', `/api/v1/polls/${draft.id}`, 'secretary', { title: 'x' });
    expect(noMatch.statusCode).toBe(428);
    const renamed = poll(await call('PATCH', `/api/v1/polls/${draft.id}`, 'secretary', { title: 'The 2027 budget', majorityRule: 'absolute' }, { 'if-match': draft.etag }));
    expect(renamed).toMatchObject({ title: 'The 2027 budget', majorityRule: 'absolute' });
    expect((await call('DELETE', `/api/v1/polls/${draft.id}`, 'secretary')).statusCode).toBe(204);
  });

  it('opens with the members present and a substitute in an absent member’s seat; guests and the secretary have none', async () => {
    const { call, items, people } = fx;
    const events: BusEvent[] = [];
    const unsubscribe = app.deps.bus.subscribe(`session:${fx.sessionId}`, (event) => events.push(event));
    const draft = await fx.create({ agendaItemId: items.budget, title: 'Budget', method: 'named' });
    const opened = await fx.open(draft.id);
    unsubscribe();
    expect(opened).toMatchObject({ status: 'open', electors: 4, voted: 0, quorumAtOpen: { base: 5, needed: 3, present: 4, met: true } });
    expect(events.map((event) => (event.data as { kind: string }).kind)).toContain('poll.opened');
    const seen = async (who: 'sam' | 'dana' | 'guest' | 'secretary' | 'ana') => poll(await call('GET', `/api/v1/polls/${draft.id}`, who)).me.seats;
    expect(await seen('sam')).toEqual([{ personId: people.dana, name: 'Dana Member', basis: 'substitute', voted: false, optionId: null }]);
    expect(await seen('dana')).toEqual([]);
    expect(await seen('guest')).toEqual([]);
    expect(await seen('secretary')).toEqual([]);
    expect(await seen('ana')).toMatchObject([{ personId: people.ana, basis: 'member' }]);
    expect((await call('POST', `/api/v1/polls/${draft.id}/open`, 'secretary', {})).statusCode).toBe(409);
    const second = await fx.create({ agendaItemId: items.budget, title: 'Budget again', method: 'named' });
    const busy = await call('POST', `/api/v1/polls/${second.id}/open`, 'secretary', {});
    expect(busy.statusCode).toBe(409);
    expect(busy.json().detail).toMatch(/Another vote on this item is open/);

    await fx.vote(draft.id, 'chair', 'for');
    await fx.vote(draft.id, 'ana', 'for');
    await fx.vote(draft.id, 'bor', 'against');
    await fx.vote(draft.id, 'dana', 'abstain');
    const closed = await fx.close(draft.id);
    expect(closed.status).toBe('closed');
    expect(closed.result).toMatchObject({ passed: true, void: false, cast: 4, counted: 3, needed: 2, quorum: { met: true } });
    expect(closed.result!.namedVotes!.map((vote) => [vote.name, vote.optionId === optionOf(closed, 'for')])).toHaveLength(4);
    const meeting = (await call('GET', `/api/v1/sessions/${fx.sessionId}/meeting`, 'ana')).json() as MeetingState;
    expect(meeting.items.find((item) => item.agendaItemId === items.budget)).toMatchObject({ outcome: 'adopted', resolutionText: '<p>The budget is adopted.</p>' });
    const audit = await auditEventsOf(app, draft.id);
    expect(audit.map((event) => event.action)).toEqual(['poll.create', 'poll.open', 'poll.close']);
    expect((await call('DELETE', `/api/v1/polls/${second.id}`, 'secretary')).statusCode).toBe(204);
  });

  it('annuls a poll with a reason, undoing its outcome, and prepares it again', async () => {
    const { call, items } = fx;
    const [closed] = (await call('GET', `/api/v1/sessions/${fx.sessionId}/polls`, 'secretary')).json().items.filter((p: { status: string }) => p.status === 'closed');
    expect((await call('POST', `/api/v1/polls/${closed.id}/annul`, 'secretary', { reason: '' })).statusCode).toBe(400);
    expect((await call('POST', `/api/v1/polls/${closed.id}/annul`, 'ana', { reason: 'x' })).statusCode).toBe(403);
    const annulled = (await call('POST', `/api/v1/polls/${closed.id}/annul`, 'secretary', { reason: 'The voting terminals failed.', repeat: true })).json();
    expect(annulled.poll).toMatchObject({ status: 'annulled', annulledReason: 'The voting terminals failed.' });
    expect(annulled.repeat).toMatchObject({ status: 'draft', repeatOfPollId: closed.id, title: closed.title });
    const meeting = (await call('GET', `/api/v1/sessions/${fx.sessionId}/meeting`, 'ana')).json() as MeetingState;
    expect(meeting.items.find((item) => item.agendaItemId === items.budget)?.outcome ?? null).toBeNull();
    expect((await call('POST', `/api/v1/polls/${closed.id}/annul`, 'secretary', { reason: 'again' })).statusCode).toBe(409);
    const audit = await auditEventsOf(app, closed.id);
    expect(audit.at(-1)).toMatchObject({ action: 'poll.annul' });
  });

  it('measures an absolute majority against all seats, and decides a tie by the rule', async () => {
    const absolute = await fx.create({ agendaItemId: fx.items.budget, title: 'Absolute', method: 'named', majorityRule: 'absolute', appliesOutcome: false });
    await fx.open(absolute.id);
    await fx.vote(absolute.id, 'chair', 'for');
    await fx.vote(absolute.id, 'ana', 'for');
    await fx.vote(absolute.id, 'bor', 'against');
    const lost = await fx.close(absolute.id);
    expect(lost.result).toMatchObject({ passed: false, base: 5, needed: 3 });

    const tie = await fx.create({ agendaItemId: fx.items.budget, title: 'Tie', method: 'named', tieBreak: 'chair_decides', appliesOutcome: false });
    await fx.open(tie.id);
    await fx.vote(tie.id, 'chair', 'for');
    await fx.vote(tie.id, 'ana', 'against');
    const decided = await fx.close(tie.id);
    expect(decided.result).toMatchObject({ tie: true, passed: true, decidedByChair: true });
  });

  it('chooses among several options without deciding the item by itself', async () => {
    const { call, items } = fx;
    const url = `/api/v1/sessions/${fx.sessionId}/polls`;
    const payload = { agendaItemId: items.budget, title: 'Which venue?', method: 'named', kind: 'choice', options: ['Town hall', 'Library', 'School'] };
    const deciding = await call('POST', url, 'secretary', { ...payload, appliesOutcome: true });
    expect(deciding.statusCode).toBe(400);
    expect(deciding.json()).toMatchObject({ field: 'appliesOutcome' });
    const draft = poll(await call('POST', url, 'secretary', payload));
    expect(draft).toMatchObject({ kind: 'choice', appliesOutcome: false });
    expect(draft.options.map((option) => option.label)).toEqual(['Town hall', 'Library', 'School']);
    const opened = await fx.open(draft.id);
    const library = opened.options[1]!.id;
    for (const [who, optionId] of [['chair', library], ['ana', library], ['bor', opened.options[0]!.id]] as const) {
      const cast = await call('POST', `/api/v1/polls/${draft.id}/votes`, who, { optionId }, { 'idempotency-key': `choice-${who}` });
      expect(cast.statusCode, who).toBe(200);
    }
    const before = ((await call('GET', `/api/v1/sessions/${fx.sessionId}/meeting`, 'ana')).json() as MeetingState).items.find((item) => item.agendaItemId === items.budget);
    const closed = await fx.close(draft.id);
    expect(closed.result).toMatchObject({ winnerOptionId: library, cast: 3 });
    const after = ((await call('GET', `/api/v1/sessions/${fx.sessionId}/meeting`, 'ana')).json() as MeetingState).items.find((item) => item.agendaItemId === items.budget);
    expect(after?.outcome ?? null).toBe(before?.outcome ?? null);
  });

  it('counts a show of hands in totals or seat by seat', async () => {
    const { call } = fx;
    const totals = await fx.create({ agendaItemId: fx.items.budget, title: 'Hands', method: 'hands_totals', appliesOutcome: false });
    await fx.open(totals.id);
    expect((await call('POST', `/api/v1/polls/${totals.id}/close`, 'secretary', {})).json()).toMatchObject({ field: 'counts' });
    const tooMany = await call('POST', `/api/v1/polls/${totals.id}/close`, 'secretary', { counts: [{ optionId: optionOf(totals, 'for'), votes: 9 }] });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().detail).toMatch(/only 4 may vote/);
    const counted = await fx.close(totals.id, { counts: [{ optionId: optionOf(totals, 'for'), votes: 3 }, { optionId: optionOf(totals, 'against'), votes: 1 }] });
    expect(counted.result).toMatchObject({ passed: true, cast: 4 });
    expect(counted.result!.namedVotes).toBeUndefined();

    const named = await fx.create({ agendaItemId: fx.items.budget, title: 'Named hands', method: 'hands_named', appliesOutcome: false });
    await fx.open(named.id);
    const stranger = await call('PUT', `/api/v1/polls/${named.id}/hand-votes`, 'secretary', { votes: [{ personId: fx.people.cene, optionId: optionOf(named, 'for') }] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ field: 'votes', row: 0 });
    const recorded = poll(await call('PUT', `/api/v1/polls/${named.id}/hand-votes`, 'secretary', {
      votes: [
        { personId: fx.people.ana, optionId: optionOf(named, 'against') },
        { personId: fx.people.bor, optionId: optionOf(named, 'against') },
      ],
    }));
    expect(recorded.voted).toBe(2);
    const result = (await fx.close(named.id)).result!;
    expect(result).toMatchObject({ passed: false });
    expect(result.namedVotes!.map((vote) => vote.personId).sort()).toEqual([fx.people.ana, fx.people.bor].sort());
  });

  it('hides polls on closed items from those who may not read them', async () => {
    const { call } = fx;
    const secret = await fx.create({ agendaItemId: fx.items.personnel, title: 'Appointment', method: 'secret' });
    expect((await call('GET', `/api/v1/polls/${secret.id}`, 'outsider')).statusCode).toBe(404);
    const listed = (await call('GET', `/api/v1/sessions/${fx.sessionId}/polls`, 'ana')).json().items.map((p: { id: string }) => p.id);
    expect(listed).toContain(secret.id);
  });

  it('refuses to open without a quorum, and voids a poll whose quorum is gone when it closes', async () => {
    const { call, people } = fx;
    const draft = await fx.create({ agendaItemId: fx.items.budget, title: 'Late vote', method: 'named' });
    await fx.open(draft.id);
    await fx.vote(draft.id, 'ana', 'for');
    for (const who of ['ana', 'bor'] as const) {
      const left = await call('PUT', `/api/v1/sessions/${fx.sessionId}/attendance/${people[who]}`, 'secretary', { status: 'left_early' });
      expect(left.statusCode).toBe(200);
    }
    const closed = await fx.close(draft.id);
    expect(closed.result).toMatchObject({ void: true, passed: false, quorum: { met: false, present: 2, needed: 3 } });
    const again = await fx.create({ agendaItemId: fx.items.budget, title: 'Once more', method: 'named' });
    const refused = await call('POST', `/api/v1/polls/${again.id}/open`, 'secretary', {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/no quorum: 2 present, 3 needed/);
  });
});

describe('polls: recusal, proxies, closing time', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app, { proxyVoting: true, majorityRule: 'absolute' }, { conflictOnBudget: 'bor' });
  });

  it('leaves a member with a conflict of interest out of the electors and the base', async () => {
    const draft = await fx.create({ agendaItemId: fx.items.budget, title: 'Budget', method: 'named' });
    const opened = await fx.open(draft.id);
    expect(opened.electors).toBe(3);
    expect(poll(await fx.call('GET', `/api/v1/polls/${draft.id}`, 'bor')).me.seats).toEqual([]);
    await fx.vote(draft.id, 'chair', 'for');
    await fx.vote(draft.id, 'ana', 'for');
    await fx.vote(draft.id, 'dana', 'for');
    const closed = await fx.close(draft.id);
    expect(closed.result).toMatchObject({ passed: true, base: 4, needed: 3 });
  });

  it('lets a present member carry an absent member’s proxy, with no chains and one each', async () => {
    const { call, sessionId, people } = fx;
    const url = `/api/v1/sessions/${sessionId}/proxies`;
    expect((await call('POST', url, 'cene', { toPersonId: people.cene })).statusCode).toBe(400);
    expect((await call('POST', url, 'ana', { fromPersonId: people.cene, toPersonId: people.ana })).statusCode).toBe(403);
    const given = await call('POST', url, 'cene', { toPersonId: people.ana });
    expect(given.statusCode).toBe(201);
    expect((await call('POST', url, 'ana', { toPersonId: people.bor })).statusCode).toBe(409);
    expect((await call('POST', url, 'bor', { toPersonId: people.ana })).json()).toMatchObject({ field: 'toPersonId' });
    expect((await call('GET', url, 'secretary')).json().items).toHaveLength(1);
    expect((await call('GET', url, 'bor')).json().items).toHaveLength(0);

    const draft = await fx.create({ agendaItemId: fx.items.personnel, title: 'Personnel', method: 'named' });
    const opened = await fx.open(draft.id);
    expect(opened.electors).toBe(5);
    const seats = poll(await call('GET', `/api/v1/polls/${draft.id}`, 'ana')).me.seats;
    expect(seats.map((seat) => [seat.personId, seat.basis]).sort()).toEqual([[people.ana, 'member'], [people.cene, 'proxy']].sort());
    await fx.close(draft.id);

    const revoked = await call('DELETE', `/api/v1/proxies/${given.json().id}`, 'cene');
    expect(revoked.json().revokedAt).not.toBeNull();
    expect((await call('DELETE', `/api/v1/proxies/${given.json().id}`, 'cene')).statusCode).toBe(409);
    const audit = await auditEventsOf(app, sessionId);
    expect(audit.map((event) => event.action)).toEqual(expect.arrayContaining(['proxy.give', 'proxy.revoke']));
  });

  it('closes a poll itself at its closing time through a durable job', async () => {
    const closesAt = new Date(app.clock.now().getTime() + 3_600_000).toISOString();
    const draft = await fx.create({ agendaItemId: fx.items.personnel, title: 'Timed', method: 'named', closesAt, appliesOutcome: false });
    await fx.open(draft.id);
    await app.jobs.drain();
    expect(poll(await fx.call('GET', `/api/v1/polls/${draft.id}`, 'secretary')).status).toBe('open');
    app.clock.advance(3_600_000);
    await app.jobs.drain();
    const closed = poll(await fx.call('GET', `/api/v1/polls/${draft.id}`, 'secretary'));
    expect(closed.status).toBe('closed');
    expect((await auditEventsOf(app, draft.id)).at(-1)).toMatchObject({ action: 'poll.close', summary: { reason: 'deadline' } });
  });

  it('refuses proxies where the rules do not allow them', async () => {
    const other = await createTestApp();
    const plain = await pollsFixture(other);
    const refused = await plain.call('POST', `/api/v1/sessions/${plain.sessionId}/proxies`, 'cene', { toPersonId: plain.people.ana });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/do not allow voting by proxy/);
    await other.close();
  });
});

describe('polls: a conflict of interest declared during the meeting', () => {
  let fx: Awaited<ReturnType<typeof pollsFixture>>;

  beforeAll(async () => {
    fx = await pollsFixture(await createTestApp());
  });

  it('takes the seat out of the open vote, and leaves other positions closed once the meeting has started', async () => {
    const { call, items } = fx;
    const opened = await fx.open((await fx.create({ agendaItemId: items.budget, title: 'Budget', method: 'named' })).id);
    expect(opened.electors).toBe(4);
    const position = (who: 'ana' | 'bor', payload: Record<string, unknown>) => call('PUT', `/api/v1/agenda-items/${items.budget}/position`, who, payload);
    expect((await position('bor', { position: 'object', reason: 'Too late.' })).statusCode).toBe(409);
    expect((await position('ana', { position: 'conflict_of_interest', reason: 'My employer bids for this budget.' })).statusCode).toBe(200);
    const after = poll(await call('GET', `/api/v1/polls/${opened.id}`, 'ana'));
    expect(after).toMatchObject({ electors: 3, me: { seats: [] } });
    const cast = await call('POST', `/api/v1/polls/${opened.id}/votes`, 'ana', { optionId: optionOf(opened, 'for') }, { 'idempotency-key': 'ana-recused' });
    expect(cast.statusCode).toBe(403);
    await fx.vote(opened.id, 'chair', 'for');
    await fx.vote(opened.id, 'bor', 'for');
    const closed = await fx.close(opened.id);
    expect(closed.result).toMatchObject({ passed: true, cast: 2 });
  });

  it('writes the outcome of a yes/no vote on the minutes, as on a resolution', async () => {
    const draft = await fx.create({ agendaItemId: fx.items.personnel, subject: 'minutes', title: 'Minutes of the 4th session', method: 'named' });
    expect(draft).toMatchObject({ subject: 'minutes', appliesOutcome: true });
    await fx.open(draft.id);
    for (const who of ['chair', 'ana', 'bor'] as const) await fx.vote(draft.id, who, 'for');
    expect((await fx.close(draft.id)).result).toMatchObject({ passed: true });
    const meeting = (await fx.call('GET', `/api/v1/sessions/${fx.sessionId}/meeting`, 'ana')).json() as MeetingState;
    expect(meeting.items.find((item) => item.agendaItemId === fx.items.personnel)).toMatchObject({ outcome: 'adopted' });
  });
});
