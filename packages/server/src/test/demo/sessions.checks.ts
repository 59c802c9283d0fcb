import { beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceRoster } from '@collegium/shared/contracts/attendance';
import type { SessionDetail, SessionList } from '@collegium/shared/contracts/sessions';
import { seedDemo } from '../../seed/demo.js';
import { DEMO_PASSWORD } from '../../seed/demo-data.js';
import { signIn } from '../factories.js';
import type { TestApp } from '../harness.js';
import { councilIdOf, type SeededDemo } from './seeded-demo.js';

/** The demo council’s sessions: past, upcoming and draft; attendance, agenda visibility, materials. */
export function describeDemoSessions(demo: SeededDemo): void {
  describe('demo sessions', () => {
    let app: TestApp;
    let councilId: string;

    beforeAll(async () => {
      app = demo.app;
      councilId = await councilIdOf(app);
    });

    const list = async (when: string, cookie?: string) =>
      (
        await app.server.inject({ method: 'GET', url: `/api/v1/bodies/${councilId}/sessions?when=${when}`, headers: cookie ? { cookie } : {} })
      ).json() as SessionList;

    it('gives the council past and upcoming sessions, the draft only to its members', async () => {
      const chair = await signIn(app, { email: 'mojca.zupanec@mdu.gov.example', password: DEMO_PASSWORD });
      expect((await list('past')).items.map((s) => [s.kind, s.number, s.status])).toEqual([
        ['extraordinary', 1, 'closed'],
        ['regular', 2, 'closed'],
        ['regular', 1, 'closed'],
      ]);
      expect((await list('upcoming')).items.map((s) => [s.number, s.status])).toEqual([[3, 'convened']]);
      expect((await list('upcoming', chair.cookie)).items.map((s) => [s.number, s.status])).toEqual([
        [3, 'convened'],
        [4, 'draft'],
      ]);
    });

    it('records the attendance of the closed sessions, frozen at their close', async () => {
      const chair = await signIn(app, { email: 'mojca.zupanec@mdu.gov.example', password: DEMO_PASSWORD });
      const [first] = (await list('past')).items.slice(-1);
      const roster = (await app.server.inject({ method: 'GET', url: `/api/v1/sessions/${first!.id}/attendance`, headers: { cookie: chair.cookie } })).json() as AttendanceRoster;
      expect(roster.frozen).toBe(true);
      expect(roster.members.some((m) => m.status === 'present' && m.leftAt !== null)).toBe(true);
      expect(roster.members.every((m) => m.status !== 'expected')).toBe(true);
      expect(roster.quorum.met).toBe(true);
    });

    it('hides the closed item of the upcoming session from the public but not from a member', async () => {
      const [upcoming] = (await list('upcoming')).items;
      const read = async (cookie?: string) =>
        (await app.server.inject({ method: 'GET', url: `/api/v1/sessions/${upcoming!.id}`, headers: cookie ? { cookie } : {} })).json() as SessionDetail;
      const publicView = await read();
      expect(publicView.agenda.items.map((i) => i.number)).toEqual(['1', '2', '2.1', '2.2', '3', '4', '5', '6']);
      expect(publicView.agenda.items[4]!.title).toBeNull();
      const member = await signIn(app, { email: 'petra.golob@mfp.gov.example', password: DEMO_PASSWORD });
      const memberView = await read(member.cookie);
      expect(memberView.agenda.items[4]!.title).toBe('Kadrovska okrepitev informacijske varnosti');
      expect(memberView.agenda.items[1]!.rapporteurPerson?.name).toBe('Petra Golob');
    });

    it('gives the upcoming session small PDF materials; a closed item’s only to members', async () => {
      const [upcoming] = (await list('upcoming')).items;
      const read = async (cookie?: string) =>
        (await app.server.inject({ method: 'GET', url: `/api/v1/sessions/${upcoming!.id}`, headers: cookie ? { cookie } : {} })).json() as SessionDetail;
      const member = await signIn(app, { email: 'petra.golob@mfp.gov.example', password: DEMO_PASSWORD });
      const count = (session: SessionDetail) => session.agenda.items.map((item) => item.materials.length);
      expect(count(await read(member.cookie))).toEqual([0, 2, 1, 0, 1, 0, 0, 0]);
      expect(count(await read())).toEqual([0, 2, 1, 0, 0, 0, 0, 0]);
      const [budget] = (await read()).agenda.items[1]!.materials;
      expect(budget).toMatchObject({ contentType: 'application/pdf', fileName: 'Predlog proračuna za informatiko 2027.pdf', version: 1 });
      const download = await app.server.inject({ method: 'GET', url: budget!.downloadUrl });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('adds no sessions when the demo is loaded again', async () => {
      const count = async () => (await app.database.query<{ n: number }>('select count(*)::int as n from sessions'))[0]!.n;
      const before = await count();
      await seedDemo(app.deps, () => undefined);
      expect(await count()).toBe(before);
      expect(before).toBe(14);
    });
  });
}
