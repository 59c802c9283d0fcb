// Types of server.mjs for the TypeScript tests that start the built server.
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
