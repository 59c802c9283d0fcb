import { beforeAll, describe, expect, it } from 'vitest';
import type { Minutes, MinutesDocument } from '@collegium/shared/contracts/minutes';
import type { SessionList } from '@collegium/shared/contracts/sessions';
import { verifyAuditChain } from '../../lib/audit.js';
import { DEMO_PASSWORD } from '../../seed/demo-data.js';
import { signIn } from '../factories.js';
import type { TestApp } from '../harness.js';
import { councilIdOf, type SeededDemo } from './seeded-demo.js';

/** The council's minutes: approved at a later session, submitted, and drafted on closing. */
export function describeDemoMinutes(demo: SeededDemo): void {
  describe('demo minutes', () => {
    let app: TestApp;
    let secretary: Record<string, string>;

    beforeAll(async () => {
      app = demo.app;
      secretary = (await signIn(app, { email: 'tadej.vidmar@mdu.gov.example', password: DEMO_PASSWORD })).headers;
    });

    it('gives the council minutes approved, submitted for approval and in draft, the approved ones public', async () => {
      const past = (await app.server.inject({ url: `/api/v1/bodies/${await councilIdOf(app)}/sessions?when=past`, headers: secretary })).json() as SessionList;
      const minutesOf = async (sessionId: string) =>
        (await app.server.inject({ url: `/api/v1/sessions/${sessionId}/minutes`, headers: secretary })).json() as Minutes;
      const closed = past.items.filter((session) => session.status === 'closed');
      const all = await Promise.all(closed.map((session) => minutesOf(session.id)));
      expect(all.map((m) => m.status).sort()).toEqual(['approved', 'draft', 'submitted']);
      const approved = all.find((m) => m.status === 'approved')!;
      expect(approved.approvedVersion).toBe(3);
      expect(approved.content.items.some((item) => item.discussion.includes('2028'))).toBe(true);
      const publicRead = await app.server.inject({ url: `/api/v1/public/minutes/${approved.id}` });
      expect(publicRead.statusCode).toBe(200);
      const document = publicRead.json() as MinutesDocument;
      expect(document.content.items.some((item) => !item.isPublic)).toBe(false);
      const submitted = all.find((m) => m.status === 'submitted')!;
      expect(submitted.approvalItem).not.toBeNull();
      expect((await verifyAuditChain(app.database.db)).ok).toBe(true);
    });
  });
}
