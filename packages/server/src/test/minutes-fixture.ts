import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Poll } from '@collegium/shared/contracts/polls';
import type { LightMyRequestResponse } from 'fastify';
import { findMinutesIdOfSession } from '../modules/minutes/minutes.document.js';
import { systemCtx } from '../context.js';
import { agendaItems } from '../db/schema/index.js';
import type { TestApp } from './harness.js';
import { pollsFixture } from './polls-fixture.js';

const ok = (what: string, response: LightMyRequestResponse) => {
  if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
  return response;
};
const optionOf = (poll: Poll, role: string) => poll.options.find((option) => option.role === role)!.id;

/**
 * A closed session with everything its minutes record. The body of test/polls-fixture.ts (chair, Ana, Bor,
 * Cene, Dana with her substitute Sam, a secretary, a standing guest); present: the chair, Ana, Bor and Sam
 * for Dana, who excused herself; Cene absent; the secretary present, the standing guest not; Gina Guest (Daily News) came as a guest. Before its
 * adoption the agenda was amended: "Road repairs" added on Ana's proposal (accepted), withdrawing the budget
 * (proposed by a citizen) rejected. 1 Budget: named vote, 3 for (chair, Ana, Sam) and 1 against (Bor),
 * adopted, so a decision exists; 2 Personnel (closed item): secret ballot, 2 for, 1 against, 1 abstaining,
 * adopted; 3 Road repairs: no vote. Callers: secretary, chair, member (Ana), outsider (no role).
 */
export async function recordedSession(app: TestApp) {
  const fx = await pollsFixture(app);
  const { call, sessionId, people } = fx;
  const meeting = `/api/v1/sessions/${sessionId}/meeting`;
  ok('excused', await call('PUT', `/api/v1/sessions/${sessionId}/attendance/${people.dana}`, 'secretary', { status: 'excused' }));
  ok('secretary', await call('PUT', `/api/v1/sessions/${sessionId}/attendance/${people.secretary}`, 'secretary', { status: 'present' }));
  ok('guest', await call('POST', `/api/v1/sessions/${sessionId}/attendance/guests`, 'secretary', { name: 'Gina Guest', organization: 'Daily News' }));
  ok('add', await call('POST', `${meeting}/amendments`, 'chair', {
    kind: 'add', text: 'Add the road repairs to the agenda', newItemTitle: 'Road repairs', proposerPersonId: people.ana, decision: 'accepted',
  }));
  ok('withdraw', await call('POST', `${meeting}/amendments`, 'chair', {
    kind: 'withdraw', text: 'Withdraw the budget', agendaItemId: fx.items.budget, proposerName: 'A citizen', decision: 'rejected',
  }));
  ok('adopt', await call('POST', `${meeting}/agenda-adoption`, 'chair', {}));

  const cast = (pollId: string, who: 'chair' | 'ana' | 'bor' | 'sam', payload: Record<string, unknown>) =>
    call('POST', `/api/v1/polls/${pollId}/votes`, who, payload, { 'idempotency-key': randomUUID() });
  const named = await fx.open((await fx.create({ agendaItemId: fx.items.budget, title: 'Adoption of the budget', method: 'named' })).id);
  for (const [who, role] of [['chair', 'for'], ['ana', 'for'], ['bor', 'against'], ['sam', 'for']] as const) {
    ok(`named vote ${who}`, await cast(named.id, who, { optionId: optionOf(named, role) }));
  }
  await fx.close(named.id);
  const secret = await fx.open((await fx.create({ agendaItemId: fx.items.personnel, title: 'Appointment of the director', method: 'secret' })).id);
  for (const [who, role] of [['chair', 'for'], ['ana', 'against'], ['bor', 'for'], ['sam', 'abstain']] as const) {
    ok(`secret vote ${who}`, await cast(secret.id, who, { optionId: optionOf(secret, role), receipt: randomBytes(32).toString('base64url') }));
  }
  await fx.close(secret.id);
  ok('close', await call('POST', `/api/v1/sessions/${sessionId}/status`, 'secretary', { to: 'closed' }));

  const minutesId = await findMinutesIdOfSession(systemCtx(app.deps, 'test'), sessionId);
  if (!minutesId) throw new Error('closing the session built no minutes');
  const cookies = {
    secretary: fx.cookies.secretary,
    chair: fx.cookies.chair,
    member: fx.cookies.ana,
    outsider: fx.cookies.outsider,
  };
  const headers = { secretary: fx.headers.secretary, chair: fx.headers.chair, member: fx.headers.ana, outsider: fx.headers.outsider };
  const [roads] = await app.database.db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.sessionId, sessionId), eq(agendaItems.title, 'Road repairs')));
  const items = { ...fx.items, roads: roads!.id };
  return { ...fx, items, minutesId, cookies, headers, polls: { named: named.id, secret: secret.id } };
}

