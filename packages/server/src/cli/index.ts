import { ConfigError, loadConfig, type Config } from '../config.js';
import { AppError } from '../lib/app-error.js';
import { OpsError } from '../ops/ops-error.js';
import { serve } from './serve.js';
import { openMigrated } from './open.js';
import { exportCliCommand, importCliCommand } from './directory-transfer.js';
import { adminCreateCommand, auditVerifyCommand, backupCommand, restoreCommand, seedDemoCommand } from './operations.js';

const usage = `Usage: collegium <command> [options]

Commands:
  serve [--demo]                    start the server and web app (default); --demo loads the demo first
  migrate                           apply pending database migrations
  seed --demo                       load the demo installation (again: it is loaded once)
  admin create <email> [--name N]   create an administrator (password from COLLEGIUM_ADMIN_PASSWORD or generated)
  backup <file>                     write the database and files into one backup file
  restore <file> [--force]          restore a backup into an empty installation (--force: empty it first)
  audit verify                      check the hash chain of the audit trail
  import <dataset> <file> [--dry-run]
                                    import organizations, bodies or memberships from CSV or XLSX (all or nothing)
  export <dataset> [--format csv|xlsx] [--delimiter ";"] [--out file]
                                    export organizations, bodies or memberships (to standard output without --out)

Options: --port, --host, --data-dir, --database-url, --public-url, --log-level
(or the environment variables PORT, HOST, DATA_DIR, DATABASE_URL, COLLEGIUM_PUBLIC_URL, LOG_LEVEL)`;

/** Runs one CLI command and resolves to the process exit code (undefined: keep running). */
export async function runCli(argv: string[]): Promise<number | undefined> {
  const positional = positionalArgs(argv);
  if (argv.includes('--help') || positional[0] === 'help') {
    console.log(usage);
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig(process.env, argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error — ${error.message}`);
      return 2;
    }
    throw error;
  }
  try {
    return await runCommand(config, positional, argv);
  } catch (error) {
    // Refusals meant for the administrator: the message says what to do, a stack trace would not help.
    if (error instanceof OpsError || error instanceof AppError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

async function runCommand(config: Config, positional: string[], argv: string[]): Promise<number | undefined> {
  const [command = 'serve', ...rest] = positional;
  const words = [command, ...rest].join(' ');
  switch (command) {
    case 'serve':
      if (rest.length > 0) break;
      await serve(config, { demo: argv.includes('--demo') });
      return undefined;
    case 'migrate': {
      if (rest.length > 0) break;
      const database = await openMigrated(config, (m) => console.log(m));
      await database.close();
      console.log('Migrations are up to date.');
      return 0;
    }
    case 'seed':
      if (rest.length > 0 || !argv.includes('--demo')) return usageError('"seed" needs --demo: collegium seed --demo');
      return seedDemoCommand(config);
    case 'admin':
      if (rest[0] !== 'create' || rest.length !== 2) return usageError('Usage: collegium admin create <email> [--name "Full Name"]');
      return adminCreateCommand(config, rest[1]!, flagValue(argv, '--name'));
    case 'backup':
      if (rest.length !== 1) return usageError('Usage: collegium backup <file>');
      return backupCommand(config, rest[0]!);
    case 'restore':
      if (rest.length !== 1) return usageError('Usage: collegium restore <file> [--force]');
      return restoreCommand(config, rest[0]!, argv.includes('--force'));
    case 'audit':
      if (rest[0] !== 'verify' || rest.length !== 1) return usageError('Usage: collegium audit verify');
      return auditVerifyCommand(config);
    case 'import':
      if (rest.length !== 2) return usageError('Usage: collegium import <organizations|bodies|memberships> <file> [--dry-run]');
      return importCliCommand(config, rest[0], rest[1], argv.includes('--dry-run'));
    case 'export':
      if (rest.length !== 1) return usageError('Usage: collegium export <organizations|bodies|memberships> [--format csv|xlsx] [--delimiter ";"] [--out file]');
      return exportCliCommand(config, { dataset: rest[0], format: flagValue(argv, '--format'), delimiter: flagValue(argv, '--delimiter'), out: flagValue(argv, '--out') });
  }
  return usageError(`Unknown command "${words}".\n\n${usage}`);
}

function usageError(message: string): number {
  console.error(message);
  return 2;
}

const valueFlags = new Set(['--port', '--host', '--data-dir', '--database-url', '--public-url', '--log-level', '--name', '--format', '--delimiter', '--out']);

/** The value of `--flag value` or `--flag=value`. */
export function flagValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

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
