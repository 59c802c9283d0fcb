import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../context.js';

const Health = Type.Object({ status: Type.String() });

export async function healthRoutes(app: FastifyInstance, deps: Deps, isReady: () => boolean): Promise<void> {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], summary: 'Liveness: the process answers', response: { 200: Health } },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Readiness: migrations applied and the database answers',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      if (!isReady()) return reply.status(503).send({ status: 'starting' });
      try {
        await deps.database.query('select 1');
        return { status: 'ok' };
      } catch {
        return reply.status(503).send({ status: 'database unavailable' });
      }
    },
  );
}
