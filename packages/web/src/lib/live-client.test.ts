import { describe, expect, it } from 'vitest';
import { LiveClient, liveUrl, reconnectDelay, type LiveNotice, type LiveSocket } from './live-client';

class FakeSocket implements LiveSocket {
  readyState = 0;
  sent: unknown[] = [];
  closedWith: number | undefined;
  onopen: LiveSocket['onopen'] = null;
  onmessage: LiveSocket['onmessage'] = null;
  onclose: LiveSocket['onclose'] = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code = 1000) {
    this.closedWith = code;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
  deliver(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function setUp() {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  const client = new LiveClient({
    url: 'ws://test/api/v1/live',
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    schedule: (fn, ms) => {
      const timer = { fn, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    random: () => 0,
  });
  const fire = () => {
    const timer = timers.shift()!;
    if (!timer.cancelled) timer.fn();
    return timer.ms;
  };
  return { client, sockets, timers, fire };
}

describe('reconnectDelay', () => {
  it('doubles from one second up to thirty, with jitter below the base', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => reconnectDelay(n, () => 0))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(reconnectDelay(0, () => 1)).toBe(700);
  });
});

describe('LiveClient', () => {
  it('connects on the first subscription, subscribes when open, and delivers events by topic', () => {
    const { client, sockets } = setUp();
    const heard: LiveNotice[] = [];
    client.subscribe('session:a', (notice) => heard.push(notice));
    client.subscribe('session:b', () => heard.push({ type: 'event', data: 'wrong topic' }));
    expect(sockets).toHaveLength(1);
    expect(client.status).toBe('connecting');
    sockets[0]!.open();
    expect(sockets[0]!.sent).toEqual([
      { type: 'subscribe', topic: 'session:a' },
      { type: 'subscribe', topic: 'session:b' },
    ]);
    sockets[0]!.deliver({ type: 'event', topic: 'session:a', data: { kind: 'current-item' } });
    sockets[0]!.deliver({ type: 'subscribed', topic: 'session:a' });
    sockets[0]!.onmessage?.({ data: 'not json' });
    expect(heard).toEqual([{ type: 'event', data: { kind: 'current-item' } }]);
  });

  it('reconnects with growing delays, resubscribes every topic and tells listeners', () => {
    const { client, sockets, fire } = setUp();
    const heard: LiveNotice[] = [];
    client.subscribe('session:a', (notice) => heard.push(notice));
    sockets[0]!.open();
    sockets[0]!.drop();
    expect(client.status).toBe('reconnecting');
    expect(fire()).toBe(1000);
    sockets[1]!.drop();
    expect(fire()).toBe(2000);
    sockets[2]!.drop();
    expect(fire()).toBe(4000);
    sockets[3]!.open();
    expect(client.status).toBe('open');
    expect(sockets[3]!.sent).toEqual([{ type: 'subscribe', topic: 'session:a' }]);
    expect(heard).toEqual([{ type: 'resubscribed' }]);
    // A successful connection starts the backoff over.
    sockets[3]!.drop();
    expect(fire()).toBe(1000);
  });

  it('shares one subscription per topic and unsubscribes when its last listener leaves', () => {
    const { client, sockets } = setUp();
    const leaveFirst = client.subscribe('body:x', () => undefined);
    sockets[0]!.open();
    const leaveSecond = client.subscribe('body:x', () => undefined);
    const leaveOther = client.subscribe('session:y', () => undefined);
    expect(sockets[0]!.sent).toEqual([
      { type: 'subscribe', topic: 'body:x' },
      { type: 'subscribe', topic: 'session:y' },
    ]);
    leaveFirst();
    expect(sockets[0]!.sent).toHaveLength(2);
    leaveSecond();
    expect(sockets[0]!.sent.at(-1)).toEqual({ type: 'unsubscribe', topic: 'body:x' });
    leaveOther();
    expect(sockets[0]!.closedWith).toBe(1000);
    expect(client.status).toBe('idle');
    expect(sockets).toHaveLength(1);
  });

  it('stops retrying when nobody listens any more, and after the session ended until a new subscription', () => {
    const { client, sockets, timers, fire } = setUp();
    const leave = client.subscribe('session:a', () => undefined);
    sockets[0]!.open();
    sockets[0]!.drop();
    leave();
    fire();
    expect(sockets).toHaveLength(1);

    client.subscribe('session:a', () => undefined);
    sockets[1]!.open();
    sockets[1]!.drop(4401);
    expect(client.status).toBe('signed-out');
    expect(timers).toHaveLength(0);
    client.subscribe('session:b', () => undefined);
    expect(sockets).toHaveLength(3);
  });

  it('builds the address from the page location', () => {
    expect(liveUrl({ protocol: 'https:', host: 'collegium.example' })).toBe('wss://collegium.example/api/v1/live');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/api/v1/live');
  });
});
