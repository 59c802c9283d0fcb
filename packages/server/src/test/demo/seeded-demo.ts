import { beforeAll } from 'vitest';
import { seedDemo } from '../../seed/demo.js';
import { createTestApp, type TestApp } from '../harness.js';

/** The demo installation loaded once into one app, shared by the demo checks of a test file. */
export interface SeededDemo {
  readonly app: TestApp;
  /** what the first seeding printed */
  readonly said: readonly string[];
}

/**
 * Seeds the demo once, before every check of the file (seeding takes seconds per database, so the demo
 * checks share one installation rather than loading it per file). Read `app` inside hooks and tests.
 */
export function seededDemo(): SeededDemo {
  let app: TestApp | undefined;
  const said: string[] = [];
  beforeAll(async () => {
    app = await createTestApp();
    await seedDemo(app.deps, (line) => said.push(line));
  }, 120_000);
  return {
    get app() {
      if (!app) throw new Error('the demo is seeded in beforeAll; read it inside a hook or a test');
      return app;
    },
    said,
  };
}

export async function councilIdOf(app: TestApp): Promise<string> {
  const [council] = await app.database.query<{ id: string }>(`select id from bodies where slug = 'svet-za-informatiko'`);
  return council!.id;
}
