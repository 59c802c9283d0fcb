import { can, type Subject } from '@collegium/shared/domain/policy';
import { transferDatasets, type TransferAbilities, type TransferDataset } from '@collegium/shared/contracts/directory-transfer';
import type { Ctx } from '../../context.js';
import { subjectOf } from '../../lib/access.js';
import { forbidden, unauthenticated } from '../../lib/app-error.js';

/** Whether the subject may change the members of at least one body (administrators: of all). */
function managesSomeBody(subject: Subject): boolean {
  if (can(subject, 'body:create')) return true;
  return [...subject.bodyRoles.keys()].some((id) =>
    can(subject, 'body:manage', { type: 'body', id, isPublic: false, organizationId: '' }),
  );
}

/**
 * Who may import and export what, from the one policy: organisations and bodies are imported by those who
 * manage them (administrators); memberships also by a body's managers — row by row only for the bodies
 * they manage. Everyone signed in may export; rows and contact columns follow what they may read.
 */
export function transferAllowed(subject: Subject, action: 'import' | 'export', dataset: TransferDataset): boolean {
  // the system (the CLI) administers without being signed in
  if (action === 'export') return can(subject, 'organization:read') || can(subject, 'installation:administer');
  if (dataset === 'organizations') return can(subject, 'organization:manage');
  if (dataset === 'bodies') return can(subject, 'body:create');
  return managesSomeBody(subject);
}

export async function requireTransferAbility(ctx: Ctx, action: 'import' | 'export', dataset: TransferDataset): Promise<void> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  if (!transferAllowed(await subjectOf(ctx), action, dataset)) {
    throw forbidden(`You may not ${action} ${dataset}.`);
  }
}

export async function getTransferAbilities(ctx: Ctx): Promise<TransferAbilities> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const subject = await subjectOf(ctx);
  return {
    datasets: transferDatasets.map((dataset) => ({
      dataset,
      import: transferAllowed(subject, 'import', dataset),
      export: transferAllowed(subject, 'export', dataset),
    })),
  };
}
