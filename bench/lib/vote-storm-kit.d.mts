// Types of vote-storm-kit.mjs for the TypeScript tests that drive it (the crash test).
export interface Db {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}
export interface Voter {
  userId: string;
  personId: string;
  cookie: string;
}
export interface Admin {
  cookie: string;
  csrf: string;
}
export interface Assembly {
  sessionId: string;
  itemId: string;
  voters: Voter[];
  admin: Admin;
}
export interface LiveAnswer {
  type: 'ack' | 'error';
  [key: string]: unknown;
}
export interface CastOutcome {
  socket: VoterSocket;
  key: string;
  optionId: string;
  sentAt: number;
  answer: LiveAnswer | null;
  latency: number | null;
  failed: string | null;
}
export function seedAssembly(db: Db, count: number): Promise<Assembly>;
export function adminCall(url: string, admin: Admin, method: string, path: string, body?: unknown): Promise<unknown>;
export function openStormPoll(url: string, assembly: Assembly, method?: 'named' | 'secret'): Promise<{ id: string; options: { id: string; role: string }[]; electors: number }>;
export class VoterSocket {
  constructor(url: string, voter: Voter, sessionId: string, pollId: string);
  readonly voter: Voter;
  readonly ready: Promise<unknown>;
  resultAt: number | null;
  acknowledged: number;
  cast(optionId: string, key: string): Promise<LiveAnswer>;
  result(): Promise<number>;
  close(): void;
}
export function storm(sockets: VoterSocket[], options: { id: string; role: string }[], spreadMs: number): Promise<CastOutcome[]>;
export function recordedVotes(db: Db, pollId: string): Promise<{ votes: Map<string, string>; duplicated: number; participations: number }>;
