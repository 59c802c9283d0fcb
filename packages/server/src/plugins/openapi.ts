import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Problem } from '@collegium/shared/contracts/common';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addSchema(Problem);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Collegium API',
        version: '1',
        description:
          'Sessions, decisions and documents of public administration bodies. Errors are RFC 9457 problem details. ' +
          'Authenticate with the session cookie (browser; send X-CSRF-Token on writes) or `Authorization: Bearer <token>`. ' +
          'Live events: a WebSocket at `/api/v1/live` (cookie, Bearer header or `?token=`); send ' +
          '`{"type":"subscribe","topic":"body:<id>"}` (topics `installation`, `user:<own id>`, `body:<id>`), ' +
          '`{"type":"unsubscribe","topic":…}` or `{"type":"ping"}`; the server answers `subscribed`, `unsubscribed`, ' +
          '`pong`, `error` and sends `{"type":"event","topic":…,"data":…}`.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'personal API token (clg_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'collegium_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
