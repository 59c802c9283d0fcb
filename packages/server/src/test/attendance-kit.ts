import type { AttendanceEntry, AttendanceRoster } from '@collegium/shared/contracts/attendance';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './harness.js';
import { caller, detail, inDays, type Headers } from './session-requests.js';

/** Test helpers of the attendance tests: sessions moved along their life cycle, rosters read back. */
export function attendanceKit(app: TestApp) {
  const call = caller(app);
  const roster = (response: LightMyRequestResponse): AttendanceRoster => {
    if (response.statusCode >= 300) throw new Error(`expected success, got ${response.statusCode} ${response.body}`);
    return response.json() as AttendanceRoster;
  };
  const move = (sessionId: string, to: string, who: Headers) => call('POST', `/api/v1/sessions/${sessionId}/status`, who, { to });
  return {
    call,
    roster,
    move,
    /** a convened session of `bodyId` tomorrow at 10:00 UTC, with one item */
    async convenedSession(bodyId: string, manager: Headers): Promise<string> {
      const session = detail(await call('POST', `/api/v1/bodies/${bodyId}/sessions`, manager, { kind: 'regular', startsAt: inDays(app, 1) }));
      detail(await call('POST', `/api/v1/sessions/${session.id}/agenda`, manager, { kind: 'decision', title: 'Budget' }));
      detail(await move(session.id, 'convened', manager));
      return session.id;
    },
    async startedSession(bodyId: string, manager: Headers): Promise<string> {
      const id = await this.convenedSession(bodyId, manager);
      detail(await move(id, 'in_progress', manager));
      return id;
    },
    read: (sessionId: string, who: Headers = {}) => call('GET', `/api/v1/sessions/${sessionId}/attendance`, who),
    put: (sessionId: string, personId: string, who: Headers, payload: Record<string, unknown>) =>
      call('PUT', `/api/v1/sessions/${sessionId}/attendance/${personId}`, who, payload),
  };
}

/** "name: status" lines of a roster list, to compare at a glance. */
export const statusLines = (entries: readonly AttendanceEntry[]) => entries.map((entry) => `${entry.name}: ${entry.status}`);
