import { LIVE_PATH, liveCloseCodes, type LiveServerMessage } from '@collegium/shared/contracts/live';

/** The part of a browser WebSocket the client uses, so tests can hand it a fake one. */
export interface LiveSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
}

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'signed-out';

/** What a topic's listener hears: an event, or that it follows the topic again after a lost connection. */
export type LiveNotice = { type: 'event'; data: unknown } | { type: 'resubscribed' };
export type LiveListener = (notice: LiveNotice) => void;

export interface LiveClientOptions {
  url: string;
  createSocket?: (url: string) => LiveSocket;
  /** runs fn after ms; returns a cancel function */
  schedule?: (fn: () => void, ms: number) => () => void;
  random?: () => number;
}

const OPEN = 1;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/** The wait before reconnect attempt n (0-based): doubling from 1 s up to 30 s, with up to 30 % jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(attempt, 10));
  return Math.round(base * (1 - 0.3 * random()));
}

/**
 * One WebSocket to /api/v1/live shared by every listener of the tab. It connects when the first topic is
 * followed and closes when the last is left; after a lost connection it reconnects with backoff and
 * subscribes to every followed topic again, telling their listeners so they can refetch what they missed.
 */
export class LiveClient {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  private socket: LiveSocket | null = null;
  private cancelRetry: (() => void) | null = null;
  private attempt = 0;
  private hasBeenOpen = false;
  private currentStatus: LiveStatus = 'idle';

  constructor(private readonly options: LiveClientOptions) {}

  get status(): LiveStatus {
    return this.currentStatus;
  }

  /** Follows a topic; the returned function stops following it. */
  subscribe(topic: string, listener: LiveListener): () => void {
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
      this.sendIfOpen({ type: 'subscribe', topic });
    }
    set.add(listener);
    this.ensureConnected();
    return () => {
      const current = this.listeners.get(topic);
      if (!current?.delete(listener) || current.size > 0) return;
      this.listeners.delete(topic);
      this.sendIfOpen({ type: 'unsubscribe', topic });
      if (this.listeners.size === 0) this.shutDown();
    };
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private ensureConnected(): void {
    if (this.socket || this.cancelRetry) return;
    if (this.currentStatus === 'signed-out') this.attempt = 0;
    this.open();
  }

  private open(): void {
    this.setStatus(this.hasBeenOpen ? 'reconnecting' : 'connecting');
    const socket = (this.options.createSocket ?? browserSocket)(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      const reconnected = this.hasBeenOpen;
      this.hasBeenOpen = true;
      this.attempt = 0;
      this.setStatus('open');
      for (const topic of this.listeners.keys()) this.send({ type: 'subscribe', topic });
      if (reconnected) for (const set of this.listeners.values()) for (const listener of [...set]) listener({ type: 'resubscribed' });
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.listeners.size === 0) {
        this.setStatus('idle');
        return;
      }
      // A connection refused for its credential stays down until something subscribes anew (after sign-in).
      if (event.code === liveCloseCodes.unauthenticated) {
        this.setStatus('signed-out');
        return;
      }
      this.setStatus('reconnecting');
      const delay = reconnectDelay(this.attempt++, this.options.random);
      this.cancelRetry = (this.options.schedule ?? browserSchedule)(() => {
        this.cancelRetry = null;
        if (this.listeners.size > 0) this.open();
      }, delay);
    };
  }

  private receive(raw: unknown): void {
    if (typeof raw !== 'string') return;
    let message: LiveServerMessage;
    try {
      message = JSON.parse(raw) as LiveServerMessage;
    } catch {
      return;
    }
    if (message.type !== 'event') return;
    const set = this.listeners.get(message.topic);
    if (set) for (const listener of [...set]) listener({ type: 'event', data: message.data });
  }

  private shutDown(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'no topics left');
    this.hasBeenOpen = false;
    this.attempt = 0;
    this.setStatus('idle');
  }

  private sendIfOpen(message: object): void {
    if (this.socket?.readyState === OPEN) this.send(message);
  }

  private send(message: object): void {
    this.socket?.send(JSON.stringify(message));
  }

  private setStatus(status: LiveStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }
}

const browserSocket = (url: string): LiveSocket => new WebSocket(url) as unknown as LiveSocket;

function browserSchedule(fn: () => void, ms: number): () => void {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
}

/** The address of the live endpoint for pages served from `location`. */
export function liveUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_PATH}`;
}
