import type { Config } from '../config.js';
import { buildApp } from '../app.js';
import { openMigrated } from './open.js';
import { ensureFirstAdministrator } from './first-admin.js';

/** Starts the server; SIGINT or SIGTERM stops taking requests, finishes those in flight and closes the database. */
export async function serve(config: Config, options: { demo: boolean }): Promise<void> {
  // A stale postmaster.pid after a crash must not stop the server from starting; PGlite takes over the folder.
  const database = await openMigrated(config, () => undefined, { exclusive: false });
  const app = await buildApp({ config, database, serveWeb: true });
  const log = app.server.log;
  try {
    await ensureFirstAdministrator(app.deps, (line) => console.log(line));
    if (options.demo) {
      const { seedDemo } = await import('../seed/demo.js');
      await seedDemo(app.deps, (message) => log.info(message));
    }
    await app.server.listen({ port: config.port, host: config.host });
  } catch (error) {
    // Close the embedded database cleanly, so it is not left marked as in use.
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
  log.info(`Collegium is ready at ${config.publicUrl}`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    // A request or job that never finishes must not keep the process alive for ever.
    const timer = setTimeout(() => {
      log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    let code = 0;
    try {
      await app.close();
      await database.close();
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      code = 1;
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
