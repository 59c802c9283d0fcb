import { beforeAll, describe, expect, it } from 'vitest';
import type { MinutesDocument } from '@collegium/shared/contracts/minutes';
import { eq } from 'drizzle-orm';
import { systemCtx } from '../../context.js';
import { bodies, minutes, minutesVersions } from '../../db/schema/index.js';
import { detail, inDays } from '../../test/session-requests.js';
import { buildMinutesDraft } from './minutes.build.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { recordedSession } from '../../test/minutes-fixture.js';
import { readMinutesDocument } from './minutes.document.js';

describe('minutes: the draft built when a session closes', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof recordedSession>>;
  let full: MinutesDocument;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await recordedSession(app);
    full = await readMinutesDocument(systemCtx(app.deps, 'test'), fx.minutesId, { audience: 'full' });
  }, 120_000);

  it('records who attended, was excused or absent, substitutes with their seat and guests', () => {
    const { attendance } = full.content;
    expect(full.version).toBe(1);
    expect(full.status).toBe('draft');
    expect(attendance.present.map((p) => p.role)).toEqual(['chair', 'secretary', 'member', 'member']);
    expect(attendance.excused).toEqual([{ name: 'Dana Member', organization: null, role: 'member' }]);
    expect(attendance.absent.map((p) => p.role)).toEqual(['member']);
    expect(attendance.substitutes).toEqual([expect.objectContaining({ name: 'Sam Substitute', substituteFor: 'Dana Member' })]);
    expect(attendance.guests).toEqual([{ name: 'Gina Guest', organization: 'Daily News', role: null }]);
  });

  it('records the amendments of the agenda and its adoption', () => {
    const { agenda } = full.content;
    expect(agenda.adoptedAt).not.toBeNull();
    expect(agenda.amendments).toEqual([
      expect.objectContaining({ kind: 'add', decision: 'accepted', proposer: expect.any(String) }),
      { kind: 'withdraw', text: 'Withdraw the budget', proposer: 'A citizen', decision: 'rejected' },
    ]);
  });

  it('numbers the items as on the agenda, with outcomes, resolutions and decisions', () => {
    const items = full.content.items;
    expect(items.map((item) => [item.number, item.title, item.outcome])).toEqual([
      ['1', 'Budget', 'adopted'],
      ['2', 'Personnel', 'adopted'],
      ['3', 'Road repairs', null],
    ]);
    expect(items[0]!.resolutionText).toBe('<p>The budget is adopted.</p>');
    expect(items[0]!.decisions).toEqual([expect.objectContaining({ title: 'Budget', text: '<p>The budget is adopted.</p>' })]);
    expect(items[1]!.isPublic).toBe(false);
    expect(items.every((item) => item.discussion === '')).toBe(true);
  });

  it('names the voters of a named poll, with option labels, and nobody of a secret one', () => {
    const [named] = full.content.items[0]!.polls;
    expect(named).toMatchObject({ title: 'Adoption of the budget', method: 'named', status: 'closed', passed: true });
    expect(named!.counts.map((c) => [c.role, c.votes])).toEqual([['for', 3], ['against', 1], ['abstain', 0]]);
    expect(named!.named).toHaveLength(4);
    const against = named!.counts.find((c) => c.role === 'against')!.label;
    expect(named!.named!.filter((vote) => vote.option === against)).toHaveLength(1);
    expect(named!.named!.map((vote) => vote.name)).toContain('Dana Member');
    const [secret] = full.content.items[1]!.polls;
    expect(secret).toMatchObject({ method: 'secret', named: null, passed: true });
    expect(secret!.counts.map((c) => c.votes)).toEqual([2, 1, 1]);
    expect(JSON.stringify(secret)).not.toContain('Ana');
  });

  it('builds once however often it is asked', async () => {
    const again = await buildMinutesDraft(systemCtx(app.deps, 'test'), fx.sessionId);
    expect(again).toEqual({ minutesId: fx.minutesId, built: false });
    const versions = await app.database.db.select().from(minutesVersions).where(eq(minutesVersions.minutesId, fx.minutesId));
    expect(versions).toHaveLength(1);
  });

  it('builds on request only for a closed session without minutes, for its chair or secretary', async () => {
    const url = `/api/v1/sessions/${fx.sessionId}/minutes`;
    const exists = await fx.call('POST', url, 'secretary');
    expect(exists.statusCode).toBe(409);
    expect(exists.json().detail).toMatch(/exist already/);
    expect((await fx.call('POST', url, 'ana')).statusCode).toBe(403);
    expect((await fx.call('POST', url, 'outsider')).statusCode).toBe(404);
    const draft = detail(await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', { kind: 'regular', startsAt: inDays(app, 3) }));
    const open = await fx.call('POST', `/api/v1/sessions/${draft.id}/minutes`, 'secretary');
    expect(open.statusCode).toBe(409);
    expect(open.json().detail).toMatch(/close the session first/);
    expect((await fx.call('GET', `/api/v1/sessions/${draft.id}/minutes`, 'secretary')).statusCode).toBe(404);
  });

  it('builds the draft of a session closed before minutes were built on closing', async () => {
    await app.database.db.delete(minutes).where(eq(minutes.sessionId, fx.sessionId));
    const built = await fx.call('POST', `/api/v1/sessions/${fx.sessionId}/minutes`, 'chair');
    expect(built.statusCode).toBe(201);
    expect(built.json()).toMatchObject({ version: 1, status: 'draft', canEdit: true });
    expect(built.json().content).toEqual(full.content);
    fx.minutesId = built.json().id as string;
  });

  it('shows the public nothing until approved, then no closed item, no guest and no private name', async () => {
    const ctx = systemCtx(app.deps, 'test');
    await expect(readMinutesDocument(ctx, fx.minutesId, { audience: 'public' })).rejects.toMatchObject({ code: 'not_found' });
    await app.database.db.update(minutes).set({ status: 'approved', approvedVersion: 1 }).where(eq(minutes.id, fx.minutesId));
    const hidden = await readMinutesDocument(ctx, fx.minutesId, { audience: 'public' });
    expect(hidden.content.items.map((item) => item.title)).toEqual(['Budget', 'Road repairs']);
    expect(hidden.content.attendance.guests).toEqual([]);
    expect(hidden.content.attendance.present.every((p) => p.name === 'A member')).toBe(true);
    expect(hidden.content.attendance.substitutes).toEqual([{ name: 'A substitute', organization: null, role: null, substituteFor: 'a member' }]);
    expect(hidden.content.agenda.amendments.map((a) => a.proposer)).toEqual([null, 'A citizen']);
    expect(hidden.content.items[0]!.polls[0]!.named!.every((vote) => vote.name === 'A member')).toBe(true);
    const greek = await readMinutesDocument(ctx, fx.minutesId, { audience: 'public', language: 'el' });
    expect(greek.content.attendance.substitutes).toEqual([expect.objectContaining({ name: 'Αναπληρωτής', substituteFor: 'μέλους' })]);
    const cyrillic = await readMinutesDocument(ctx, fx.minutesId, { audience: 'public', language: 'sr-Cyrl' });
    expect(cyrillic.content.attendance.present.every((p) => p.name === 'Члан')).toBe(true);
    await app.database.db.update(bodies).set({ isPublic: true }).where(eq(bodies.id, fx.body.id));
    const named = await readMinutesDocument(ctx, fx.minutesId, { audience: 'public' });
    expect(named.content.attendance.substitutes).toEqual([expect.objectContaining({ name: 'A substitute', substituteFor: 'Dana Member' })]);
    expect(named.content.items[0]!.polls[0]!.named!.map((vote) => vote.name)).toContain('Dana Member');
    expect(JSON.stringify(named)).not.toContain('Gina');
    expect(JSON.stringify(named)).not.toContain('Appointment of the director');
  });
});
