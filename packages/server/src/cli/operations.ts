import type { Config } from '../config.js';
import { backupInstallation } from '../ops/backup.js';
import { restoreInstallation } from '../ops/restore.js';
import { ensureFirstAdministrator } from './first-admin.js';
import { openApp, openExisting, openFileStore, openMigrated } from './open.js';
import { progressLine } from './progress.js';
import { verifyAuditCommand } from './audit-verify.js';
import { createAdministrator } from './admin.js';

/** The CLI commands that open the configured installation; each resolves to the process exit code. */

export async function backupCommand(config: Config, file: string): Promise<number> {
  const database = await openExisting(config);
  const progress = progressLine();
  try {
    const manifest = await backupInstallation({ database, files: openFileStore(config) }, file, progress);
    progress.finish();
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.files.count} files.`);
    return 0;
  } finally {
    progress.finish();
    await database.close();
  }
}

export async function restoreCommand(config: Config, file: string, force: boolean): Promise<number> {
  const database = await openMigrated(config);
  const progress = progressLine();
  try {
    const report = await restoreInstallation({ database, files: openFileStore(config) }, file, { force }, progress);
    progress.finish();
    console.log(
      `Restored ${report.rows} rows and ${report.files} files from the backup of ${report.manifest.createdAt} ` +
        `(${report.manifest.engine}).`,
    );
    if (report.audit.ok) {
      console.log(`The audit trail is intact: ${report.audit.checked} events checked.`);
      return 0;
    }
    console.error(
      `Warning: the restored audit trail is broken at event ${report.audit.brokenAt!.id} (${report.audit.brokenAt!.reason}); ` +
        'it was already broken in the backup.',
    );
    return 1;
  } finally {
    progress.finish();
    await database.close();
  }
}

export async function auditVerifyCommand(config: Config): Promise<number> {
  const database = await openExisting(config);
  const progress = progressLine();
  try {
    const { code, message } = await verifyAuditCommand(database, progress);
    progress.finish();
    if (code === 0) console.log(message);
    else console.error(message);
    return code;
  } finally {
    progress.finish();
    await database.close();
  }
}

export async function seedDemoCommand(config: Config): Promise<number> {
  const database = await openMigrated(config);
  const app = await openApp(config, database);
  try {
    await ensureFirstAdministrator(app.deps, (line) => console.log(line));
    const { seedDemo } = await import('../seed/demo.js');
    await seedDemo(app.deps, (message) => console.error(message));
    return 0;
  } finally {
    await app.close();
    await database.close();
  }
}

export async function adminCreateCommand(config: Config, email: string, displayName: string | undefined): Promise<number> {
  const database = await openMigrated(config);
  const app = await openApp(config, database);
  try {
    await createAdministrator(app.deps, { email, displayName }, (line) => console.log(line));
    return 0;
  } finally {
    await app.close();
    await database.close();
  }
}
