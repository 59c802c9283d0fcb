// Browser tests: builds everything, starts the built server on a free loopback port with a fresh
// DATA_DIR, runs Playwright in Debian's Chromium against it, and always stops the server afterwards.
// Usage: npm run test:e2e [-- --no-build] [-- <playwright test arguments, e.g. a spec file or --grep>]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, repoRoot, startServer } from './lib/server.mjs';

export const chromiumPath = process.env.COLLEGIUM_CHROMIUM ?? '/usr/bin/chromium';
const adminEmail = 'admin@e2e.collegium.test';
const adminPassword = 'e2e-Admin-password-2026';

function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  console.log(`Chromium is missing at ${chromiumPath}; installing Debian's chromium package…`);
  try {
    if (process.getuid?.() !== 0) throw new Error('installing packages needs root (run: apt-get install -y chromium)');
    execFileSync('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'], { stdio: 'inherit' });
  } catch (error) {
    throw new Error(`Chromium could not be installed: ${error instanceof Error ? error.message : error}`, { cause: error });
  }
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is still missing at ${chromiumPath} after installing it.`);
}

async function main() {
  const argv = process.argv.slice(2);
  const skipBuild = argv.includes('--no-build');
  const playwrightArgs = argv.filter((a) => a !== '--no-build');

  ensureChromium();
  if (!skipBuild) build();

  console.log('Starting the built server…');
  const server = await startServer({
    env: { COLLEGIUM_ADMIN_EMAIL: adminEmail, COLLEGIUM_ADMIN_PASSWORD: adminPassword },
  });
  console.log(`Server ready at ${server.url} after ${(server.readyAfterMs / 1000).toFixed(1)} s (data in ${server.dataDir})`);

  let code;
  try {
    code = await new Promise((resolve, reject) => {
      const child = spawn(
        path.join(repoRoot, 'node_modules/.bin/playwright'),
        ['test', '--config', 'e2e/playwright.config.ts', ...playwrightArgs],
        {
          cwd: repoRoot,
          stdio: 'inherit',
          env: {
            ...process.env,
            E2E_BASE_URL: server.url,
            E2E_ADMIN_EMAIL: adminEmail,
            E2E_ADMIN_PASSWORD: adminPassword,
            E2E_CHROMIUM: chromiumPath,
          },
        },
      );
      // Interrupted: Playwright goes too (the server is stopped by startServer's own handler).
      for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.once(signal, () => child.kill(signal));
      child.on('error', reject);
      child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    });
  } finally {
    if (code !== 0) {
      const log = await readFile(server.log, 'utf8').catch(() => '');
      if (log.trim()) console.error(`\n── server output ──\n${log.trim().split('\n').slice(-60).join('\n')}`);
    }
    await server.stop();
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`✗ browser tests could not run: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
