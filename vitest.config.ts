import { defineConfig } from 'vitest/config';

const database = process.env.COLLEGIUM_TEST_DB ?? 'pglite';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: database,
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    globalSetup: ['packages/server/src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Files in a worker share loaded modules: importing the app once per worker rather than once per file
    // halves the run. Every file still builds its own app on its own database; state lives per app.
    isolate: false,
    maxWorkers: 2,
    environment: 'node',
  },
});
