import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../lib/audit.js';
import { describeDemoDirectory, rowCounts } from '../test/demo/directory.checks.js';
import { describeDemoInvitations } from '../test/demo/invitations.checks.js';
import { describeDemoMeetings } from '../test/demo/meeting.checks.js';
import { describeDemoMinutes } from '../test/demo/minutes.checks.js';
import { describeDemoPackets } from '../test/demo/packets.checks.js';
import { seededDemo } from '../test/demo/seeded-demo.js';
import { describeDemoSessions } from '../test/demo/sessions.checks.js';
import { describeDemoUpgrade } from '../test/demo/upgrade.checks.js';
import { describeDemoVoting } from '../test/demo/voting.checks.js';
import { testDatabaseKind } from '../test/database.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { seedDemo } from './demo.js';

// One demo installation for all the checks below, in this order: the packet checks drain the jobs the
// seed enqueued (so they precede the invitation checks, which drain too), and the upgrade check rewinds
// the demo to its first version, so it comes last.
describe('demo', () => {
  const demo = seededDemo();
  describeDemoDirectory(demo);
  describeDemoSessions(demo);
  describeDemoMeetings(demo);
  describeDemoVoting(demo);
  describeDemoMinutes(demo);
  describeDemoPackets(demo);
  describeDemoInvitations(demo);
  describeDemoUpgrade(demo);
});

describe('demo installation on a shared PostgreSQL', () => {
  let app: TestApp | undefined;

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgres') app = await createTestApp();
  });

  it('is loaded once when two instances seed at the same moment', async (context) => {
    if (!app) return context.skip('PGlite serves one process only');
    await Promise.all([seedDemo(app.deps, () => {}), seedDemo(app.deps, () => {})]);
    const counts = await rowCounts(app);
    expect(counts.bodies).toBe(10);
    expect(counts.settings).toBe(1);
    expect((await verifyAuditChain(app.database.db)).ok).toBe(true);
  });
});
