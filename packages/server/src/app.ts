import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import type { Deps } from './context.js';
import type { Database } from './db/client.js';
import { EventBus } from './events/bus.js';
import { LocalFileStore } from './files/store.js';
import { createJobQueue } from './jobs/queue.js';
import { JobRunner } from './jobs/runner.js';
import { registerJobs } from './jobs/definitions/index.js';
import { schedulePurgeExpired } from './jobs/definitions/purge-expired.job.js';
import { systemClock, type Clock } from './lib/clock.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandling } from './plugins/errors.js';
import { logSerializers } from './plugins/logging.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerStaticWeb } from './plugins/static-web.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { directoryRoutes } from './modules/directory/directory.routes.js';
import { representationRoutes } from './modules/representation/representation.routes.js';
import { directoryTransferRoutes } from './modules/directory-transfer/directory-transfer.routes.js';
import { membershipReadingRoutes } from './modules/directory/membership-reading.routes.js';
import { oidcRoutes } from './modules/auth/oidc.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { fileRoutes } from './modules/files/files.routes.js';
import { liveRoutes } from './modules/live/live.routes.js';
import { meetingRoutes } from './modules/meeting/meeting.routes.js';
import { decisionsRoutes } from './modules/decisions/decisions.routes.js';
import { minutesExportRoutes } from './modules/minutes-export/minutes-export.routes.js';
import { minutesRoutes } from './modules/minutes/minutes.routes.js';
import { minutesFlowRoutes } from './modules/minutes/minutes-flow.routes.js';
import { pollRoutes } from './modules/polls/polls.routes.js';
import { correspondenceRoutes } from './modules/correspondence/correspondence.routes.js';
import { ballotRoutes } from './modules/ballots/ballots.routes.js';
import { meRoutes } from './modules/me/me.routes.js';
import { sessionRoutes } from './modules/sessions/sessions.routes.js';
import { calendarFeedRoutes } from './modules/calendar-feeds/calendar-feeds.routes.js';
import { documentRoutes } from './modules/documents/documents.routes.js';
import { materialRoutes } from './modules/materials/materials.routes.js';
import { positionRoutes } from './modules/positions/positions.routes.js';
import { sessionInvitationRoutes } from './modules/session-invitations/session-invitations.routes.js';
import { sessionSeriesRoutes } from './modules/session-series/session-series.routes.js';
import { attendanceRoutes } from './modules/attendance/attendance.routes.js';
import { sessionPacketRoutes } from './modules/session-packet/packet.routes.js';
import { userRoutes } from './modules/users/users.routes.js';
import path from 'node:path';

export interface BuildOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  mailer?: Mailer;
  /** serve the built web app (off in most API tests) */
  serveWeb?: boolean;
  /** start the job runner (tests usually drain jobs by hand) */
  runJobs?: boolean;
  logger?: boolean | object;
}

export interface App {
  readonly server: FastifyInstance;
  readonly deps: Deps;
  readonly jobs: JobRunner;
  close(): Promise<void>;
}

/** Builds the whole application on an already migrated database. */
export async function buildApp(options: BuildOptions): Promise<App> {
  const { config, database } = options;
  const server = Fastify({
    logger: options.logger ?? { level: config.logLevel, serializers: logSerializers },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  server.setValidatorCompiler(TypeBoxValidatorCompiler);

  const bus = new EventBus(database, server.log);
  const clock = options.clock ?? systemClock;
  const jobs = new JobRunner(database, server.log, config.jobs.pollMs, clock);
  const deps: Deps = {
    config,
    database,
    clock,
    mailer: options.mailer ?? createMailer(config.mail, server.log),
    files: new LocalFileStore(path.join(config.dataDir, 'files'), config.files.maxUploadBytes),
    bus,
    jobs: createJobQueue(clock, (name) => jobs.definitionOf(name)),
    log: server.log,
  };
  registerJobs(jobs, deps);

  let ready = false;
  const htmlFallback = options.serveWeb ? await registerStaticWeb(server, config.webDist) : undefined;
  registerErrorHandling(server, htmlFallback);
  await server.register(cookie);
  await server.register(rateLimit, { global: false });
  await server.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await registerOpenApi(server);
  registerMetrics(server, { database });
  registerAuth(server, deps);

  await server.register(async (scope) => healthRoutes(scope, deps, () => ready));
  await server.register(async (scope) => authRoutes(scope, deps));
  await server.register(async (scope) => oidcRoutes(scope, deps));
  await server.register(async (scope) => meRoutes(scope, deps));
  await server.register(async (scope) => userRoutes(scope, deps));
  await server.register(async (scope) => auditRoutes(scope, deps));
  await server.register(async (scope) => directoryRoutes(scope, deps));
  await server.register(async (scope) => representationRoutes(scope, deps));
  await server.register(async (scope) => directoryTransferRoutes(scope, deps));
  await server.register(async (scope) => sessionRoutes(scope, deps));
  await server.register(async (scope) => calendarFeedRoutes(scope, deps));
  await server.register(async (scope) => documentRoutes(scope, deps));
  await server.register(async (scope) => materialRoutes(scope, deps));
  await server.register(async (scope) => positionRoutes(scope, deps));
  await server.register(async (scope) => sessionInvitationRoutes(scope, deps));
  await server.register(async (scope) => sessionSeriesRoutes(scope, deps));
  await server.register(async (scope) => attendanceRoutes(scope, deps));
  await server.register(async (scope) => sessionPacketRoutes(scope, deps));
  await server.register(async (scope) => membershipReadingRoutes(scope, deps));
  await server.register(async (scope) => liveRoutes(scope, deps));
  await server.register(async (scope) => meetingRoutes(scope, deps));
  await server.register(async (scope) => pollRoutes(scope, deps));
  await server.register(async (scope) => correspondenceRoutes(scope, deps));
  await server.register(async (scope) => ballotRoutes(scope, deps));
  await server.register(async (scope) => decisionsRoutes(scope, deps));
  await server.register(async (scope) => minutesExportRoutes(scope, deps));
  await server.register(async (scope) => minutesRoutes(scope, deps));
  await server.register(async (scope) => minutesFlowRoutes(scope, deps));
  await server.register(async (scope) => fileRoutes(scope, deps));

  server.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    return payload;
  });

  await server.ready();
  await bus.start();
  if (options.runJobs ?? config.jobs.enabled) {
    await jobs.start();
    await schedulePurgeExpired(deps);
  }
  ready = true;

  return {
    server,
    deps,
    jobs,
    async close() {
      ready = false;
      await server.close();
      await jobs.stop();
      await bus.stop();
    },
  };
}
