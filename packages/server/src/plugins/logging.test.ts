import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { logSerializers, redactUrl } from './logging.js';

describe('request logging', () => {
  it('keeps credentials in query strings out of the log', () => {
    expect(redactUrl('/api/v1/live?token=clg_secret')).toBe('/api/v1/live?token=[redacted]');
    expect(redactUrl('/api/v1/auth/oidc/callback?code=abc&state=xyz&iss=x')).toBe(
      '/api/v1/auth/oidc/callback?code=[redacted]&state=[redacted]&iss=x',
    );
    expect(redactUrl('/api/v1/bodies?limit=5')).toBe('/api/v1/bodies?limit=5');
  });

  it('is what Fastify writes for each request', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const server = Fastify({ logger: { level: 'info', stream, serializers: logSerializers } });
    server.get('/api/v1/live', async () => ({}));
    await server.inject({ method: 'GET', url: '/api/v1/live?token=clg_secret' });
    await server.close();
    const log = lines.join('');
    expect(log).toContain('/api/v1/live?token=[redacted]');
    expect(log).not.toContain('clg_secret');
  });
});
