// Regenerates the migrations from src/db/schema. Until the first release the project keeps one baseline
// migration; afterwards this script only adds new ones (drizzle-kit generate).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

if (process.argv.includes('--baseline')) rmSync(new URL('../migrations', import.meta.url), { recursive: true, force: true });
execFileSync('drizzle-kit', ['generate', '--config', 'drizzle.config.ts'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
