import { eq } from 'drizzle-orm';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import type { Ctx } from '../context.js';
import { agendaItemProceedings, agendaItems, meetingStates, type sessions } from '../db/schema/index.js';

const outcomeOfKind: Record<string, { outcome: string; inConsentBlock?: boolean }> = {
  decision: { outcome: 'adopted' },
  consent_request: { outcome: 'adopted', inConsentBlock: true },
  information: { outcome: 'noted' },
  report: { outcome: 'noted' },
  discussion: { outcome: 'noted' },
  any_other_business: { outcome: 'noted' },
};

/**
 * The meeting record of a closed demo session, as its secretary would have kept it: the agenda adopted at
 * the start, consent requests adopted in the consent block, then each item taken up in turn — decisions
 * adopted with their proposed resolution, everything else noted — within the time the session ran.
 */
export async function seedDemoMeeting(ctx: Ctx, session: typeof sessions.$inferSelect): Promise<void> {
  const { startedAt: sessionStart, closedAt } = session;
  if (!sessionStart || !closedAt) return;
  const items = numberAgenda(await ctx.db.select().from(agendaItems).where(eq(agendaItems.sessionId, session.id))).map(({ item }) => item);
  const start = sessionStart.getTime();
  const minute = 60_000;
  const block = items.filter((item) => outcomeOfKind[item.kind]?.inConsentBlock);
  await ctx.db.insert(meetingStates).values({
    sessionId: session.id,
    agendaAdoptedAt: new Date(start + 5 * minute),
    consentBlockAdoptedAt: block.length ? new Date(start + 7 * minute) : null,
    updatedAt: closedAt,
  });
  const worked = items.filter((item) => !outcomeOfKind[item.kind]?.inConsentBlock);
  const span = (closedAt.getTime() - start - 10 * minute) / Math.max(worked.length, 1);
  const rows = items.map((item) => {
    const { outcome, inConsentBlock = false } = outcomeOfKind[item.kind] ?? { outcome: 'noted' };
    const index = worked.indexOf(item);
    const startedAt = index === -1 ? null : new Date(start + 10 * minute + index * span);
    const endedAt = startedAt ? new Date(startedAt.getTime() + span) : null;
    return {
      agendaItemId: item.id,
      sessionId: session.id,
      startedAt,
      endedAt,
      outcome,
      resolutionText: outcome === 'adopted' ? item.proposedResolution : null,
      inConsentBlock,
      outcomeRecordedAt: endedAt ?? new Date(start + 7 * minute),
      updatedAt: closedAt,
    };
  });
  if (rows.length) await ctx.db.insert(agendaItemProceedings).values(rows);
}
