import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../lib/audit.js';
import { seedDemo } from '../../seed/demo.js';
import type { TestApp } from '../harness.js';
import type { SeededDemo } from './seeded-demo.js';

/** Turns a freshly loaded demo back into what the first demo (version 1, before representation slots) left. */
async function asFirstDemo(app: TestApp): Promise<void> {
  await app.database.query(`update memberships set slot_id = null`);
  await app.database.query(`delete from representation_slots`);
  await app.database.query(`delete from body_member_organizations`);
  await app.database.query(`update persons set title = 'Opšta uprava' where email like 'dragana.%' or email like 'milan.%'`);
  await app.database.query(`update persons set title = 'ИКТ — администратор портала' where email like 'dragan.%' or email like 'stefan.%'`);
  await app.database.query(`update settings set value = jsonb_set(value, '{version}', '1') where key = 'demo.seeded'`);
}

interface Representation {
  organizations: { organization: { slug: string }; seats: { holder: { person: { givenName: string } } | null }[] }[];
}

/** Upgrading a demo loaded before representation slots. Rewinds the shared demo, so it runs last. */
export function describeDemoUpgrade(demo: SeededDemo): void {
  describe('demo upgrade to representation slots', () => {
    let app: TestApp;
    let networkId: string;

    beforeAll(async () => {
      app = demo.app;
      [{ id: networkId }] = (await app.database.query<{ id: string }>(`select id from bodies where slug = 'mreza-opstina-e-uprava'`)) as [
        { id: string },
      ];
      await asFirstDemo(app);
    }, 120_000);

    it('gives the network its slots and members and places representatives by their old title, once', async () => {
      const said: string[] = [];
      await seedDemo(app.deps, (line) => said.push(line));
      expect(said.join('\n')).toMatch(/brought up to date/);
      const representation = (await app.server.inject({ method: 'GET', url: `/api/v1/bodies/${networkId}/representation` })).json() as Representation;
      expect(representation.organizations).toHaveLength(8);
      const holders = (slug: string) =>
        representation.organizations.find((o) => o.organization.slug === slug)!.seats.map((s) => s.holder?.person.givenName ?? null);
      expect(holders('opstina-brezovac')).toEqual(['Milan', null]);
      expect(holders('opstina-javornik')).toEqual([null, 'Драган']);
      const [{ n: titled }] = (await app.database.query<{ n: number }>(`select count(*)::int as n from persons where title is not null and (email like 'milan.%' or email like 'dragan.%')`)) as [{ n: number }];
      expect(titled).toBe(0);

      const again: string[] = [];
      await seedDemo(app.deps, (line) => again.push(line));
      expect(again.join('\n')).toMatch(/already loaded/);
      expect((await verifyAuditChain(app.database.db)).ok).toBe(true);
    });
  });
}
