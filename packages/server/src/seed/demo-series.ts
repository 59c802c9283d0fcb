import { eq } from 'drizzle-orm';
import { systemCtx, type Deps } from '../context.js';
import { bodies, sessionSeries } from '../db/schema/index.js';
import { cancelOccurrence } from '../modules/session-series/occurrences.service.js';
import { listBodySeries, createSeries } from '../modules/session-series/series.service.js';
import { occurrenceStarts } from '../modules/session-series/series-rule.js';

const teamSlug = 'omada-ilektronikis-diakyvernisis';

/**
 * The Greek e-government team's weekly coordination as a series (its meeting pattern: Tuesdays at 10:00,
 * Athens time), from two weeks on — after its seeded sessions — with one meeting cancelled for a holiday.
 */
export async function seedDemoSeries(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const [team] = await ctx.db.select().from(bodies).where(eq(bodies.slug, teamSlug)).limit(1);
  if (!team) return;
  const [existing] = await ctx.db.select({ id: sessionSeries.id }).from(sessionSeries).where(eq(sessionSeries.bodyId, team.id)).limit(1);
  if (existing) return;
  const { defaults } = await listBodySeries(ctx, team.id);
  const startsOn = new Date(deps.clock.now().getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  const series = await createSeries(ctx, team.id, {
    kind: 'regular',
    title: 'Εβδομαδιαίος συντονισμός',
    rrule: defaults.rrule ?? 'FREQ=WEEKLY;BYDAY=TU',
    startsOn,
    startTime: defaults.startTime ?? '10:00',
    durationMinutes: 60,
    timeZone: defaults.timeZone,
    place: 'Αίθουσα συσκέψεων',
  });
  const timing = { ...series, endsOn: null };
  const from = new Date(`${startsOn}T00:00:00Z`);
  const third = occurrenceStarts(timing, from, new Date(from.getTime() + 60 * 86_400_000))[2];
  if (third) await cancelOccurrence(ctx, series.id, { originalStart: third.toISOString(), reason: 'Αργία' });
  say('Loaded a weekly demo series with one cancelled meeting.');
}
