import type { LightMyRequestResponse } from 'fastify';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import type { TestApp } from './harness.js';

export { caller, type Headers } from './requests.js';

export const detail = (response: LightMyRequestResponse): SessionDetail => {
  if (response.statusCode >= 300) throw new Error(`expected success, got ${response.statusCode} ${response.body}`);
  return response.json() as SessionDetail;
};

export const inDays = (app: TestApp, days: number, hour = 10): string => {
  const date = new Date(app.clock.now().getTime() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

/** The agenda as "number kind title" lines, withdrawn items marked. */
export const agendaLines = (session: SessionDetail): string[] =>
  session.agenda.items.map((item) => `${item.number} ${item.title ?? '(closed)'}${item.withdrawn ? ' [withdrawn]' : ''}`);
