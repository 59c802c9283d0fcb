import { Writable } from 'node:stream';
import Fastify, { type RouteOptions } from 'fastify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { jobs } from '../../db/schema/index.js';
import { registerAuth } from '../../plugins/auth.js';
import { registerErrorHandling } from '../../plugins/errors.js';
import type * as ErrorsModule from '../../plugins/errors.js';
import { createTestApp, type TestApp } from '../harness.js';

// Test files share a worker's modules (isolate: false): start this file from unevaluated modules, so
// the application it builds imports the mocked error plugin rather than one an earlier file loaded.
vi.hoisted(() => vi.resetModules());

/** Every route the application registers, seen from the first plugin buildApp installs. */
const routes: RouteOptions[] = [];
vi.mock('../../plugins/errors.js', async (importOriginal) => {
  const original = await importOriginal<typeof ErrorsModule>();
  return {
    ...original,
    registerErrorHandling: (...args: Parameters<typeof original.registerErrorHandling>) => {
      args[0].addHook('onRoute', (route) => {
        routes.push(route);
      });
      return original.registerErrorHandling(...args);
    },
  };
});

interface Operation {
  summary?: string;
  tags?: string[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const guarded = (url: string) => /^\/(api|oparl|metrics|healthz|readyz)/.test(url) && !url.startsWith('/api/docs');

describe('API surface', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  it('publishes an OpenAPI 3.1 document in which every /api/v1 operation has a summary, tags and success schemas', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, Operation>> };
    expect(document.openapi).toBe('3.1.0');
    const problems: string[] = [];
    let operations = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      if (!path.startsWith('/api/v1')) continue;
      for (const [method, operation] of Object.entries(methods)) {
        operations++;
        const name = `${method.toUpperCase()} ${path}`;
        if (!operation.summary) problems.push(`${name}: no summary`);
        if (!operation.tags?.length) problems.push(`${name}: no tags`);
        const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^[23]/.test(status));
        if (success.length === 0) problems.push(`${name}: no success response`);
        for (const [status, answer] of success) {
          if (status.startsWith('2') && status !== '204' && !Object.values(answer.content ?? {}).some((c) => c.schema)) {
            problems.push(`${name}: response ${status} has no schema`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(operations).toBeGreaterThan(10);
    expect(document.paths['/api/v1/files']?.post?.summary).toBe('Upload a file');
  });

  it('serves interactive API docs as HTML', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('has every API route declare what access it needs', () => {
    const api = routes.filter((route) => guarded(route.url));
    expect(api.length).toBeGreaterThan(10);
    const undeclared = api.filter((route) => !route.config?.access).map((route) => `${String(route.method)} ${route.url}`);
    expect(undeclared).toEqual([]);
    expect(api.map((route) => route.url)).toEqual(expect.arrayContaining(['/api/v1/live', '/metrics', '/api/openapi.json']));
  });

  it('refuses to register an API route that does not declare its access', async () => {
    const server = Fastify({ logger: false });
    registerAuth(server, app.deps);
    expect(() => server.get('/api/v1/forgotten', async () => ({}))).toThrow('does not declare its access');
    expect(() => server.get('/api/v1/declared', { config: { access: 'public' } }, async () => ({}))).not.toThrow();
    expect(() => server.get('/assets/app.js', async () => '')).not.toThrow();
    await server.close();
  });

  it('exposes Prometheus metrics with request durations by route', async () => {
    await app.server.inject({ method: 'GET', url: '/healthz' });
    const response = await app.server.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('# TYPE collegium_http_request_duration_seconds histogram');
    expect(response.body).toMatch(/collegium_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(response.body).toContain('collegium_process_cpu_user_seconds_total');
    expect(response.body).toMatch(/collegium_jobs\{status="failed"\} \d+/);
    expect(response.body).toMatch(/collegium_live_connections \d+/);
  });

  it('counts failed jobs, so an operator can alert on them', async () => {
    await app.database.db.insert(jobs).values({ name: 'test.gone', payload: {}, runAt: app.clock.now() });
    await app.jobs.drain();
    const response = await app.server.inject({ method: 'GET', url: '/metrics' });
    expect(response.body).toContain('collegium_jobs{status="failed"} 1');
  });
});

describe('error format', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  it('names the offending field of a validation error', async () => {
    const response = await app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 42, password: 'long enough password' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body).toMatchObject({ code: 'validation_failed', status: 400, field: 'email' });
    expect(body.detail).toContain('email');
  });

  it('answers unknown routes with a 404 problem', async () => {
    const response = await app.server.inject({ method: 'DELETE', url: '/api/v1/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found', detail: 'There is no DELETE /api/v1/nowhere.' });
  });

  it('turns an unexpected exception into a logged 500 problem without internals', async () => {
    const lines: string[] = [];
    const server = Fastify({
      logger: {
        level: 'error',
        stream: new Writable({
          write(chunk: Buffer, _encoding, done) {
            lines.push(chunk.toString());
            done();
          },
        }),
      },
    });
    registerErrorHandling(server);
    await server.register(async (scope) => {
      scope.get('/api/v1/broken', async () => {
        throw new TypeError('secret connection string postgres://admin:hunter2@db');
      });
    });
    const response = await server.inject({ method: 'GET', url: '/api/v1/broken' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body).toMatchObject({ code: 'internal', status: 500, instance: expect.any(String) });
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('stack');
    expect(response.body).not.toContain('TypeError');
    const logged = lines.map((line) => JSON.parse(line) as { reqId?: string; err?: { message: string } });
    expect(logged.some((entry) => entry.reqId === body.instance && entry.err?.message.includes('hunter2'))).toBe(true);
    await server.close();
  });
});
