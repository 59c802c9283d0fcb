import { eq } from 'drizzle-orm';
import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { MinutesApprovalState } from '@collegium/shared/contracts/minutes-flow';
import type { LightMyRequestResponse } from 'fastify';
import { minutes, minutesVersions } from '../db/schema/index.js';
import type { TestApp } from './harness.js';
import { pollsFixture } from './polls-fixture.js';
import { detail, inDays } from './session-requests.js';

/** the content of minutes with nothing recorded, for minutes written straight into the database */
export const emptyMinutesContent = {
  attendance: { present: [], excused: [], absent: [], substitutes: [], guests: [] },
  agenda: { adoptedAt: null, amendments: [] },
  items: [],
  opening: '',
  closing: '',
};

export const approvalState = (response: LightMyRequestResponse): MinutesApprovalState => {
  if (response.statusCode >= 300) throw new Error(`expected success, got ${response.statusCode} ${response.body}`);
  return response.json() as MinutesApprovalState;
};

/**
 * The polls fixture's session (1 Budget, 2 Personnel — a closed item) closed, with its minutes: the draft
 * the session close builds, or a minimal one written here where that build is not hooked in.
 */
export async function minutesFlowFixture(app: TestApp) {
  const fx = await pollsFixture(app);
  detail(await fx.call('POST', `/api/v1/sessions/${fx.sessionId}/status`, 'secretary', { to: 'closed' }));
  const db = app.deps.database.db;
  await db.insert(minutes).values({ sessionId: fx.sessionId }).onConflictDoNothing();
  const [row] = await db.select().from(minutes).where(eq(minutes.sessionId, fx.sessionId));
  await db.insert(minutesVersions).values({ minutesId: row!.id, version: 1, content: emptyMinutesContent }).onConflictDoNothing();
  const minutesId = row!.id;

  /** a later session of the body; creating it puts the draft minutes on its agenda as a suggestion */
  const laterSession = async (days = 10, kind: 'regular' | 'correspondence' = 'regular') =>
    detail(
      await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', kind === 'regular' ? { kind, startsAt: inDays(app, days) } : { kind, deadlineAt: inDays(app, days) }),
    );
  const state = async () => {
    const [current] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    return current!;
  };
  /** convenes and starts a meeting session and adopts its agenda */
  const startMeeting = async (sessionId: string) => {
    for (const to of ['convened', 'in_progress'] as const) detail(await fx.call('POST', `/api/v1/sessions/${sessionId}/status`, 'secretary', { to }));
    const adopted = await fx.call('POST', `/api/v1/sessions/${sessionId}/meeting/agenda-adoption`, 'secretary', {});
    if (adopted.statusCode !== 200) throw new Error(`agenda adoption: ${adopted.statusCode} ${adopted.body}`);
  };
  const recordOutcome = async (sessionId: string, itemId: string, outcome: string | null) =>
    fx.call('PUT', `/api/v1/sessions/${sessionId}/meeting/items/${itemId}/outcome`, 'secretary', { outcome });
  return { fx, minutesId, laterSession, state, startMeeting, recordOutcome, meetingState: (r: LightMyRequestResponse) => r.json() as MeetingState };
}
