import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionList } from '@collegium/shared/contracts/decisions';
import type { Poll, PollList } from '@collegium/shared/contracts/polls';
import type { SessionList } from '@collegium/shared/contracts/sessions';
import { verifyAuditChain } from '../../lib/audit.js';
import { DEMO_PASSWORD } from '../../seed/demo-data.js';
import { signIn } from '../factories.js';
import type { TestApp } from '../harness.js';
import { councilIdOf, type SeededDemo } from './seeded-demo.js';

/** The demo's votes, its closed correspondence session and its register of decisions. */
export function describeDemoVoting(demo: SeededDemo): void {
  describe('demo votes and decisions', () => {
    let app: TestApp;
    let chair: Record<string, string>;
    /** staff sees every body, the coordination group's too */
    let staff: Record<string, string>;
    const get = async <T>(url: string, headers = chair) => (await app.server.inject({ url, headers })).json() as T;
    const sessionsOf = async (bodyId: string, headers = chair) => (await get<SessionList>(`/api/v1/bodies/${bodyId}/sessions?when=past`, headers)).items;

    beforeAll(async () => {
      app = demo.app;
      chair = (await signIn(app, { email: 'mojca.zupanec@mdu.gov.example', password: DEMO_PASSWORD })).headers;
      staff = (await signIn(app, { email: 'nina.kralj@mdu.gov.example', password: DEMO_PASSWORD })).headers;
    });

    it('gives the council a closed extraordinary session with a named, a secret, an annulled and repeated vote and a show of hands', async () => {
      const session = (await sessionsOf(await councilIdOf(app))).find((s) => s.kind === 'extraordinary')!;
      expect(session.status).toBe('closed');
      const { items } = await get<PollList>(`/api/v1/sessions/${session.id}/polls`);
      const byTitle = (title: string) => items.filter((poll) => poll.title.startsWith(title));
      const [named] = byTitle('Pravilnik');
      expect(named).toMatchObject({ method: 'named', status: 'closed', voted: 6, result: { passed: true } });
      expect(named!.result!.namedVotes).toHaveLength(6);
      const [secret] = byTitle('Imenovanje');
      expect(secret).toMatchObject({ method: 'secret', status: 'closed', voted: 6, result: { passed: true } });
      expect(secret!.result!.namedVotes ?? []).toEqual([]);
      const receipts = await get<{ items: unknown[] }>(`/api/v1/polls/${secret!.id}/receipts`);
      expect(receipts.items).toHaveLength(6);
      const [annulled, repeat] = [...byTitle('Sofinanciranje')].sort((a, b) => Number(a.repeatOfPollId !== null) - Number(b.repeatOfPollId !== null)) as [Poll, Poll];
      expect(annulled).toMatchObject({ status: 'annulled', annulledReason: expect.stringContaining('ponovi') });
      expect(repeat).toMatchObject({ status: 'closed', repeatOfPollId: annulled.id, result: { passed: true } });
      expect(byTitle('Nakup licenc')[0]).toMatchObject({ method: 'hands_named', status: 'closed', result: { passed: true } });
      expect(byTitle('Prenova spletišča')[0]).toMatchObject({ status: 'closed', result: { passed: false } });
    });

    it('gives the coordination group a correspondence session that closed itself at the deadline, decided by named votes', async () => {
      const [group] = await app.database.query<{ id: string }>(`select id from bodies where slug = 'koordinacijska-skupina-si'`);
      const session = (await sessionsOf(group!.id, staff)).find((s) => s.kind === 'correspondence')!;
      expect(session.status).toBe('closed');
      const { items } = await get<PollList>(`/api/v1/sessions/${session.id}/polls`, staff);
      expect(items).toHaveLength(2);
      for (const poll of items) expect(poll).toMatchObject({ method: 'named', status: 'closed', voted: 3, electors: 4, result: { passed: true } });
    });

    it('fills the register of decisions with open, in-progress, done, overdue and cancelled ones, numbered per body', async () => {
      const list = async (query: string) => (await get<DecisionList>(`/api/v1/decisions?${query}`, staff)).items;
      const all = await list('limit=100');
      expect(new Set(all.map((decision) => decision.status))).toEqual(new Set(['open', 'in_progress', 'done', 'cancelled']));
      const overdue = await list('status=overdue');
      expect(overdue.map((decision) => decision.title)).toEqual(['Sofinanciranje skupne rešitve e-Občina']);
      expect(all.find((decision) => decision.title.startsWith('Pravilnik'))).toMatchObject({ status: 'in_progress', responsiblePerson: { name: 'Gregor Kranjc' } });
      expect(all.some((decision) => decision.title.startsWith('Prenova spletišča'))).toBe(false);
      expect(all.filter((decision) => decision.body.shortName === 'KS SI')).toHaveLength(2);
      expect((await verifyAuditChain(app.database.db)).ok).toBe(true);
    });
  });
}
