import { beforeAll, describe, expect, it } from 'vitest';
import type { InviteeList } from '@collegium/shared/contracts/session-invitations';
import type { SessionList } from '@collegium/shared/contracts/sessions';
import { DEMO_PASSWORD } from '../../seed/demo-data.js';
import { signIn } from '../factories.js';
import type { TestApp } from '../harness.js';
import { councilIdOf, type SeededDemo } from './seeded-demo.js';

/** The demo sessions’ invitees, answers and mail status; the seed’s jobs send no mail. */
export function describeDemoInvitations(demo: SeededDemo): void {
  describe('demo invitations', () => {
    let app: TestApp;
    let chair: Record<string, string>;
    let sessions: SessionList;

    beforeAll(async () => {
      app = demo.app;
      const councilId = await councilIdOf(app);
      chair = (await signIn(app, { email: 'mojca.zupanec@mdu.gov.example', password: DEMO_PASSWORD })).headers;
      sessions = (await app.server.inject({ method: 'GET', url: `/api/v1/bodies/${councilId}/sessions?when=all`, headers: chair })).json() as SessionList;
    }, 120_000);

    const invitees = async (status: string) => {
      const session = sessions.items.find((s) => s.status === status)!;
      return (await app.server.inject({ method: 'GET', url: `/api/v1/sessions/${session.id}/invitations`, headers: chair })).json() as InviteeList;
    };

    it('shows the invitees of convened and past sessions as mailed, with answers; none for a draft; no mail sent now', async () => {
      const upcoming = await invitees('convened');
      expect(upcoming.items.length).toBeGreaterThan(3);
      expect(upcoming.items.every((i) => i.mailStatus === 'sent')).toBe(true);
      expect(upcoming.items.some((i) => i.answer === 'excused' && i.answerNote)).toBe(true);
      expect(upcoming.items.some((i) => i.answer === null)).toBe(true);
      expect((await invitees('closed')).items.every((i) => i.role !== 'member' || i.answer !== null)).toBe(true);
      expect((await invitees('draft')).items).toEqual([]);
      await app.jobs.drain();
      expect(app.mailer.sent).toHaveLength(0);
    });
  });
}
