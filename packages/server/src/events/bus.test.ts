import { beforeAll, describe, expect, it } from 'vitest';
import type { BusEvent } from './bus.js';
import { createTestApp, type TestApp } from '../test/harness.js';

/** Resolves with the events a handler receives once `count` have arrived (or after `ms`). */
function collect(app: TestApp, pattern: string, count: number, ms = 2000): Promise<BusEvent[]> {
  const received: BusEvent[] = [];
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve(received);
    };
    const unsubscribe = app.deps.bus.subscribe(pattern, (event) => {
      received.push(event);
      if (received.length === count) done();
    });
    const timer = setTimeout(done, ms);
  });
}

describe('event bus', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  it('delivers a published event to exact and wildcard subscribers, through the database', async () => {
    const exact = collect(app, 'session:1', 1);
    const wildcard = collect(app, 'session:*', 2);
    const other = collect(app, 'body:*', 1, 300);
    await app.deps.bus.publish('session:1', { status: 'convened' });
    await app.deps.bus.publish('session:2', { status: 'closed' });
    expect(await exact).toEqual([{ topic: 'session:1', data: { status: 'convened' }, origin: app.deps.bus.instanceId }]);
    expect((await wildcard).map((e) => e.topic)).toEqual(['session:1', 'session:2']);
    expect(await other).toEqual([]);
  });

  it('stops delivering after unsubscribe and survives a failing handler', async () => {
    const calls: string[] = [];
    const off = app.deps.bus.subscribe('vote:*', () => calls.push('removed'));
    off();
    app.deps.bus.subscribe('vote:*', () => {
      throw new Error('a broken handler');
    });
    const healthy = collect(app, 'vote:*', 1);
    await app.deps.bus.publish('vote:9', { yes: 3 });
    expect(await healthy).toHaveLength(1);
    expect(calls).toEqual([]);
  });

  it('refuses an event too large for NOTIFY', async () => {
    await expect(app.deps.bus.publish('big:1', { text: 'x'.repeat(10_000) })).rejects.toThrow('too large');
  });
});
