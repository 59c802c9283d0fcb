/** Messages on the WebSocket at /api/v1/live. Clients send JSON; the server answers in JSON. */
export type LiveClientMessage =
  | { type: 'subscribe'; topic: string; id?: string }
  | { type: 'unsubscribe'; topic: string; id?: string }
  | { type: 'ping'; id?: string };

export type LiveServerMessage =
  | { type: 'subscribed'; topic: string; id?: string }
  | { type: 'unsubscribed'; topic: string; id?: string }
  | { type: 'event'; topic: string; data: unknown }
  | { type: 'pong'; id?: string }
  | { type: 'error'; code: string; message: string; id?: string };
