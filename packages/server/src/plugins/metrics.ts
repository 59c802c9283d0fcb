import type { FastifyInstance } from 'fastify';
import { Registry, collectDefaultMetrics, Histogram, Gauge } from 'prom-client';
import type { Database } from '../db/client.js';

const jobStatuses = ['pending', 'running', 'done', 'failed'] as const;

/**
 * Prometheus metrics at /metrics: process, HTTP latency by route, jobs by status (alert on failed ones),
 * open live connections, and whatever modules register.
 */
export function registerMetrics(app: FastifyInstance, sources: { database?: Database } = {}): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'collegium_' });
  const duration = new Histogram({
    name: 'collegium_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  const { database } = sources;
  if (database) {
    new Gauge({
      name: 'collegium_jobs',
      help: 'Background jobs in the database by status',
      labelNames: ['status'],
      registers: [registry],
      async collect() {
        const rows = await database.query<{ status: string; count: string | number }>(
          'select status, count(*) as count from jobs group by status',
        );
        for (const status of jobStatuses) {
          this.set({ status }, Number(rows.find((row) => row.status === status)?.count ?? 0));
        }
      },
    });
  }
  new Gauge({
    name: 'collegium_live_connections',
    help: 'Open WebSocket connections on /api/v1/live of this instance',
    registers: [registry],
    collect() {
      this.set(app.websocketServer?.clients.size ?? 0);
    },
  });
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return registry;
}

export function gauge(registry: Registry, name: string, help: string, collect: () => Promise<number> | number): void {
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      this.set(await collect());
    },
  });
}
