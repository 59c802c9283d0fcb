import { asc, eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { auditEvents } from '../db/schema/index.js';
import type { TestApp } from './harness.js';

export type Headers = Record<string, string>;

/** Requests with one caller's headers. */
export function caller(app: TestApp) {
  return (method: InjectOptions['method'], url: string, headers: Headers = {}, payload?: unknown, extra: Headers = {}) =>
    app.server.inject({
      method,
      url,
      headers: { ...headers, ...extra },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
}

export type CallerAs<Who extends string> = (
  method: InjectOptions['method'],
  url: string,
  who?: Who,
  payload?: unknown,
  extra?: Headers,
) => Promise<LightMyRequestResponse>;

/** Requests as one of a test's named callers (signed in beforehand); none named: anonymous. */
export function callerAs<Who extends string>(app: TestApp, headers: Record<Who, Headers>): CallerAs<Who> {
  const call = caller(app);
  return (method, url, who, payload, extra) => call(method, url, who ? headers[who] : {}, payload, extra);
}

/** The audit events recorded about one entity, in the order they were written. */
export const auditEventsOf = (app: TestApp, entityId: string) =>
  app.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(asc(auditEvents.id));
