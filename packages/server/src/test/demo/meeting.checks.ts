import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { SessionList } from '@collegium/shared/contracts/sessions';
import { DEMO_PASSWORD } from '../../seed/demo-data.js';
import { signIn } from '../factories.js';
import type { TestApp } from '../harness.js';
import type { SeededDemo } from './seeded-demo.js';

/** The demo’s past meetings: adopted agendas, outcomes and times. */
export function describeDemoMeetings(demo: SeededDemo): void {
  describe('demo meetings', () => {
    let app: TestApp;

    beforeAll(() => {
      app = demo.app;
    });

    it('gives the past sessions an adopted agenda and an outcome for every item, with times', async () => {
      const chair = await signIn(app, { email: 'mojca.zupanec@mdu.gov.example', password: DEMO_PASSWORD });
      const [council] = await app.database.query<{ id: string }>(`select id from bodies where slug = 'svet-za-informatiko'`);
      const past = (await app.server.inject({ url: `/api/v1/bodies/${council!.id}/sessions?when=past`, headers: chair.headers })).json() as SessionList;
      const first = past.items.at(-1)!;
      const meeting = (await app.server.inject({ url: `/api/v1/sessions/${first.id}/meeting`, headers: chair.headers })).json() as MeetingState;
      expect(meeting.agendaAdoptedAt).not.toBeNull();
      expect(meeting.items.length).toBeGreaterThan(1);
      for (const item of meeting.items) expect(item.outcome).toMatch(/^(adopted|noted)$/);
      const worked = meeting.items.filter((item) => !item.inConsentBlock);
      expect(worked.every((item) => item.startedAt !== null && item.endedAt !== null && item.startedAt < item.endedAt)).toBe(true);
      expect(meeting.items.some((item) => item.outcome === 'adopted' && item.resolutionText)).toBe(true);
    });
  });
}
