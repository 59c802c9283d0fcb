import { and, eq } from 'drizzle-orm';
import type { Poll } from '@collegium/shared/contracts/polls';
import type { LightMyRequestResponse } from 'fastify';
import { pollElectors, pollOptions, pollParticipations, pollVotes } from '../db/schema/index.js';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn } from './factories.js';
import type { TestApp } from './harness.js';
import { callerAs, type Headers } from './requests.js';
import { detail, inDays } from './session-requests.js';

export type Voter = 'chair' | 'secretary' | 'ana' | 'bor' | 'cene' | 'dana' | 'sam' | 'guest' | 'outsider';

export const poll = (response: LightMyRequestResponse): Poll => {
  if (response.statusCode >= 300) throw new Error(`expected success, got ${response.statusCode} ${response.body}`);
  return response.json() as Poll;
};

/**
 * A body of five seats — the chair, Ana, Bor, Cene and Dana (whose named substitute is Sam) — with a
 * secretary and a guest, and a session in progress: 1 Budget (decision), 2 Personnel (closed decision).
 * Present: the chair, Ana, Bor, and Sam sitting for Dana; Cene is absent.
 */
export async function pollsFixture(app: TestApp, rules: Record<string, unknown> = {}, options: { conflictOnBudget?: Voter } = {}) {
  const body = await buildBody(app, { rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', substitutesMayVote: true, ...rules } });
  const people = {} as Record<Voter, string>;
  const headers = {} as Record<Voter, Headers>;
  const cookies = {} as Record<Voter, string>;
  const sign = async (who: Voter, user: { email: string; password: string }) => {
    const session = await signIn(app, user);
    headers[who] = session.headers;
    cookies[who] = session.cookie;
  };
  for (const [who, role] of [['chair', 'chair'], ['secretary', 'secretary'], ['ana', 'member'], ['bor', 'member'], ['cene', 'member'], ['guest', 'guest']] as const) {
    const user = await buildMember(app, body, role);
    people[who] = user.personId;
    await sign(who, user);
  }
  const samUser = await buildUser(app);
  people.sam = (await buildPerson(app, { user: samUser, email: samUser.email, givenName: 'Sam', familyName: 'Substitute' })).id;
  await sign('sam', samUser);
  const danaUser = await buildUser(app);
  people.dana = (await buildPerson(app, { user: danaUser, email: danaUser.email, givenName: 'Dana', familyName: 'Member' })).id;
  await buildMembership(app, { body, person: { id: people.dana }, role: 'member', substituteId: people.sam });
  await sign('dana', danaUser);
  await sign('outsider', await buildUser(app));
  const call = callerAs(app, headers);

  const created = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, 'secretary', { kind: 'regular', startsAt: inDays(app, 1) }));
  const add = async (payload: Record<string, unknown>) =>
    detail(await call('POST', `/api/v1/sessions/${created.id}/agenda`, 'secretary', payload)).agenda.items.at(-1)!.id;
  const items = {
    budget: await add({ kind: 'decision', title: 'Budget', proposedResolution: '<p>The budget is adopted.</p>' }),
    personnel: await add({ kind: 'decision', title: 'Personnel', isPublic: false, proposedResolution: '<p>Secret.</p>' }),
  };
  detail(await call('POST', `/api/v1/sessions/${created.id}/status`, 'secretary', { to: 'convened' }));
  if (options.conflictOnBudget) {
    const position = { position: 'conflict_of_interest', reason: 'My employer bids for this budget.' };
    const declared = await call('PUT', `/api/v1/agenda-items/${items.budget}/position`, options.conflictOnBudget, position);
    if (declared.statusCode !== 200) throw new Error(`position: ${declared.statusCode} ${declared.body}`);
  }
  detail(await call('POST', `/api/v1/sessions/${created.id}/status`, 'secretary', { to: 'in_progress' }));
  const sessionId = created.id;
  const attend = async (who: Voter, payload: Record<string, unknown>) => {
    const response = await call('PUT', `/api/v1/sessions/${sessionId}/attendance/${people[who]}`, 'secretary', payload);
    if (response.statusCode !== 200) throw new Error(`attendance ${who}: ${response.statusCode} ${response.body}`);
  };
  for (const who of ['chair', 'ana', 'bor'] as const) await attend(who, { status: 'present' });
  await attend('sam', { status: 'present', substituteFor: people.dana });
  await attend('cene', { status: 'absent' });

  const create = async (payload: Record<string, unknown>) => poll(await call('POST', `/api/v1/sessions/${sessionId}/polls`, 'secretary', payload));
  const open = async (id: string) => poll(await call('POST', `/api/v1/polls/${id}/open`, 'secretary', {}));
  const close = async (id: string, payload: Record<string, unknown> = {}) => poll(await call('POST', `/api/v1/polls/${id}/close`, 'secretary', payload));

  /** Records a seat's vote straight in the database, as the casting path does (tests of the poll life cycle only). */
  const vote = async (pollId: string, seat: Voter, role: string) => {
    const db = app.deps.database.db;
    const [option] = await db.select().from(pollOptions).where(and(eq(pollOptions.pollId, pollId), eq(pollOptions.role, role)));
    const [elector] = await db.select().from(pollElectors).where(and(eq(pollElectors.pollId, pollId), eq(pollElectors.personId, people[seat])));
    if (!option || !elector) throw new Error(`no option ${role} or no seat for ${seat}`);
    const now = app.clock.now();
    await db.insert(pollVotes).values({ pollId, personId: people[seat], optionId: option.id, weight: elector.weight, castAt: now });
    await db.insert(pollParticipations).values({ pollId, personId: people[seat], castByPersonId: elector.voterPersonId, votedAt: now });
  };
  return { body, sessionId, items, people, headers, cookies, call, create, open, close, vote };
}
