// Types of server.mjs for the TypeScript that imports it (the crash test, the benchmarks' JSDoc checks).
export const repoRoot: string;
export const serverMain: string;
export function freePort(): Promise<number>;
export function tempDir(prefix: string): Promise<string>;
export function build(): void;
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }>;
export interface StartedServer {
  url: string;
  port: number;
  dataDir: string;
  log: string;
  readyAfterMs: number;
  stop(): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}
export function startServer(options?: { env?: Record<string, string>; dataDir?: string; args?: string[]; readyTimeoutMs?: number; logFile?: string }): Promise<StartedServer>;
