import { describe, expect, it } from 'vitest';
import { systemCtx } from '../context.js';
import { listSeriesOccurrences } from '../modules/session-series/occurrences.service.js';
import { listBodySeries } from '../modules/session-series/series.service.js';
import { buildBody } from '../test/factories.js';
import { createTestApp } from '../test/harness.js';
import { seedDemoSeries } from './demo-series.js';

describe('demo series', () => {
  it('gives the Greek team a weekly Tuesday series at 10:00 Athens time with one cancelled meeting, once', async () => {
    const app = await createTestApp();
    const team = await buildBody(app, {
      slug: 'omada-ilektronikis-diakyvernisis',
      rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', meetingPattern: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=10', timeZone: 'Europe/Athens' },
    });
    const said: string[] = [];
    await seedDemoSeries(app.deps, (message) => said.push(message));
    await seedDemoSeries(app.deps, (message) => said.push(message));
    const ctx = systemCtx(app.deps, 'test');
    const { items } = await listBodySeries(ctx, team.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '10:00', timeZone: 'Europe/Athens' });
    const occurrences = (await listSeriesOccurrences(ctx, items[0]!.id, { from: app.clock.now().toISOString() })).items;
    expect(occurrences.map((occurrence) => occurrence.status).slice(0, 4)).toEqual(['planned', 'planned', 'cancelled', 'planned']);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Athens', weekday: 'short', hour: '2-digit', minute: '2-digit' });
    for (const occurrence of occurrences) expect(local.format(new Date(occurrence.startsAt))).toBe('Tue 10:00');
    expect(said).toHaveLength(1);
  });
});
