import { ConfigError, loadConfig } from '../config.js';
import { serve } from './serve.js';
import { openMigrated } from './open.js';

const usage = `Usage: collegium <command> [options]

Commands:
  serve [--demo]            start the server and web app (default)
  migrate                   apply pending database migrations
  seed --demo               load the demo installation
  admin create <email>      create an administrator (password from COLLEGIUM_ADMIN_PASSWORD or generated)
  backup <file>             write a backup of the database and files
  restore <file>            restore a backup into an empty installation
  audit verify              check the hash chain of the audit trail

Options: --port, --host, --data-dir, --database-url, --public-url, --log-level
(or the environment variables PORT, HOST, DATA_DIR, DATABASE_URL, COLLEGIUM_PUBLIC_URL, LOG_LEVEL)`;

/** Runs one CLI command and resolves to the process exit code (undefined: keep running). */
export async function runCli(argv: string[]): Promise<number | undefined> {
  const positional = positionalArgs(argv);
  const [command = 'serve', ...rest] = positional;
  if (argv.includes('--help') || command === 'help') {
    console.log(usage);
    return 0;
  }
  let config;
  try {
    config = loadConfig(process.env, argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error — ${error.message}`);
      return 2;
    }
    throw error;
  }
  switch (command) {
    case 'serve':
      await serve(config, { demo: argv.includes('--demo') });
      return undefined;
    case 'migrate': {
      const database = await openMigrated(config, (m) => console.log(m));
      await database.close();
      console.log('Migrations are up to date.');
      return 0;
    }
    default:
      console.error(`Unknown command "${[command, ...rest].join(' ')}".\n\n${usage}`);
      return 2;
  }
}

const valueFlags = new Set(['--port', '--host', '--data-dir', '--database-url', '--public-url', '--log-level']);

/** The arguments that are not flags or flag values. */
export function positionalArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      if (valueFlags.has(arg)) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}
