import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const defaultWebDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const apiPrefixes = ['/api/', '/oparl/', '/metrics', '/healthz', '/readyz'];

/**
 * Serves the built web app. Unknown non-API GETs that accept HTML get index.html so the client router
 * can take over; everything else falls through to the 404 problem handler.
 */
export async function registerStaticWeb(app: FastifyInstance, dist: string | undefined): Promise<(url: string) => Promise<string | null>> {
  const root = dist ?? defaultWebDist;
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn({ root }, 'the web app is not built; only the API is served (run npm run build)');
    return async () => null;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders(reply, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
    allowedPath: (pathName) => !apiPrefixes.some((p) => pathName.startsWith(p)),
  });
  const indexHtml = await readFile(path.join(root, 'index.html'), 'utf8');
  return async (url) => (apiPrefixes.some((p) => url.startsWith(p)) ? null : indexHtml);
}
