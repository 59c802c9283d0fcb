import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MinutesComment, MinutesDocument } from '@collegium/shared/contracts/minutes';
import type { MinutesCommentList } from '@collegium/shared/contracts/minutes-flow';
import type { BusEvent } from '../../events/bus.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { recordedSession } from '../../test/minutes-fixture.js';
import { auditEventsOf } from '../../test/requests.js';
import { detail, inDays } from '../../test/session-requests.js';

describe('minutes: members’ comments, and the public version once approved', () => {
  let app: TestApp;
  let rec: Awaited<ReturnType<typeof recordedSession>>;
  const commentsUrl = () => `/api/v1/minutes/${rec.minutesId}/comments`;
  const list = async (who: 'ana' | 'secretary') => (await rec.call('GET', commentsUrl(), who)).json() as MinutesCommentList;

  beforeAll(async () => {
    app = await createTestApp();
    rec = await recordedSession(app);
  });

  it('members comment on the current version, in general or on an item, announced live; others are refused', async () => {
    const events: BusEvent[] = [];
    const unsubscribe = app.deps.bus.subscribe(`session:${rec.sessionId}`, (event) => events.push(event));
    try {
      const onItem = await rec.call('POST', commentsUrl(), 'ana', { agendaItemId: rec.items.budget, text: 'Bor voted against, not abstained.' });
      expect(onItem.statusCode).toBe(201);
      expect(onItem.json()).toMatchObject({ version: 1, agendaItemId: rec.items.budget, text: 'Bor voted against, not abstained.', resolvedAt: null, canResolve: false });
      await expect.poll(() => events.map((event) => (event.data as { kind: string }).kind)).toContain('minutes');
    } finally {
      unsubscribe();
    }
    app.clock.advance(60_000); // comments are listed oldest first; the test clock stands still otherwise
    expect((await rec.call('POST', commentsUrl(), 'bor', { text: 'The opening misses the time.' })).statusCode).toBe(201);

    const notOurs = await rec.call('POST', commentsUrl(), 'ana', { agendaItemId: randomUUID(), text: 'Elsewhere.' });
    expect(notOurs.statusCode).toBe(400);
    expect(notOurs.json()).toMatchObject({ field: 'agendaItemId' });
    expect((await rec.call('POST', commentsUrl(), 'ana', { text: '' })).json()).toMatchObject({ field: 'text' });
    expect((await rec.call('POST', commentsUrl(), 'ana', { text: '   ' })).json()).toMatchObject({ field: 'text' });
    expect((await rec.call('POST', commentsUrl(), 'guest', { text: 'A guest’s view.' })).statusCode).toBe(404);
    expect((await rec.call('POST', commentsUrl(), 'outsider', { text: 'Hello.' })).statusCode).toBe(404);
    expect((await rec.call('POST', commentsUrl(), undefined, { text: 'Hello.' })).statusCode).toBe(401);
    expect((await rec.call('GET', commentsUrl(), 'outsider')).statusCode).toBe(404);

    const seen = await list('ana');
    expect(seen.canComment).toBe(true);
    expect(seen.items.map((comment) => [comment.text, comment.canResolve])).toEqual([
      ['Bor voted against, not abstained.', false],
      ['The opening misses the time.', false],
    ]);
    expect((await list('secretary')).items.every((comment) => comment.canResolve)).toBe(true);
    expect((await auditEventsOf(app, rec.minutesId)).filter((event) => event.action === 'minutes.comment')).toHaveLength(2);
  });

  it('the secretary or chair resolves a comment; a member may not; twice is 409', async () => {
    const [first, second] = (await list('secretary')).items as [MinutesComment, MinutesComment];
    const resolveUrl = (id: string) => `${commentsUrl()}/${id}/resolve`;
    expect((await rec.call('POST', resolveUrl(first.id), 'ana')).statusCode).toBe(403);
    const resolved = await rec.call('POST', resolveUrl(first.id), 'secretary');
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ id: first.id, canResolve: false });
    expect(resolved.json().resolvedAt).toEqual(app.clock.now().toISOString());
    const twice = await rec.call('POST', resolveUrl(first.id), 'chair');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/already been resolved/);
    expect((await rec.call('POST', resolveUrl(second.id), 'chair')).statusCode).toBe(200);
    expect((await rec.call('POST', resolveUrl(randomUUID()), 'chair')).statusCode).toBe(404);
  });

  it('publishes nothing before approval; afterwards anyone reads the approved version without the closed item', async () => {
    const publicUrl = `/api/v1/public/minutes/${rec.minutesId}`;
    expect((await rec.call('GET', publicUrl)).statusCode).toBe(404);
    const later = detail(await rec.call('POST', `/api/v1/bodies/${rec.body.id}/sessions`, 'secretary', { kind: 'regular', startsAt: inDays(app, 14) }));
    const item = later.agenda.items.find((entry) => entry.title === 'Approval of the minutes of the 1st regular session')!;
    for (const to of ['convened', 'in_progress'] as const) detail(await rec.call('POST', `/api/v1/sessions/${later.id}/status`, 'secretary', { to }));
    expect((await rec.call('POST', `/api/v1/sessions/${later.id}/meeting/agenda-adoption`, 'chair', {})).statusCode).toBe(200);
    expect((await rec.call('PUT', `/api/v1/sessions/${later.id}/meeting/items/${item.id}/outcome`, 'chair', { outcome: 'adopted' })).statusCode).toBe(200);

    const shown = await rec.call('GET', publicUrl);
    expect(shown.statusCode).toBe(200);
    const document = shown.json() as MinutesDocument;
    expect(document).toMatchObject({ audience: 'public', version: 1, status: 'approved', approval: { sessionNumber: later.number } });
    expect(document.content.items.map((entry) => entry.title)).toEqual(['Budget', 'Road repairs']);
    expect(JSON.stringify(document)).not.toContain('Personnel');

    const closed = await rec.call('POST', commentsUrl(), 'ana', { text: 'Too late.' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().detail).toMatch(/approved and closed to comments/);
    expect((await list('ana')).canComment).toBe(false);
  });
});
