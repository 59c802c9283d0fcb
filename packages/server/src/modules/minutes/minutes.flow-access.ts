import type { Ctx } from '../../context.js';
import { requireAbility } from '../../lib/access.js';
import { sessionResource } from '../sessions/sessions.access.js';
import { loadMinutesWithSession, loadReadableMinutes, minutesAbilities, type MinutesWithSession } from './minutes.access.js';

export type { MinutesRow, MinutesWithSession } from './minutes.access.js';

/** Minutes with their session and body, without access checks; `forUpdate` locks the minutes row. */
export const loadMinutesRow = loadMinutesWithSession;

/** Drafts and comments are the body's internal work: who may not read the full minutes does not learn they exist. */
export const loadInternalMinutes = loadReadableMinutes;

/** The secretary's and chair's steps (resolving comments, approval, corrections): locked, 403 for members. */
export async function loadManagedMinutes(ctx: Ctx, minutesId: string): Promise<MinutesWithSession> {
  const row = await loadReadableMinutes(ctx, minutesId, { forUpdate: true });
  await requireAbility(ctx, 'minutes:edit', sessionResource(row.session, row.body));
  return row;
}

export const mayManageMinutes = async (ctx: Ctx, row: MinutesWithSession): Promise<boolean> => (await minutesAbilities(ctx, row)).edit;

export const mayCommentOn = async (ctx: Ctx, row: MinutesWithSession): Promise<boolean> => (await minutesAbilities(ctx, row)).comment;
