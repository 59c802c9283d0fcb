import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../lib/audit.js';
import type { TestApp } from '../harness.js';
import { signIn } from '../factories.js';
import { DEMO_PASSWORD } from '../../seed/demo-data.js';
import { seedDemo } from '../../seed/demo.js';
import type { SeededDemo } from './seeded-demo.js';

const tables = ['organizations', 'bodies', 'persons', 'memberships', 'users', 'audit_events', 'settings'] as const;

export async function rowCounts(app: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await app.database.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = row!.n;
  }
  return counts;
}

/** The directory of the demo: organisations, bodies, people, memberships, representation, visibility. */
export function describeDemoDirectory(demo: SeededDemo): void {
  describe('demo installation', () => {
    let app: TestApp;
    let said: readonly string[];

    beforeAll(() => {
      ({ app, said } = demo);
    });

    it('loads the directory and prints the shared password', async () => {
      const counts = await rowCounts(app);
      expect(counts.organizations).toBeGreaterThanOrEqual(15);
      expect(counts.bodies).toBe(10);
      expect(counts.memberships).toBeGreaterThan(60);
      expect(said.join('\n')).toContain(DEMO_PASSWORD);
      expect(said.join('\n')).toContain('mojca.zupanec@mdu.gov.example');
    });

    it('changes nothing when run again, and the audit chain still verifies', async () => {
      const before = await rowCounts(app);
      const again: string[] = [];
      await seedDemo(app.deps, (line) => again.push(line));
      expect(await rowCounts(app)).toEqual(before);
      expect(again.join('\n')).toMatch(/already loaded/);
      const verification = await verifyAuditChain(app.database.db);
      expect(verification).toMatchObject({ ok: true });
      expect(verification.checked).toBe(before.audit_events);
    });

    it('audits every directory row as the system', async () => {
      const rows = await app.database.query<{ action: string; n: number }>(
        `select action, count(*)::int as n from audit_events where actor_label = 'system:demo' group by action`,
      );
      const byAction = Object.fromEntries(rows.map((r) => [r.action, r.n]));
      const counts = await rowCounts(app);
      expect(byAction).toMatchObject({
        'organization.create': counts.organizations,
        'body.create': counts.bodies,
        'person.create': counts.persons,
        'membership.create': counts.memberships,
        'demo.seed': 1,
      });
    });

    it('makes the eight municipalities members of the network, with two slots each and two of them unfilled', async () => {
      const [network] = await app.database.query<{ id: string }>(`select id from bodies where slug = 'mreza-opstina-e-uprava'`);
      const response = await app.server.inject({ method: 'GET', url: `/api/v1/bodies/${network!.id}/representation` });
      const representation = response.json() as {
        slots: { key: string; label: string }[];
        organizations: { organization: { slug: string }; unfilled: number }[];
        unfilledTotal: number;
      };
      expect(representation.slots.map((s) => s.label)).toEqual(['General administration', 'ICT — portal administrator']);
      expect(representation.organizations).toHaveLength(8);
      expect(representation.unfilledTotal).toBe(2);
      expect(representation.organizations.filter((o) => o.unfilled > 0).map((o) => o.organization.slug).sort()).toEqual([
        'opstina-bijeli-vir',
        'opstina-stijena',
      ]);
      expect(response.body).not.toMatch(/@|"phone"|"email"/);
      const titled = await app.database.query<{ n: number }>(`select count(*)::int as n from persons where title like '%uprava%' or title like '%портала%'`);
      expect(titled[0]!.n).toBe(0);
    });

    it('lets the chair sign in and see the council, its rules, and a past member no longer listed', async () => {
      const session = await signIn(app, { email: 'mojca.zupanec@mdu.gov.example', password: DEMO_PASSWORD });
      const mine = await app.server.inject({ method: 'GET', url: '/api/v1/me/memberships', headers: { cookie: session.cookie } });
      const council = (mine.json() as { items: { role: string; body: { id: string; slug: string } }[] }).items.find(
        (m) => m.body.slug === 'svet-za-informatiko',
      );
      expect(council?.role).toBe('chair');
      const detail = await app.server.inject({ method: 'GET', url: `/api/v1/bodies/${council!.body.id}`, headers: { cookie: session.cookie } });
      const body = detail.json() as {
        rules: Record<string, unknown>;
        memberGroups: { role: string; members: { person: { familyName: string; email?: string }; substitute: unknown }[] }[];
      };
      expect(body.rules).toMatchObject({ quorumRule: 'majority_of_members', majorityRule: 'simple', materialsDeadlineDays: 7 });
      expect(body.memberGroups.map((g) => g.role)).toEqual(['chair', 'deputy_chair', 'secretary', 'member', 'observer', 'guest']);
      const members = body.memberGroups.flatMap((g) => g.members);
      expect(members.map((m) => m.person.familyName)).not.toContain('Kos');
      expect(members.some((m) => m.substitute !== null)).toBe(true);
      expect(members[0]!.person.email).toBe('mojca.zupanec@mdu.gov.example');
    });

    it('stores the weekly meeting pattern of the regional team and hides the team from the public', async () => {
      const session = await signIn(app, { email: 'eleni.papadopoulou@pva.gov.example', password: DEMO_PASSWORD });
      const list = await app.server.inject({ method: 'GET', url: '/api/v1/bodies', headers: { cookie: session.cookie } });
      const team = (list.json() as { items: { id: string; kind: string }[] }).items.find((b) => b.kind === 'team');
      const detail = await app.server.inject({ method: 'GET', url: `/api/v1/bodies/${team!.id}`, headers: { cookie: session.cookie } });
      expect(detail.json()).toMatchObject({ rules: { meetingPattern: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10', timeZone: 'Europe/Athens' } });
      expect((await app.server.inject({ method: 'GET', url: `/api/v1/bodies/${team!.id}` })).statusCode).toBe(404);
    });

    it('shows the public network without any e-mail address or phone number', async () => {
      const list = await app.server.inject({ method: 'GET', url: '/api/v1/bodies' });
      const network = (list.json() as { items: { id: string; kind: string }[] }).items.find((b) => b.kind === 'network');
      const detail = await app.server.inject({ method: 'GET', url: `/api/v1/bodies/${network!.id}` });
      expect(detail.statusCode).toBe(200);
      expect(detail.body).not.toMatch(/@|"phone"|"email"|\+38/);
      expect(detail.body).toContain('Драган');
    });
  });
}
