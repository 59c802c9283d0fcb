import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const database = process.env.COLLEGIUM_TEST_DB ?? 'pglite';

/**
 * Files that take 12 s or more (they start servers and child processes, or walk every route). Vitest runs
 * the longest files first once it has timings; a fresh clone has none and starts with the largest files,
 * which would leave these short, slow files for the end, one worker waiting on them alone.
 */
const longFiles = /(permission-matrix\.\d+|ballots-durability|backup-cross-engine|backup-restore|cli\.e2e|seed\/demo|polls|correspondence(-answers|-deadlines)?|minutes-export|minutes\.(approval|approval-by-vote|comments|build|save|correspondence))\.test\.ts$/;

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const long = (spec: TestSpecification) => longFiles.test(spec.moduleId);
    return [...sorted.filter(long), ...sorted.filter((spec) => !long(spec))];
  }
}

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: database,
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    globalSetup: ['packages/server/src/test/global-setup.ts'],
    setupFiles: ['packages/server/src/test/close-apps.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Files in a worker share loaded modules: importing the app once per worker rather than once per file
    // halves the run. Every file still builds its own app on its own database; state lives per app.
    isolate: false,
    sequence: { sequencer: LongFilesFirst },
    maxWorkers: 2,
    environment: 'node',
  },
});
